import BriefingModel
import Testing

/// Percent in every spelling, percentage points, currencies, measures, durations, multiples and ranks.
struct UnitTests {
    @Test(arguments: ["80 percent", "80 per cent", "80%", "80 pct", "80 percentage"])
    func percentSpellings(spelling: String) throws {
        let fact = try #require(onlyFact("Support reached \(spelling) in the poll."))
        #expect(fact.unit == .percent && fact.value == 80)
    }

    @Test func percentagePoints() {
        #expect(summary("Support rose 6 percentage points to 80%.") == ["6 percentage_points", "80 percent"])
        #expect(summary("Favorability: 64 pct, down 4 points from 2021.") == ["64 percent", "4 percentage_points"])
        // Without percentages nearby "points" are not percentage points.
        #expect(facts("The index plummeted 190 points.").first?.unit != .percentagePoints)
    }

    @Test(arguments: [
        ("It cost $5.", "USD", 5.0), ("It cost US$53 billion.", "USD", 53e9), ("It cost USD $480 billion.", "USD", 480e9),
        ("It cost ¥211 billion.", "JPY", 211e9), ("It cost JPY 1.0551 trillion.", "JPY", 1.0551e12),
        ("It cost 5.3 trillion yen.", "JPY", 5.3e12), ("It cost 68 billion dollars.", "USD", 68e9),
        ("It cost 323 million euros.", "EUR", 323e6), ("It cost £ 50 million.", "GBP", 50e6),
        ("It cost 43 trillion JPY.", "JPY", 43e12), ("It cost 100 billion yuan.", "CNY", 100e9),
        ("It cost 470 pence.", "GBP", 4.7), ("It cost 50 cents.", "USD", 0.5), ("It cost C$ 16.4 million.", "CAD", 16.4e6),
        ("It cost 361 million pounds.", "GBP", 361e6), ("It cost 75 USD.", "USD", 75),
    ] as [(String, String, Double)])
    func currencies(text: String, code: String, value: Double) throws {
        let fact = try #require(onlyFact(text))
        #expect(fact.unit.rawValue == code)
        #expect(abs(fact.value - value) <= abs(value) * 1e-9)
    }

    @Test(arguments: [
        ("The Army returned nearly 10,000 acres.", "acres", 10_000.0), ("It lies 17 km from town.", "km", 17),
        ("It covers 301,338 km2.", "square_km", 301_338), ("They shipped 16,000 metric tons.", "metric_tons", 16_000),
        ("The pipe carries 500,000 barrels a day.", "barrels", 500_000), ("A 45-acre farm.", "acres", 45),
        ("The baby is over two pounds.", "pounds", 2), ("Dose: 50 mg daily.", "milligrams", 50),
        ("It peaked at 32 degrees Celsius.", "degrees_celsius", 32), ("A top speed of 200 km/h.", "km_per_hour", 200),
        ("A six-mile trip.", "miles", 6), ("It is 2 in.", "inches", 2),
    ] as [(String, String, Double)])
    func measurementUnits(text: String, unit: String, value: Double) throws {
        let fact = try #require(facts(text).first)
        #expect(fact.unit.rawValue == unit && fact.value == value)
    }

    @Test func multiplesAndRanks() throws {
        let doubled = try #require(onlyFact("The position was more than double the level of 2012."))
        #expect(doubled.unit == .times && doubled.value == 2 && doubled.qualifier == .moreThan)
        #expect(summary("Sales rose 3 times in a decade.").first == "3 times")
        let rank = try #require(onlyFact("Japan is the second-largest contributor to the budget."))
        #expect(rank.unit == .rank && rank.value == 2 && rank.noun == "contributor")
    }

    @Test func durations() {
        #expect(summary("They collaborated for over 25 years.") == ["25 years more_than"])
        #expect(summary("A five-year package was signed.") == ["5 years"])
    }

    @Test func countsCarryTheirNoun() {
        #expect(facts("2,884 U.S. citizens took part.").first?.noun == "citizens")
        #expect(facts("There are 455 sister-city and sister-state affiliations.").first?.noun == "affiliations")
        #expect(facts("Nearly 7,500 young Japanese on Fulbright scholarships went.").first?.noun == "japanese")
        #expect(facts("Travelers from the United States numbered 2,724,600.").first?.noun == "travelers")
    }
}
