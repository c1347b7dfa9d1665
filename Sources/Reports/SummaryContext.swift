import BriefingModel

/// What a summary template sees. The property names are the template's variables; every text is already
/// formatted and made safe for where the built-in template puts it (`…Cell` values for table cells).
struct SummaryContext {
    /// A key figure written as a sentence, with the number of its footnote.
    struct KeyFigureItem {
        let sentence: String
        let footnote: Int?
    }

    /// One row of a category's table: one fact.
    struct TableRow {
        let textCell: String
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
        /// Facts of the category left out of the table because the run is large.
        let omitted: Int?
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
    /// Above this many facts the category tables stop listing every fact (the workbook has them all), so a
    /// summary of a huge run stays readable and small.
    static let factTableLimit = 2_000
    /// In a large run, the most rows a category's table lists (tracked metrics only, in report order): with
    /// 10,000 documents the tables alone made an 11 MB summary that took longer to render than the workbook.
    static let largeRunRowsPerCategory = 200
    /// In a large run, the most disagreeing values listed under one change; the rest are counted.
    static let largeRunConflictsPerChange = 10

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
        let listsEveryFact = report.facts.count <= Self.factTableLimit
        let byCategory = Dictionary(grouping: report.facts, by: \.fact.category)
        let labels = Dictionary(report.keyFigures.map { ($0.metric, $0.label) }, uniquingKeysWith: { first, _ in first })
        let categories = Category.allCases.compactMap { category -> CategorySection? in
            let facts = byCategory[category] ?? []
            guard !facts.isEmpty else { return nil }
            let listed = listsEveryFact ? facts : Array(facts.lazy.filter { fact in fact.fact.metric.map { labels[$0] != nil } ?? false }
                .prefix(Self.largeRunRowsPerCategory))
            let rows = listed.map { listedFact in
                let fact = listedFact.fact
                let value = FigureValue(value: fact.value, qualifier: fact.qualifier, year: fact.year,
                                        document: fact.document, factID: fact.id, sentence: fact.sentence)
                let footnote = footnotes.number(for: value, documents: documents, facts: report)
                return TableRow(fact: fact, label: fact.metric.flatMap { labels[$0] }, footnote: footnote, documents: documents)
            }
            return CategorySection(name: category.label, rows: rows, omitted: facts.count > listed.count ? facts.count - listed.count : nil)
        }
        let changes = report.changes.map { row in
            ChangeItem(
                marker: row.directionMarker,
                sentence: MarkdownText.inline(ReportWording.changeSentence(row)),
                conflicts: ConflictItem.items(row.conflicts, unit: row.unit, documents: documents,
                                              limit: listsEveryFact ? nil : Self.largeRunConflictsPerChange)
            )
        }
        self.init(
            title: MarkdownText.inline(report.title),
            description: MarkdownText.inline(report.description),
            contact: report.contact.map(MarkdownText.inline),
            pipeline: report.pipeline,
            runID: report.runID,
            runDate: ReportDates.day(report.runDate),
            nextRun: report.nextScheduledRun.map { ReportDates.minute($0, timeZone: report.scheduleTimeZone) },
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
    /// A fact's row: what the text says, the normalized value, and what it measures (the catalog label when the
    /// fact belongs to a tracked metric, else its subject or counted noun).
    init(fact: Fact, label: String?, footnote: Int?, documents: [String: ReportDocument]) {
        let what = label ?? fact.subject ?? fact.noun ?? fact.metric ?? ""
        self.init(
            textCell: MarkdownText.tableCell(fact.text),
            labelCell: MarkdownText.tableCell(what),
            valueCell: ValueFormatter.display(value: fact.value, unit: fact.unit),
            unitCell: MarkdownText.tableCell(fact.unit.rawValue),
            qualifierCell: QualifierText.name(fact.qualifier),
            yearCell: fact.year.map(String.init) ?? "—",
            sourceCell: MarkdownText.tableCell(documents[fact.document]?.displayTitle ?? fact.document),
            footnote: footnote
        )
    }
}

extension SummaryContext.ConflictItem {
    /// The items for a change's conflicting values; past `limit`, one last item counts the values left out.
    static func items(_ conflicts: [FigureValue], unit: Unit, documents: [String: ReportDocument], limit: Int?) -> [Self] {
        guard let limit, conflicts.count > limit else {
            return conflicts.map { Self(conflict: $0, unit: unit, documents: documents) }
        }
        let listed = conflicts.prefix(limit).map { Self(conflict: $0, unit: unit, documents: documents) }
        return listed + [Self(text: "\(conflicts.count - limit) more values, listed on the Changes sheet of the workbook")]
    }

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
        let fact = value.factID.flatMap { id in report.facts.first { $0.fact.id == id }?.fact }
        let sentence = value.sentence ?? fact?.sentence
        guard let sentence, !sentence.isEmpty else { return nil }
        let title = documents[value.document]?.displayTitle ?? value.document
        // A PDF's page lets a reader find the sentence in seconds.
        let document = fact?.page.map { "\(title), p. \($0)" } ?? title
        let key = value.document + "\u{1f}" + sentence
        if let existing = numbers[key] { return existing }
        let number = items.count + 1
        numbers[key] = number
        items.append(.init(number: number, quote: MarkdownText.inline(sentence), document: MarkdownText.inline(document)))
        return number
    }
}
