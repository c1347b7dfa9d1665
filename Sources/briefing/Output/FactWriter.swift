import BriefingModel

/// Writes facts to a terminal stream as JSONL, CSV or an aligned table.
struct FactWriter {
    let format: FactFormat
    let output: Terminal
    private var tableRows: [[String]] = []
    private var wroteHeader = false

    init(format: FactFormat, output: Terminal) {
        self.format = format
        self.output = output
    }

    static let csvColumns = [
        "document", "text", "start", "end", "sentence", "value", "low", "high", "unit", "noun", "qualifier",
        "category", "kind", "year", "metric", "subject", "confidence", "id",
    ]

    mutating func write(_ facts: [Fact]) {
        switch format {
        case .jsonl:
            var chunk = ""
            for fact in facts { chunk += FactWriter.jsonLine(fact) + "\n" }
            output.write(chunk)
        case .csv:
            if !wroteHeader {
                output.writeLine(FactWriter.csvColumns.joined(separator: ","))
                wroteHeader = true
            }
            var chunk = ""
            for fact in facts { chunk += FactWriter.csvFields(fact).map(CSV.field).joined(separator: ",") + "\n" }
            output.write(chunk)
        case .table:
            tableRows += facts.map { fact in
                [
                    fact.document, fact.text, JSONLine.number(fact.value), fact.unit.rawValue, fact.noun ?? "",
                    fact.qualifier.rawValue, fact.category.rawValue, fact.kind.rawValue,
                    fact.year.map(String.init) ?? "", fact.metric ?? "",
                ]
            }
        }
    }

    /// Flushes what a table needs to align its columns.
    mutating func finish() {
        guard format == .table else { return }
        let header = ["document", "text", "value", "unit", "noun", "qualifier", "category", "kind", "year", "metric"]
        output.write(TextTable(header: header, rows: tableRows).rendered)
    }

    static func jsonLine(_ fact: Fact) -> String {
        var line = JSONLine()
        line.add("document", fact.document)
        line.add("text", fact.text)
        line.add("start", fact.start)
        line.add("end", fact.end)
        line.add("sentence", fact.sentence)
        line.add("value", fact.value)
        line.add("low", fact.low)
        line.add("high", fact.high)
        line.add("unit", fact.unit.rawValue)
        line.add("noun", fact.noun)
        line.add("qualifier", fact.qualifier.rawValue)
        line.add("category", fact.category.rawValue)
        line.add("kind", fact.kind.rawValue)
        line.add("year", fact.year)
        line.add("metric", fact.metric)
        line.add("subject", fact.subject)
        line.add("confidence", fact.confidence)
        line.add("id", fact.id)
        return line.text
    }

    static func csvFields(_ fact: Fact) -> [String] {
        [
            fact.document, fact.text, String(fact.start), String(fact.end), fact.sentence,
            JSONLine.number(fact.value), fact.low.map(JSONLine.number) ?? "", fact.high.map(JSONLine.number) ?? "",
            fact.unit.rawValue, fact.noun ?? "", fact.qualifier.rawValue, fact.category.rawValue,
            fact.kind.rawValue, fact.year.map(String.init) ?? "", fact.metric ?? "", fact.subject ?? "",
            JSONLine.number(fact.confidence), fact.id,
        ]
    }
}
