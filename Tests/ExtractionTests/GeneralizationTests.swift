import BriefingModel
import Testing

/// Defects found on the held-out documents, each pinned by a short case of its own wording.
struct GeneralizationTests {
    @Test func tableUnitsFromCaptionCornerAndColumns() {
        let release = """
        Table 1. Arrivals by market (persons)

        Market            Jan 2023    Jan 2024    Change (%)
        Korea              565,200     857,000       51.6
        """
        let rows = facts(release)
        #expect(rows.map(\.value) == [565_200, 857_000, 51.6])
        #expect(rows.map(\.unit.rawValue) == ["count", "count", "percent"])
        #expect(rows.map(\.year) == [2023, 2024, 2024])
        #expect(rows.first?.noun == "arrivals" && rows.first?.category == .tourism)

        let bea = "Positions (billions of dollars)\n\n                    2021      2022      2023\n"
            + "Japan's position    710.9     780.6     -3.1\n"
        #expect(facts(bea).map(\.value) == [710.9e9, 780.6e9, -3.1e9])
        #expect(facts(bea).map(\.year) == [2021, 2022, 2023])

        let pipe = "| Line (¥ billion) | FY2022 |\n|---|---|\n| Facilities | 20.3 |"
        #expect(facts(pipe).map(\.unit.rawValue) == ["JPY"] && facts(pipe).first?.value == 20.3e9)

        let oda = "ODA by region, 2022 (US$ million)\n| Region | Grants |\n|---|---|\n| Asia | 2,312 |"
        #expect(facts(oda).first?.unit == .usd && facts(oda).first?.value == 2.312e9 && facts(oda).first?.year == 2022)
    }

    @Test(arguments: [
        "News Release BEA 24-33", "Source: Defense of Japan, pp. 320–325.",
        "He spoke at the Capitol, 600 Dr. Martin Luther King Jr. Blvd.",
    ])
    func identifiersPagesAndAddresses(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test func numberForms() {
        #expect(summary("The position increased $285.1 billion to $6.68 trillion.") == ["285100000000 USD", "6680000000000 USD"])
        #expect(summary("Firms expect to expand over the next one to two years.") == ["1.5 years [1–2]"])
        #expect(summary("Support averages an average of ¥211 billion a year.") == ["211000000000 JPY"])
    }

    @Test func categoriesFromCuesNotFalseFriends() {
        #expect(facts("Some 1.1 million came, less than a third of the 3.75 million tourists who came in 2019.")
            .allSatisfy { $0.category == .tourism })
        #expect(facts("Japan pledged an additional $5 billion for global food security.").first?.category == .aid)
        let news = "Japanese firms held $812.5 billion of direct investment, up 4.1%, the department said. "
            + "A separate survey found that 61.3% of firms expect to expand."
        #expect(facts(news).map(\.category) == [.investment, .investment, .survey])
        #expect(facts("Japan bought 11.2 million metric tons of U.S. corn.").first?.category == .trade)
    }

    @Test func yearsOfLawsTitlesBasesListsAndClauses() {
        #expect(facts("Under the Trade Expansion Act of 1962, tariffs of 25% on steel and 10% on aluminum came in 2018.")
            .map(\.year) == [2018, 2018])
        #expect(facts("Over 350 participants joined our briefing \"Japan's Economy in 2030.\"", date: "2023")
            .first?.year == 2023)
        #expect(facts("Outlays fell to $13.8 billion in 2023 from $21.1 billion in 2022, a drop of 34.6 percent.")
            .map(\.year) == [2023, 2022, 2023])
        #expect(facts("The FY2024 request was ¥7.7 trillion, up 16.5 percent on FY2023.").map(\.year) == [2024, 2024])
        #expect(facts("In FY2023, JICA sent 1,876 volunteers to 71 countries, and the target for FY2027 is 2,500 volunteers.")
            .map(\.year) == [2023, 2023, 2027])
    }

    @Test func kindsOfConversionsPollsAndWishes() {
        #expect(facts("A tariff could cost automakers ¥1.9 trillion ($12.7 billion) a year.").map(\.kind)
            == [.projection, .projection])
        #expect(facts("In the poll, 61% of respondents expect prices to rise.").first?.kind == .observation)
        #expect(facts("We want to see that number double by 2027.").first?.kind == .target)
    }
}
