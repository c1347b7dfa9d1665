import BriefingModel
import Testing

/// Changes, their bases and the levels they reach; the prices of a year; years of records and headings; group sizes
/// and point changes written as compounds. Found on session-9 probe documents (trade releases, a state trade office,
/// an alumni newsletter, a CRS insight, a ministry's data page, a university report).
struct ChangeAndBaseTests {
    @Test func fromAToBAfterAChangeIsTwoFiguresNotARange() {
        #expect(summary("Exports rose from $5 billion to $8 billion.") == ["5000000000 USD", "8000000000 USD"])
        #expect(summary("Membership grew from 1,200 to 1,900 last year.") == ["1200 count", "1900 count"])
        #expect(summary("The plan would raise exports from $5 billion to $8 billion by 2030.")
            == ["5000000000 USD", "8000000000 USD"])
        #expect(summary("An increase in staff from 40 to 55 was approved.") == ["40 count", "55 count"])
        // Without a word of change it stays a range.
        #expect(summary("Costs range from $5 billion to $8 billion.") == ["6500000000 USD [5000000000–8000000000]"])
        #expect(summary("The number is from 200 to 300.") == ["250 count [200–300]"])
        #expect(summary("Temperatures ranged from 10 to 15 degrees.").first?.contains("[10–15]") == true)
    }

    @Test func aTimePhraseAfterACountIsNoNoun() {
        #expect(facts("Membership grew from 1,200 to 1,900 last year.").map(\.noun) == [nil, nil])
        #expect(facts("We expect 300 next month.").first?.noun == nil)
        #expect(facts("The program hosted 300 past participants.").first?.noun == "participants")
    }

    @Test func theBaseOfAnAimIsAnObservationOfItsOwnYear() {
        let aim = facts("We aim to reach 2,000 members by 2027, up from 1,350 today.", date: "2026")
        #expect(aim.map(\.kind) == [.target, .observation])
        #expect(aim.map(\.year) == [2027, 2026])
        #expect(aim.map(\.noun) == ["members", "members"])
        let visitors = facts("The government aims for 60 million visitors by 2030, up from 31.9 million in 2019.")
        #expect(visitors.map(\.kind) == [.target, .observation])
        #expect(visitors.map(\.year) == [2030, 2019])
        // A cue verb ending in "s" is no counted noun.
        #expect(visitors.map(\.noun) == ["visitors", "visitors"])
        let forecast = facts("Tokyo expects 5 million visitors in 2027, compared with 4.2 million this year.", date: "2026")
        #expect(forecast.map(\.kind) == [.projection, .observation])
        #expect(forecast.map(\.year) == [2027, 2026])
        #expect(forecast.map(\.noun) == ["visitors", "visitors"])
        // A base after the horizon of an aim, whatever cue it has.
        let share = facts("The company aims to raise the share of local parts to 60% by 2030, from less than a third today.",
                          date: "2025")
        #expect(share.map(\.year) == [2030, 2025])
        #expect(share.map(\.kind) == [.target, .observation])
        let raise = facts("The plan would raise exports from $5 billion to $8 billion by 2030.", date: "2026")
        #expect(raise.map(\.kind) == [.observation, .target])
        #expect(raise.map(\.year) == [2026, 2030])
    }

    @Test func aLevelReachedTakesTheYearOfItsChange() {
        #expect(facts("Poultry exports rose 18% last year to $212 million.", date: "2026").map(\.year) == [2025, 2025])
        // A level with a year of its own keeps it.
        #expect(facts("Exports rose 5% last year to $7 billion in 2023.", date: "2026").map(\.year) == [2023, 2023])
    }

    @Test func thePricesOfAYearAreNeitherAFigureNorItsYear() {
        let committed = facts("Japan has committed up to $2.8 billion (in 2012 dollars) toward Guam facilities.",
                              date: "2026")
        #expect(committed.map(\.value) == [2.8e9])
        #expect(committed.map(\.year) == [2026])
        let constant = facts("Spending was $40 billion in constant 2015 dollars.", date: "2026")
        #expect(constant.map(\.value) == [40e9])
        #expect(constant.map(\.year) == [2026])
        // A year of amounts is still one: "In 2012, dollars …" has its comma; "2012 dollars" with no price word is money.
        #expect(facts("The fee was 2012 dollars.").map(\.value) == [2012])
    }

    @Test func theYearOfARecordSetEarlierDatesOnlyTheRecord() {
        #expect(facts("Cumulative arrivals totalled 36.2 million, surpassing the full-year record set in 2025.",
                      date: "2026").map(\.year) == [2026])
        #expect(facts("Exports reached $5 billion, below the peak reached in 2019.", date: "2026").map(\.year) == [2026])
        #expect(facts("Exports reached $5 billion in 2019.", date: "2026").map(\.year) == [2019])
    }

    @Test func aLaunchYearStartsAPeriod() {
        #expect(facts("Since the program's launch in 1987, it has welcomed over 35,000 participants.", date: "2026")
            .map(\.year) == [2026])
    }

    @Test func aHeadingWithAYearInParenthesesDatesTheLinesUnderIt() {
        let page = """
            Japan-U.S. Relations: Basic Data

            1. Trade (2025, Ministry of Finance trade statistics)
            Japan's exports to the U.S.: 21.3 trillion yen

            2. Direct investment (end of 2024)
            Japan's direct investment in the U.S.: US$819.0 billion

            3. People-to-people exchange
            Japanese students in the U.S.: 13,959
            """
        #expect(facts(page, date: "2026").map(\.year) == [2025, 2024, 2026])
        // A line of prose is no heading, even with a year in parentheses.
        let prose = "Exports rose (2025 data).\n\nThey reached $5 billion."
        #expect(facts(prose, date: "2026").map(\.year) == [2026])
    }

    @Test func groupSizesAndPointChangesWrittenAsCompounds() {
        let delegation = facts("The Governor led a 35-member delegation to Tokyo in February.")
        #expect(delegation.map(\.value) == [35])
        #expect(delegation.first?.noun == "member" && delegation.first?.category == .exchange)
        #expect(facts("A 15-person team visited.").first?.noun == "person")
        #expect(summary("The survey found a 9-point increase in favorable views.") == ["9 percentage_points"])
        #expect(summary("She holds a 5-point lead.") == ["5 percentage_points"])
        // Other compounds stay adjectives.
        #expect(facts("The ministry released a 10-point plan.").isEmpty)
        #expect(facts("Two-way trade grew.").isEmpty)
        #expect(facts("A 56-page study examines tourism.").isEmpty)
    }

    @Test func aShareAfterACountDoesNotGiveItsUnit() {
        let lectures = facts("Attendance at public lectures topped 3,400, a third of them community members.")
        #expect(lectures.map(\.unit) == [.count, .percent])
        #expect(lectures.map(\.qualifier) == [.moreThan, .exact])
        // A list of numbers still shares the unit of its last.
        #expect(summary("Shares were 40, 50 and 60 percent.") == ["40 percent", "50 percent", "60 percent"])
    }

    @Test func aPartAfterIncludingCountsWhatItsWholeCounts() {
        let jobs = facts("Japanese-affiliated companies support nearly 1 million American jobs, including roughly 500,000 in "
            + "manufacturing.")
        #expect(jobs.map(\.noun) == ["jobs", "jobs"])
        #expect(jobs.map(\.category) == [.employment, .employment])
    }

    @Test func oneInEveryNIsAShare() {
        #expect(summary("That is about one in every 25 U.S. manufacturing jobs.") == ["4 percent approximately"])
        #expect(summary("One in every four students studied abroad.") == ["25 percent"])
    }

    @Test func peopleWhoVisitedAreVisitorsUnlessTheyAreAnExchange() {
        #expect(facts("More than 1.1 million Americans visited Japan in the first half of this year.").first?.category
            == .tourism)
        #expect(facts("A delegation of 12 students visited Tokyo.").first?.category == .exchange)
    }

    @Test func aTableCellCountsWhatItsColumnNames() {
        let table = """
            | Region | Affiliations | Students exchanged (2025) |
            |---|---|---|
            | West | 18 | 1,240 |
            """
        let cells = facts(table, date: "2026")
        #expect(cells.map(\.noun) == ["affiliations", "students"])
        #expect(cells.map(\.year) == [2026, 2025])
    }

    @Test func wordsDoNotGoOnANumberWrittenInDigitsAfterItsScale() {
        #expect(facts("Exports rose to $8 billion in 2024 from $5 billion two years earlier.").map(\.value)
            == [8e9, 5e9])
        #expect(facts("Exports rose to $8 billion in 2024 from $5 billion two years earlier.").map(\.year)
            == [2024, 2022])
        #expect(facts("They hired 5 million two years ago.").map(\.value) == [5e6])
        #expect(facts("They hired 5 million two years ago.").first?.noun == nil)
        // Words still make a number written in words.
        #expect(summary("It cost five billion two hundred million yen.") == ["5200000000 JPY"])
    }

    @Test func aBaseOfAChangeDatesOnlyItself() {
        #expect(facts("Exports reached $81 billion, up from $74 billion in 2023.", date: "2025").map(\.year)
            == [2025, 2023])
        #expect(facts("Arrivals were 3,437,000, up 4.4% compared with the same month a year earlier.", date: "2025")
            .map(\.year) == [2025, 2025])
        #expect(facts("Arrivals reached 25,518,100, an increase of 18.4% over the same period of 2024.", date: "2025")
            .map(\.year) == [2025, 2025])
        #expect(facts("Departures stood at roughly 60 percent of 2019.", date: "2025").map(\.year) == [2025])
        #expect(facts("Japan's share fell to 8 percent in 2023 from 12 percent five years before.").map(\.year)
            == [2023, 2018])
    }

    @Test func aCapitalisedVerbBeforeACountIsNoName() {
        #expect(facts("- Awarded 81 new Fulbright grants, up from 74 in 2023").map(\.value) == [81, 74])
        #expect(facts("- Hosted 12 delegations").map(\.noun) == ["delegations"])
        #expect(facts("Japan Sends 24 Students to Houston").map(\.value) == [24])
        // Names with numbers stay names.
        #expect(facts("The Japan 101 course and TICAD 7 were discussed; United 93 was shown.").isEmpty)
    }

    @Test func verbsAndTimeWordsAreNoCountedNouns() {
        #expect(facts("This brings the total number of students exchanged since 1985 to over 400.").first?.noun
            == "students")
        #expect(facts("Toyota operates two plants in Tennessee and one in Georgia.").map(\.noun) == ["plants", "plants"])
        let years = facts("The firm ranked first for five consecutive years.")
        #expect(years.map(\.unit) == [.years] && years.first?.noun == nil)
        #expect(facts("We now host about 54,000 U.S. service members.").first?.category == .security)
    }

    @Test func anExchangeRateIsNoAmountAndProseIsNoCaption() {
        #expect(!facts("The tariff costs ¥450 billion ($1 = 147.50 yen).").map(\.value).contains(1))
        let table = """
            The tariff costs ¥450 billion.

            | Item | Value | Year |
            |---|---|---|
            | Washington exports to Japan | $5.1 billion | 2024 |
            | Sister-city exchanges | ~19,400 students | 2022 |
            """
        let cells = facts(table, date: "2025").filter { $0.sentence.hasPrefix("|") }
        #expect(cells.map(\.unit) == [.usd, .count])
        #expect(cells.map(\.year) == [2024, 2022])
        #expect(cells.last?.noun == "students")
    }

    @Test func aPercentAfterAScaledCountKeepsTheCountItsUnit() {
        let departures = facts("Japanese departures in July were 1.1 million, about 87% of the July 2019 level.",
                               date: "2025")
        #expect(departures.map(\.unit) == [.count, .percent])
        #expect(departures.map(\.category) == [.tourism, .tourism])
        #expect(facts("Automakers braced as the 15% levy on Japanese cars takes effect.").first?.category == .trade)
    }

    @Test func aSourceWithAYearDatesEveryFigureOfItsSentence() {
        let ohio = facts("Ohio is home to about 470 Japanese-affiliated companies, which together employ nearly 76,000 "
            + "Ohioans, according to JETRO's 2024 survey.", date: "2025")
        #expect(ohio.map(\.year) == [2024, 2024])
    }

    @Test func gradeRangesOrdinalsAndRoundingNotesAreNoFigures() {
        #expect(summary("The grant supports 45 K–12 schools in 19 states.") == ["45 count", "19 count"])
        #expect(facts("The grant supports 45 K–12 schools.").first?.noun == "schools")
        #expect(summary("The number range is 5k-20k") == ["12500 count [5000–20000]"])
        #expect(facts("ONE HUNDRED NINETEENTH CONGRESS, One Hundred Eighteenth Congress.").isEmpty)
        #expect(facts("Figures may not sum to 100% due to rounding.").isEmpty)
        #expect(facts("Support fell 8 percentage points from two years earlier.").map(\.value) == [8])
    }

    @Test func aComparisonYearAndAPeriodStartDateNothing() {
        #expect(facts("The budget is ¥8.7 trillion, twice as many yen as in 2015.", date: "2025").map(\.year)
            == [2025, 2025])
        #expect(facts("It was three times as much as in 2010.", date: "2025").map(\.year) == [2025])
        #expect(facts("Students exchanged since 2001: 450+", date: "2025").map(\.year) == [2025])
        // A label without "since" still dates its figure.
        #expect(facts("Students exchanged (2021: 450)", date: "2025").map(\.year) == [2021])
    }

    @Test func aChangeOrABaseAfterAFigureDatedLastYearCountsFromThatYear() {
        #expect(facts("Toyota sold 1.3 million vehicles in the U.S. last year, a decline of 4% from 2023.", date: "2026")
            .map(\.year) == [2025, 2025])
        #expect(facts("The section processed 14,300 visas last year, compared with 11,900 two years earlier.",
                      date: "2026").map(\.year) == [2025, 2023])
        #expect(facts("Sales reached $5 billion last year, up 12%.", date: "2026").map(\.year) == [2025, 2025])
        // A year of its own still wins.
        #expect(facts("Exports were $500 billion in 2023, up from $442.4 billion a year earlier.").map(\.year)
            == [2023, 2022])
    }
}
