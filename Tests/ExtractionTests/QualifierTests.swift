import BriefingModel
import Testing

/// Hedges before and after numbers (GUIDELINES.md "qualifier").
struct QualifierTests {
    @Test(arguments: [
        ("about", Qualifier.approximately), ("approximately", .approximately), ("around", .approximately),
        ("roughly", .approximately), ("some", .approximately), ("an estimated", .approximately), ("~", .approximately),
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
        ("in excess of", .moreThan), ("upwards of", .moreThan), ("at least", .atLeast), ("less than", .lessThan),
        ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan), ("up to", .atMost),
        ("no more than", .atMost), ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly),
        ("just under", .nearly),
    ])
    func leadingHedges(hedge: String, qualifier: Qualifier) throws {
        let fact = try #require(onlyFact("The program has \(hedge) 30,000 alumni."))
        #expect(fact.qualifier == qualifier)
        #expect(fact.value == 30_000)
        #expect(fact.text.hasPrefix(hedge))
    }

    @Test func trailingPlusAndPhrases() {
        #expect(summary("Our 1,200+ members meet monthly.") == ["1200 count more_than"])
        #expect(summary("There were five hundred or more in stock.") == ["500 count at_least"])
        #expect(summary("U.S. Arrivals Top 2.7 Million") == ["2700000 count more_than"])
    }

    @Test func hedgeCoversAList() {
        let found = facts("Arrivals were about 52,000 in 2019, 26,000 in 2020 and 25,000 in 2021.")
        #expect(found.map(\.qualifier) == [.approximately, .approximately, .approximately])
        let separate = facts("Exports came to about $75.7 billion, against imports of $146.9 billion.")
        #expect(separate.map(\.qualifier) == [.approximately, .exact])
        // A trailing "+" or "or more" qualifies its own number only.
        #expect(facts("Japanese-owned companies in Texas: 500+, employing 60,000 Texans.").map(\.qualifier)
            == [.moreThan, .exact])
        #expect(facts("There were 500 or more firms, and 60,000 workers.").map(\.qualifier) == [.atLeast, .exact])
    }

    @Test func approxWithADotHedgesTheNumberAfterIt() {
        let found = facts("Firms employ approx. 60,000 Texans.")
        #expect(found.map(\.qualifier) == [.approximately] && found.map(\.text) == ["approx. 60,000"])
        #expect(found.first?.sentence == "Firms employ approx. 60,000 Texans.")
    }
}
