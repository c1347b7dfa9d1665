import BriefingModel
import Reports
import Testing

@Suite struct ValueFormatterTests {
    @Test(arguments: [
        (7.2e9, Unit.usd, "$7.2 billion"),
        (211e9, Unit.jpy, "¥211 billion"),
        (1.5e12, Unit.jpy, "¥1.5 trillion"),
        (3.25e6, Unit(rawValue: "EUR"), "€3.25 million"),
        (480_000, Unit.usd, "$480,000"),
        (5e9, Unit(rawValue: "SEK"), "SEK 5 billion"),
        (-1.2e9, Unit.usd, "-$1.2 billion"),
        (45_000, Unit.count, "45,000"),
        (60_000_000, Unit.count, "60 million"),
        (1_002, Unit.count, "1,002"),
        (80, Unit.percent, "80%"),
        (12.5, Unit.percent, "12.5%"),
        (1, Unit.percentagePoints, "1 percentage point"),
        (5, Unit.percentagePoints, "5 percentage points"),
        (2, Unit.times, "2 times"),
        (2, Unit.rank, "2nd"),
        (11, Unit.rank, "11th"),
        (23, Unit.rank, "23rd"),
        (10_000, Unit(rawValue: "acres"), "10,000 acres"),
        (1, Unit.years, "1 year"),
        (5, Unit(rawValue: "square_km"), "5 square km"),
    ])
    func displaysValuesAsAReaderWritesThem(value: Double, unit: Unit, expected: String) {
        #expect(ValueFormatter.display(value: value, unit: unit) == expected)
    }

    @Test func keepsTheQualifierInFront() {
        #expect(ValueFormatter.display(value: 30_000, unit: .count, qualifier: .moreThan) == "more than 30,000")
        #expect(ValueFormatter.display(value: 7.2e9, unit: .usd, qualifier: .approximately) == "about $7.2 billion")
        #expect(ValueFormatter.display(value: 80, unit: .percent, qualifier: .exact) == "80%")
    }

    @Test func groupsDigitsWithoutLocale() {
        #expect(ValueFormatter.grouped(1_234_567.891) == "1,234,567.89")
        #expect(ValueFormatter.grouped(999) == "999")
        #expect(ValueFormatter.grouped(1000) == "1,000")
        #expect(ValueFormatter.grouped(0.5) == "0.5")
        #expect(ValueFormatter.grouped(-0.001) == "0")
        #expect(ValueFormatter.grouped(-12_345) == "-12,345")
        #expect(ValueFormatter.grouped(.nan) == "n/a")
    }

    @Test func signsChanges() {
        #expect(ValueFormatter.signedChange(15_000, unit: .count) == "+15,000")
        #expect(ValueFormatter.signedChange(-1.2e9, unit: .usd) == "-$1.2 billion")
        #expect(ValueFormatter.signedChange(0, unit: .count) == "0")
        #expect(ValueFormatter.signedPercent(8.535) == "+8.5%")
        #expect(ValueFormatter.signedPercent(-6.26) == "-6.3%")
        #expect(ValueFormatter.signedPercent(0) == "0.0%")
    }
}
