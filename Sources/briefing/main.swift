print("briefing")
