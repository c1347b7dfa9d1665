import BriefingModel
import Reports
import Testing

@Suite struct ReportWordingTests {
    static func change(from: Double, _ fromQualifier: Qualifier, to: Double, _ toQualifier: Qualifier, unit: Unit = .count) -> ChangeRow {
        ChangeRow(
            metric: "m", label: "Alumni", unit: unit,
            from: FigureValue(value: from, qualifier: fromQualifier, year: 2020, document: "a"),
            to: FigureValue(value: to, qualifier: toQualifier, year: 2023, document: "b"),
            change: to - from
        )
    }

    @Test(arguments: [
        (Qualifier.exact, Qualifier.exact, "an increase of 15,000"),
        (.exact, .moreThan, "an increase of at least 15,000"),
        (.moreThan, .exact, "an increase of at most 15,000"),
        (.nearly, .moreThan, "an increase of at least 15,000"),
        (.moreThan, .moreThan, "an increase of about 15,000"),
        (.approximately, .exact, "an increase of about 15,000"),
    ])
    func increasesCarryTheQualifiers(from: Qualifier, to: Qualifier, expected: String) {
        #expect(ReportWording.changeWording(Self.change(from: 30_000, from, to: 45_000, to)) == expected)
    }

    @Test func decreasesFlipTheBound() {
        // "more than 80" later means the fall from 100 was at most 20.
        #expect(ReportWording.changeWording(Self.change(from: 100, .exact, to: 80, .moreThan)) == "a decrease of at most 20")
        #expect(ReportWording.changeWording(Self.change(from: 100, .exact, to: 80, .lessThan)) == "a decrease of at least 20")
        #expect(ReportWording.changeWording(Self.change(from: 100, .exact, to: 100, .exact)) == "no change")
    }

    @Test func percentChangesAreInPercentagePoints() {
        let row = Self.change(from: 80, .exact, to: 75, .exact, unit: .percent)
        #expect(ReportWording.changeWording(row) == "a decrease of 5 percentage points")
        #expect(ReportWording.changeSentence(row) == "Alumni went from 80% (2020) to 75% (2023), a decrease of 5 percentage points.")
    }

    @Test func givenWordingIsKept() {
        var row = Self.change(from: 30_000, .exact, to: 45_000, .exact)
        row.wording = "an increase of at least 15,000"
        #expect(ReportWording.changeSentence(row).hasSuffix(", an increase of at least 15,000."))
    }

    @Test func keyFigureSentences() {
        var figure = KeyFigure(metric: "x", label: "U.S. exports to Japan", unit: .usd, category: .trade)
        #expect(ReportWording.keyFigureSentence(figure) == nil)
        figure.latest = FigureValue(value: 7.2e9, qualifier: .nearly, year: nil, document: "d")
        #expect(ReportWording.keyFigureSentence(figure) == "U.S. exports to Japan stood at nearly $7.2 billion.")
        figure.latest?.year = 2022
        #expect(ReportWording.keyFigureSentence(figure) == "U.S. exports to Japan stood at nearly $7.2 billion (2022).")
    }
}
