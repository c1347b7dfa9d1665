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

    @Test func pollSamplesTakeTheSurveyCategory() {
        #expect(facts("Around 40% of the 1,450 companies surveyed by JETRO plan to expand.").map(\.category)
            == [.survey, .survey])
        #expect(facts("Nearly two-thirds of alumni surveyed said the exchange shaped their careers.").first?.category
            == .survey)
        // Not every noun before a verb: "1,450 companies expanded" stays with its noun's category.
        #expect(facts("Some 1,450 companies expanded their U.S. plants.").first?.category == .investment)
    }

    @Test func aFigureSetOffAfterAnotherRestatesItsNoun() throws {
        let restated = facts("Japanese-owned companies employed nearly one million Americans, about 963,000 in total.")
        #expect(restated.map(\.noun) == ["americans", "americans"])
        #expect(restated.map(\.category) == [.employment, .employment])
        #expect(facts("We welcomed 2,000 visitors, 500 of them from Japan.").map(\.noun) == ["visitors", "visitors"])
        // A figure with its own noun keeps it.
        #expect(facts("The chapter has 120 members, 45 volunteers among them.").map(\.noun) == ["members", "volunteers"])
    }

    @Test func relativeYearsCountFromTheDocumentYear() {
        #expect(facts("Two-way goods trade reached $227.9 billion last year.", date: "2025-03").first?.year == 2024)
        #expect(facts("Last year, about 2,000 Americans studied in Japan.", date: "2025").first?.year == 2024)
        #expect(facts("The ministry requested ¥8.5 trillion for next fiscal year.", date: "2025").first?.year == 2026)
        #expect(facts("Arrivals are expected to top 40 million this year.", date: "2025").first?.year == 2025)
        // Comparison bases and clauses of their own date nothing.
        #expect(facts("Exports rose 5% from last year.", date: "2025").first?.year == 2025)
        #expect(facts("Sales rose 3% compared with the same month last year.", date: "2025").first?.year == 2025)
        #expect(facts("When next year's crop comes in, it may be smaller than 16,000 tons.", date: "2025").first?.year
            == 2025)
        // An explicit year still wins.
        #expect(facts("In 2023 exports hit $75 billion, more than last year.", date: "2025").first?.year == 2023)
    }

    @Test func durationsDoNotKeepTheYearFromTheFigureBeforeThem() {
        #expect(facts("Tokyo pledged $30 billion for Africa over three years at TICAD 8 in 2022.", date: "2025")
            .map(\.year) == [2022, 2022])
    }

    @Test func pledgesOfMoneyWithWillOrWouldAreTargets() {
        #expect(facts("Toyota said it would invest an additional $912 million in its plants.").first?.kind == .target)
        #expect(facts("Japan will also provide ¥1 trillion in support.").first?.kind == .target)
        // Outcomes after "will" stay forecasts.
        #expect(facts("The new factory will create at least 4,000 jobs.").first?.kind == .projection)
        #expect(facts("Trade will reach $300 billion.").first?.kind == .projection)
    }

    @Test func modelDesignationsAndDatesWithSlashes() {
        // A letter unit joined to a number by a hyphen names a model, and the noun comes after it.
        let jets = facts("Japan ordered 147 F-35 fighters.")
        #expect(jets.map(\.unit.rawValue) == ["count"] && jets.first?.noun == "fighters")
        #expect(facts("Hospitals treated 300 COVID-19 patients.").first?.noun == "patients")
        #expect(summary("It was 75 F outside.") == ["75 degrees_fahrenheit"])
        // "9/11" and "3/15" are dates; fractions have usual denominators or "of" after them.
        #expect(facts("The attacks of 9/11 changed the alliance.").isEmpty)
        #expect(facts("Talks on 3/15 went well.").isEmpty)
        #expect(summary("About 1/40 of the wavelength.") == ["2.5 percent approximately"])
        #expect(summary("Some 2/3 agreed.") == ["66.6666666667 percent approximately"])
    }

    @Test func exchangeRatesRanksAndFractionsOfACentury() {
        // An exchange rate is an amount of the currency the sentence names; with none named it stays a number.
        let yen = facts("The yen traded at 148.6 per dollar.")
        #expect(yen.map(\.unit.rawValue) == ["JPY"] && yen.map(\.value) == [148.6] && yen.map(\.text) == ["148.6"])
        #expect(facts("The won fell to 1,400 against the dollar.").map(\.unit.rawValue) == ["KRW"])
        #expect(facts("Tokyo won 1,400 votes per dollar spent.").map(\.unit.rawValue) == ["count"])
        #expect(facts("Farmers earned 40 per cent more.").map(\.unit.rawValue) == ["percent"])
        // "a top 10 market" is a place in a ranking; "exports top $5 billion" and "top 3 million" are qualifiers.
        let top = facts("Japan remained a top 10 market for U.S. farm exports.")
        #expect(top.map(\.unit) == [.rank] && top.first?.value == 10)
        #expect(facts("U.S. arrivals top 3 million.").map(\.qualifier) == [.moreThan])
        #expect(facts("The top five destinations drew 40% of visitors.").map(\.unit) == [.rank, .percent])
        // A fraction of a century or a decade is a duration; of anything else, a share.
        #expect(facts("The program has run for a quarter of a century.").map(\.unit.rawValue) == ["years"])
        #expect(facts("The program has run for a quarter of a century.").map(\.value) == [25])
        #expect(facts("It marks half a century of ties.").map(\.value) == [50])
        #expect(facts("It took half a decade.").map(\.value) == [5])
        #expect(facts("A quarter of respondents had visited Japan.").map(\.unit) == [.percent])
    }

    @Test func marginsAgesFloorsAndPeriods() {
        // "plus or minus" gives a margin, not a negative number; "minus 5" stays negative.
        #expect(facts("The margin of error is plus or minus 2.8 percentage points.").map(\.value) == [2.8])
        #expect(facts("Temperatures fell to minus 5 degrees Celsius.").map(\.value) == [-5])
        // An age bound after people is no figure; after anything else it is a qualifier.
        #expect(facts("38% of those under 30 name Japan, as do 41% of adults over 65.").map(\.value) == [38, 41])
        #expect(facts("Japan hosted over 30 delegations.").map(\.qualifier) == [.moreThan])
        // A floor in an address is no temperature; an attached F before a lower-case word or the end still is.
        #expect(facts("Contact: 2F Sanno Grand Bldg., Nagata-cho, Tokyo.").isEmpty)
        #expect(facts("It was 75F on Monday.").map(\.unit.rawValue) == ["degrees_fahrenheit"])
        // "over five years" after a figure is its period; "for over 25 years" is more than 25 years.
        let period = facts("Japan will spend roughly ¥43 trillion over five years.")
        #expect(period.map(\.text) == ["roughly ¥43 trillion", "five years"])
        #expect(period.map(\.qualifier) == [.approximately, .exact])
        #expect(facts("The program has run for over 25 years.").map(\.qualifier) == [.moreThan])
    }

    @Test func yearsOfAPeakAndOfAYearEarlier() {
        let peak = facts("The number has fallen by more than half since its 1997 peak of 47,073 to 18,753 in 2017/18.",
                         date: "2019")
        #expect(peak.map(\.year) == [2019, 1997, 2017])
        let earlier = facts("FDI stood at $484.4 billion at the end of 2018, up from $442.4 billion a year earlier.")
        #expect(earlier.map(\.year) == [2018, 2017])
        #expect(facts("Arrivals reached 2.7 million in 2024, compared with 2.0 million the previous year.")
            .map(\.year) == [2024, 2023])
        // A start dates the figure it starts with; "since" alone does not.
        #expect(facts("The JET Programme began in 1987 with 848 participants.", date: "2024").map(\.year) == [1987])
        #expect(facts("Since 1987, more than 38,000 Americans have taken part.", date: "2024").map(\.year) == [2024])
        // "last year" anywhere in the figure's clause.
        #expect(facts("Autos made up a large part of Japan's $148 billion of exports to the U.S. last year.",
                      date: "2025").map(\.year) == [2024])
        // "from a year earlier" is the base of a change: the figure keeps its own year.
        #expect(facts("Spending per visitor rose 6% in 2024 to 309,381 yen from a year earlier.").map(\.year)
            == [2024, 2024])
    }

    @Test func yearsAgoDateTheFigureAndAreNoDuration() {
        // After the figure in its clause: counted back from the document's year.
        #expect(facts("Support stood at 74 percent, up from 67 percent a decade ago.").map(\.year) == [2024, 2014])
        #expect(facts("Visitors totaled 2.5 million a year ago and 3.1 million now.").map(\.year) == [2023, 2024])
        #expect(facts("Support reached 74 percent, compared with 55 percent two decades ago.").map(\.year)
            == [2024, 2004])
        #expect(facts("The share was 12 percent 20 years ago.").map(\.year) == [2004])
        // Opening the sentence, after hedges only.
        #expect(facts("A decade ago, only 12 percent of students studied abroad.").map(\.year) == [2014])
        #expect(facts("Some 20 years ago the program had 3,000 teachers.").map(\.year) == [2004])
        #expect(facts("The exchange began 30 years ago and has 70,000 alumni.").map(\.year) == [2024])
        // Another figure or another event in between keeps the figure's own year.
        #expect(facts("He is 28, a runner who did not start training until three years ago.").map(\.year) == [2024])
        #expect(facts("Visitors numbered 400 in May and 300 in June, up from a handful five years ago.").first?.year
            == 2024)
        // The base of a change keeps the figure's own year.
        #expect(facts("64 percent view the U.S. favorably, down 5 points from two years ago.", date: "2024")
            .map(\.year) == [2024, 2024])
        // "N years ago" is a time reference, not a duration; months and days ago too.
        #expect(facts("The company was founded over 100 years ago.").isEmpty)
        #expect(facts("Five months ago the ministry reported 1,200 cases.").map(\.value) == [1200])
        #expect(facts("Two years ago, the program hosted 4,000 participants.").map(\.value) == [4000])
        #expect(facts("Two years ago, the program hosted 4,000 participants.").map(\.year) == [2022])
        // A duration without "ago" stays.
        #expect(facts("The program has run for over 25 years.").map(\.value) == [25])
    }

    @Test func aChangeIsDatedByTheLevelItReached() {
        #expect(facts("Exports rose 5% to $7 billion in 2023.").map(\.year) == [2023, 2023])
        #expect(facts("Imports rose 12 percent to 4,000 tons in 2021.").map(\.year) == [2021, 2021])
        // A target: the horizon after the level dates the change too.
        #expect(facts("The two governments aim to double two-way student exchanges to 50,000 by 2033.")
            .map(\.year) == [2033, 2033])
        // Another clause, or a level that is no figure of the change, keeps the figure's own year.
        #expect(facts("Exports rose 5%, and imports reached $7 billion in 2023.").first?.year == 2024)
        #expect(facts("Exports rose 5% from $7 billion in 2023.").map(\.year) == [2024, 2023])
    }

    @Test func aChangeOverAPeriodIsDatedByItsEnd() {
        #expect(facts("U.S. exports to Japan grew by a third between 2015 and 2023.").map(\.year) == [2023])
        #expect(facts("Enrollment rose 20% from 2015 to 2023.").map(\.year) == [2023])
        // A period start alone still dates nothing.
        #expect(facts("Enrollment has risen 20% since 2015.").map(\.year) == [2024])
        #expect(facts("Enrollment has risen 20% from 2015.").map(\.year) == [2024])
        // Two figures and two years stay in order.
        #expect(facts("The rate fell from 4.8 percent to 2.6 percent between 2019 and 2023.").map(\.year)
            == [2019, 2023])
    }
}
