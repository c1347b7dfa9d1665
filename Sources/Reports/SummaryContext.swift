import BriefingModel

/// What a summary template sees. The property names are the template's variables; every text is already
/// formatted and made safe for where the built-in template puts it (`…Cell` values for table cells).
struct SummaryContext {
    /// A key figure written as a sentence, with the number of its footnote.
    struct KeyFigureItem {
        let sentence: String
        let footnote: Int?
    }

    /// One row of a category's table.
    struct TableRow {
        let labelCell: String
        let valueCell: String
        let unitCell: String
        let qualifierCell: String
        let yearCell: String
        let sourceCell: String
        let footnote: Int?
    }

    /// A category heading with its table.
    struct CategorySection {
        let name: String
        let rows: [TableRow]
    }

    /// A value that disagrees with the compared ones.
    struct ConflictItem {
        let text: String
    }

    /// One metric's change.
    struct ChangeItem {
        let marker: String
        let sentence: String
        let conflicts: [ConflictItem]
    }

    /// A numbered footnote quoting the source sentence and naming the document.
    struct FootnoteItem {
        let number: Int
        let quote: String
        let document: String
    }

    /// A source document.
    struct DocumentItem {
        let title: String
        let publisher: String?
        let date: String?
        let dateInferred: Bool
        let location: String
        let factCount: Int
    }

    let title: String
    let description: String
    let contact: String?
    let pipeline: String
    let runID: String
    let runDate: String
    let nextRun: String?
    let documentCount: Int
    let factCount: Int
    let keyFigures: [KeyFigureItem]
    let categories: [CategorySection]
    let changes: [ChangeItem]
    let footnotes: [FootnoteItem]
    let documents: [DocumentItem]
}

extension SummaryContext {
    /// Builds the context from a report; footnotes are numbered in the order their figures appear.
    init(report: BriefingReport) {
        let documents = report.documentsByID()
        var footnotes = FootnoteNumbering()
        var keyFigureItems: [KeyFigureItem] = []
        var footnoteByMetric: [String: Int] = [:]
        for figure in report.keyFigures {
            guard let sentence = ReportWording.keyFigureSentence(figure), let latest = figure.latest else { continue }
            let number = footnotes.number(for: latest, documents: documents, facts: report)
            footnoteByMetric[figure.metric] = number
            keyFigureItems.append(KeyFigureItem(sentence: MarkdownText.inline(sentence), footnote: number))
        }
        let categories = Category.allCases.compactMap { category -> CategorySection? in
            let figures = report.keyFigures.filter { $0.category == category }
            guard !figures.isEmpty else { return nil }
            let rows = figures.map { figure in
                TableRow(figure: figure, footnote: footnoteByMetric[figure.metric], documents: documents)
            }
            return CategorySection(name: category.label, rows: rows)
        }
        let changes = report.changes.map { row in
            ChangeItem(
                marker: row.directionMarker,
                sentence: MarkdownText.inline(ReportWording.changeSentence(row)),
                conflicts: row.conflicts.map { ConflictItem(conflict: $0, unit: row.unit, documents: documents) }
            )
        }
        self.init(
            title: MarkdownText.inline(report.title),
            description: MarkdownText.inline(report.description),
            contact: report.contact.map(MarkdownText.inline),
            pipeline: report.pipeline,
            runID: report.runID,
            runDate: ReportDates.day(report.runDate),
            nextRun: report.nextScheduledRun.map(ReportDates.minute),
            documentCount: report.documents.count,
            factCount: report.facts.count,
            keyFigures: keyFigureItems,
            categories: categories,
            changes: changes,
            footnotes: footnotes.items,
            documents: report.documents.map(DocumentItem.init)
        )
    }
}

extension SummaryContext.TableRow {
    init(figure: KeyFigure, footnote: Int?, documents: [String: ReportDocument]) {
        let latest = figure.latest
        self.init(
            labelCell: MarkdownText.tableCell(figure.label),
            valueCell: latest.map { ValueFormatter.display(value: $0.value, unit: figure.unit) } ?? "—",
            unitCell: MarkdownText.tableCell(figure.unit.rawValue),
            qualifierCell: latest.map { QualifierText.name($0.qualifier) } ?? "—",
            yearCell: latest?.year.map(String.init) ?? "—",
            sourceCell: MarkdownText.tableCell(KeyFigureSource.name(figure, documents: documents) ?? "—"),
            footnote: footnote
        )
    }
}

extension SummaryContext.ConflictItem {
    init(conflict: FigureValue, unit: Unit, documents: [String: ReportDocument]) {
        let amount = ValueFormatter.display(value: conflict.value, unit: unit, qualifier: conflict.qualifier)
        let source = documents[conflict.document]?.displayTitle ?? conflict.document
        self.init(text: MarkdownText.inline("\(amount)\(ReportWording.yearSuffix(conflict.year)) in \(source)"))
    }
}

extension SummaryContext.DocumentItem {
    init(_ listed: ReportDocument) {
        self.init(
            title: MarkdownText.inline(listed.displayTitle),
            publisher: listed.document.publisher.map(MarkdownText.inline),
            date: listed.document.date?.description,
            dateInferred: listed.document.dateOrigin == .inferred,
            location: MarkdownText.location(listed.document.location),
            factCount: listed.factCount
        )
    }
}

/// Hands out footnote numbers, giving the same quote from the same document the same number.
private struct FootnoteNumbering {
    private(set) var items: [SummaryContext.FootnoteItem] = []
    private var numbers: [String: Int] = [:]

    /// The footnote for a value's sentence; nil when neither the value nor its fact carries a sentence.
    mutating func number(for value: FigureValue, documents: [String: ReportDocument], facts report: BriefingReport) -> Int? {
        let sentence = value.sentence
            ?? value.factID.flatMap { id in report.facts.first { $0.fact.id == id }?.fact.sentence }
        guard let sentence, !sentence.isEmpty else { return nil }
        let document = documents[value.document]?.displayTitle ?? value.document
        let key = value.document + "\u{1f}" + sentence
        if let existing = numbers[key] { return existing }
        let number = items.count + 1
        numbers[key] = number
        items.append(.init(number: number, quote: MarkdownText.inline(sentence), document: MarkdownText.inline(document)))
        return number
    }
}
