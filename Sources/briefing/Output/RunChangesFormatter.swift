import BriefingModel
import FactStore
import Foundation

/// Prints the facts added, removed and changed between two runs in the diff formats.
enum RunChangesFormatter {
    static func format(_ changes: RunChanges, as format: DiffFormatter.Format) -> String {
        let rows = changes.added.map { ("added", $0, "") }
            + changes.removed.map { ("removed", $0, "") }
            + changes.changed.map { ("changed", $0.after, describe($0)) }
        switch format {
        case .jsonl:
            return rows.map { change, fact, detail in
                var line = JSONLine()
                line.add("change", change)
                line.add("fact", fact.id)
                line.add("document", fact.document)
                line.add("text", fact.text)
                line.add("value", fact.value)
                line.add("unit", fact.unit.rawValue)
                line.add("year", fact.year)
                line.add("metric", fact.metric)
                line.add("detail", detail.isEmpty ? nil : detail)
                return line.text + "\n"
            }.joined()
        case .csv:
            let header = "change,fact,document,text,value,unit,year,metric,detail\n"
            return header + rows.map { change, fact, detail in
                [change, fact.id, fact.document, fact.text, JSONLine.number(fact.value), fact.unit.rawValue,
                 fact.year.map(String.init) ?? "", fact.metric ?? "", detail].map(CSV.field).joined(separator: ",") + "\n"
            }.joined()
        case .markdown:
            var out = "Changes from run \(changes.from) to run \(changes.to): \(changes.added.count) added, "
                + "\(changes.removed.count) removed, \(changes.changed.count) changed.\n\n"
            guard !rows.isEmpty else { return out }
            out += "| change | document | fact | year | metric | detail |\n|---|---|---|---|---|---|\n"
            for (change, fact, detail) in rows {
                let cells = [change, fact.document, fact.text, fact.year.map(String.init) ?? "", fact.metric ?? "", detail]
                out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            return out
        case .table:
            let header = ["change", "document", "text", "value", "unit", "year", "metric", "detail"]
            let body = rows.map { change, fact, detail in
                [change, fact.document, fact.text, JSONLine.number(fact.value), fact.unit.rawValue,
                 fact.year.map(String.init) ?? "", fact.metric ?? "", detail]
            }
            return "run \(changes.from) → run \(changes.to)\n" + TextTable(header: header, rows: body).rendered
        }
    }

    private static func describe(_ change: RunChanges.Change) -> String {
        change.fields.map { field in
            switch field {
            case "value": "value \(JSONLine.number(change.before.value)) → \(JSONLine.number(change.after.value))"
            case "year": "year \(change.before.year.map(String.init) ?? "none") → \(change.after.year.map(String.init) ?? "none")"
            case "metric": "metric \(change.before.metric ?? "none") → \(change.after.metric ?? "none")"
            default: field
            }
        }.joined(separator: "; ")
    }
}
