import BriefingModel
import Workbook

/// The Facts sheet: every fact, numbers stored as numbers with a format that fits their unit, its sentence, its
/// document with a link, and whether a reviewer overrode it.
struct FactsSheet {
    static let name = "Facts"
    static let description = "Every numeric fact found, with its unit, qualifier, year, metric, sentence and source"

    static let headers = [
        "Fact id", "Document", "Metric", "Category", "Kind", "Year [note 4]", "Value (in unit shown) [note 2]", "Unit",
        "Qualifier [note 1]", "Low (range) [note 5]", "High (range) [note 5]", "Counted noun", "As written",
        "Sentence [note 7]", "Source link", "Overridden [note 6]", "Override note",
    ]

    let report: BriefingReport
    /// Sentences longer than this are shortened in the cell, with the full sentence in a note.
    let sentenceLimit: Int
    /// True in constant-memory mode: no notes per sentence (each would be held in memory), full text in the cell.
    let isLargeRun: Bool

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "Facts",
            title: "Facts: every numeric fact found in the sources (run \(report.runID))",
            contents: "This worksheet contains one table of \(report.facts.count) facts, one row per quantity mentioned.",
            source: "the documents listed on the Sources sheet.",
            notes: [.qualifiers, .storedValues, .percent, .years, .ranges, .overrides, .longSentences, .largeRuns, .notAvailable],
            headers: Self.headers
        )
        let documents = report.documentsByID()
        let linksAsFormulas = report.facts.count > SourceLink.hyperlinkLimit
        let yearFormat = try writer.styles.number(ExcelNumberFormats.year)
        try writer.write(layout, rowCount: report.facts.count) { index in
            try row(report.facts[index], documents: documents, linksAsFormulas: linksAsFormulas, yearFormat: yearFormat,
                    styles: writer.styles)
        }
    }

    private func row(
        _ reported: ReportFact, documents: [String: ReportDocument], linksAsFormulas: Bool, yearFormat: FormatID,
        styles: SheetStyles
    ) throws -> [SheetCell] {
        let fact = reported.fact
        let valueFormat = try styles.number(ExcelNumberFormats.value(fact.value, unit: fact.unit))
        let location = reported.documentLocation ?? documents[fact.document]?.document.location
        var overridden = SheetCell.text(reported.overridden ? "Yes" : "No")
        if reported.overridden, let note = reported.overrideNote, !note.isEmpty { overridden.note = note }
        return [
            .text(fact.id),
            .text(fact.page.map { "\(fact.document), p. \($0)" } ?? fact.document),
            .text(fact.metric),
            .text(fact.category.rawValue),
            .text(fact.kind.rawValue),
            .year(fact.year, format: yearFormat),
            .number(fact.value, format: valueFormat),
            .text(fact.unit.rawValue),
            .text(QualifierText.name(fact.qualifier)),
            fact.isRange ? .number(fact.low, format: valueFormat) : .notApplicableCell,
            fact.isRange ? .number(fact.high, format: valueFormat) : .notApplicableCell,
            fact.unit == .count || fact.unit == .rank ? .text(fact.noun) : .notApplicableCell,
            .text(fact.text),
            sentenceCell(fact.sentence),
            SourceLink.cell(location, asFormula: linksAsFormulas, format: styles.link),
            overridden,
            reported.overridden ? .text(reported.overrideNote) : .notApplicableCell,
        ]
    }

    /// The sentence, shortened with "…" and noted in full when it is longer than the limit.
    private func sentenceCell(_ sentence: String) -> SheetCell {
        guard !isLargeRun, sentence.count > sentenceLimit else { return .text(sentence) }
        let shortened = String(sentence.prefix(max(1, sentenceLimit - 1))) + "…"
        return SheetCell(.string(shortened), note: sentence)
    }
}
