import BriefingModel
import Foundation

/// Prints diff rows for the command line: an aligned table, JSON lines, Markdown or CSV.
public enum DiffFormatter {
    /// Output formats.
    public enum Format: String, CaseIterable, Sendable {
        case table, jsonl, markdown, csv
    }

    /// The rows in `format`, ending with a newline when not empty.
    public static func format(_ rows: [MetricDiff], as format: Format) -> String {
        switch format {
        case .jsonl: return jsonLines(rows)
        case .csv: return csv(rows)
        case .markdown: return markdown(rows)
        case .table: return table(rows)
        }
    }

    static let headers = ["metric", "label", "from", "to", "change", "change %", "conflicts"]

    static func cells(_ row: MetricDiff) -> [String] {
        let from = "\(QuantityText.stated(fact(row.from, row.unit))) (\(row.from.year), \(row.from.document))"
        let to = "\(QuantityText.stated(fact(row.to, row.unit))) (\(row.to.year), \(row.to.document))"
        let change = row.wording.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let percent = row.changePercent.map { String(format: "%+.1f%%", $0) } ?? ""
        let conflicts = row.conflicts.map { conflict in
            "\(conflict.year): " + conflict.values.map { "\(QuantityText.stated(fact($0, row.unit))) [\($0.document)]" }
                .joined(separator: " vs ")
        }.joined(separator: "; ")
        return [row.metric, row.label, from, to, change, percent, conflicts]
    }

    private static func fact(_ point: MetricDiff.Point, _ unit: BriefingModel.Unit) -> Fact {
        Fact(document: point.document, text: point.text, start: 0, end: 0, sentence: "", value: point.value,
             unit: unit, qualifier: point.qualifier, year: point.year)
    }

    static func jsonLines(_ rows: [MetricDiff]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return rows.compactMap { row in (try? encoder.encode(row)).map { String(decoding: $0, as: UTF8.self) + "\n" } }
            .joined()
    }

    static func csv(_ rows: [MetricDiff]) -> String {
        let header = ["metric", "label", "unit", "from_year", "from_value", "from_qualifier", "from_document",
                      "to_year", "to_value", "to_qualifier", "to_document", "change", "change_percent", "change_bound",
                      "conflicts"]
        let lines = rows.map { row -> [String] in
            [row.metric, row.label, row.unit.rawValue, String(row.from.year), plain(row.from.value),
             row.from.qualifier.rawValue, row.from.document, String(row.to.year), plain(row.to.value),
             row.to.qualifier.rawValue, row.to.document, plain(row.change), row.changePercent.map(plain) ?? "",
             row.changeBound.rawValue, cells(row)[6]]
        }
        return ([header] + lines).map { $0.map(csvField).joined(separator: ",") + "\n" }.joined()
    }

    static func markdown(_ rows: [MetricDiff]) -> String {
        guard !rows.isEmpty else { return "" }
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return line(headers) + line(headers.map { _ in "---" }) + rows.map { line(cells($0)) }.joined()
    }

    static func table(_ rows: [MetricDiff]) -> String {
        guard !rows.isEmpty else { return "" }
        let body = rows.map(cells)
        let widths = headers.indices.map { column in
            ([headers[column]] + body.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        return line(headers) + line(widths.map { String(repeating: "-", count: $0) }) + body.map(line).joined()
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
