import BriefingModel
import Testing

/// Numbers in digits and words, scales, fractions and ranges (GUIDELINES.md "value", "low", "high").
struct NumberGrammarTests {
    @Test(arguments: [
        ("The fund holds 1,234,567 shares.", 1_234_567.0),
        ("About 9,07,000 people registered.", 907_000),
        ("A crowd of 40 000 people came.", 40_000),
        ("A crowd of 40\u{202F}000 people came.", 40_000),
        ("A crowd of 40\u{00A0}000 people came.", 40_000),
        ("It weighs 2.75 tons.", 2.75),
        ("The rate was .08 on average.", 0.08),
    ] as [(String, Double)])
    func digitsWithGroupingAndDecimals(text: String, value: Double) {
        #expect(facts(text).first?.value == value)
    }

    @Test(arguments: [
        ("Six staffers visited.", 6.0),
        ("Forty-two students enrolled.", 42),
        ("A dozen officials met.", 12),
        ("Two million visitors came.", 2_000_000),
        ("One hundred and twenty teachers attended.", 120),
        ("Two hundred fifty thousand and twenty two people voted.", 250_022),
        ("Two and a half million tourists came.", 2_500_000),
        ("There are seventy students.", 70),
    ] as [(String, Double)])
    func numberWords(text: String, value: Double) {
        #expect(facts(text).first?.value == value)
    }

    @Test func aScaleAsLargeAfterAndStartsAnotherNumber() {
        #expect(facts("Visitors numbered 2 million and 3 million.").map(\.value) == [2e6, 3e6])
        #expect(facts("Exports were three billion and two billion yen.").map(\.value) == [3e9, 2e9])
        #expect(facts("The figure was two million and three hundred thousand.").map(\.value) == [2_300_000])
        #expect(facts("Three billion and two million came.").map(\.value) == [3_002_000_000])
    }

    @Test(arguments: [
        ("Investment reached $7.2 billion.", 7.2e9),
        ("Exports were 3 trillion yen.", 3e12),
        ("The budget is 10k dollars.", 1e4),
        ("The fund is €10M.", 1e7),
        ("Output rose to 1.2bn dollars.", 1.2e9),
        ("Sales hit $2.174T last year.", 2.174e12),
        ("Some 4 thousand 3 hundred and 21 people came.", 4321),
    ] as [(String, Double)])
    func scaleWordsAfterDigitsAndWords(text: String, value: Double) {
        #expect(facts(text).first?.value == value)
    }

    @Test(arguments: [
        ("Half of respondents agreed.", 50.0),
        ("A third of Americans support it.", 100.0 / 3),
        ("Three-quarters of respondents agreed.", 75),
        ("Two-thirds favor closer ties.", 200.0 / 3),
        ("One in five Americans visited Japan.", 20),
        ("Eight in ten Japanese agree.", 80),
        ("Roughly 1/4 of the budget went to defense.", 25),
    ] as [(String, Double)])
    func fractionsAndSharesArePercent(text: String, value: Double) throws {
        let fact = try #require(facts(text).first)
        #expect(fact.unit == .percent)
        #expect(abs(fact.value - value) < 0.01)
    }

    @Test func rangesHaveLowHighAndMidpoint() throws {
        let trips = try #require(onlyFact("They could generate 3 to 5 million additional trips."))
        #expect(trips.low == 3_000_000 && trips.high == 5_000_000 && trips.value == 4_000_000)
        let money = try #require(onlyFact("Firms put between $60 billion and $70 billion into projects."))
        #expect(money.unit == .usd && money.low == 6e10 && money.high == 7e10)
        #expect(money.text == "between $60 billion and $70 billion")
        let share = try #require(onlyFact("Some 40–45 percent of respondents oppose them."))
        #expect(share.unit == .percent && share.low == 40 && share.high == 45 && share.qualifier == .approximately)
        let guests = try #require(onlyFact("The dinner draws 50 to 60 guests."))
        #expect(guests.value == 55 && guests.noun == "guests")
    }

    @Test func negativeAndSpelledDecimals() {
        #expect(summary("The answer is minus five point five.") == ["-5.5 count"])
        #expect(summary("Temperatures fell to -10 degrees Celsius.") == ["-10 degrees_celsius"])
    }
}
