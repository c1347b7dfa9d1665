import BriefingModel
import Workbook

/// The Changes sheet: how each metric moved between its two latest years, with the direction as a ▲/▼/= marker
/// (coloured by conditional formatting as well, never by colour alone) and any conflicting values.
struct ChangesSheet {
    static let name = "Changes"
    static let description = "How each metric changed between its two latest years, with conflicting values"

    static let headers = [
        "Metric", "Metric id", "Unit", "Direction [note 8]", "Change (in unit shown) [note 2]", "Change (%) [note 3]",
        "In words", "From year", "From value (in unit shown)", "From qualifier [note 1]", "From document", "To year",
        "To value (in unit shown)", "To qualifier", "To document", "Conflicting values [note 9]",
    ]
    static let directionColumn = 3

    let report: BriefingReport

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "Changes",
            title: "Changes: how each metric moved between its two latest years (run \(report.runID))",
            contents: "This worksheet contains one table with one row per metric that has values in two or more years.",
            source: "the documents listed on the Sources sheet.",
            notes: [.qualifiers, .storedValues, .percent, .changes, .conflicts],
            headers: Self.headers
        )
        let documents = report.documentsByID()
        let styles = writer.styles
        let yearFormat = try styles.number(ExcelNumberFormats.year)
        let percentFormat = try styles.number(ExcelNumberFormats.percentChange)
        func title(_ id: String) -> String { documents[id]?.displayTitle ?? id }
        let placement = try writer.write(layout, rowCount: report.changes.count) { index in
            let change = report.changes[index]
            let conflicts = change.conflicts.map { conflict in
                ValueFormatter.display(value: conflict.value, unit: change.unit, qualifier: conflict.qualifier)
                    + ReportWording.yearSuffix(conflict.year) + " in " + title(conflict.document)
            }
            return [
                .text(change.label),
                .text(change.metric),
                .text(change.unit.rawValue),
                SheetCell(.string(change.directionMarker), format: styles.marker),
                .number(change.change, format: try styles.number(ExcelNumberFormats.change(change.change, unit: change.unit))),
                .number(change.changePercent, format: percentFormat),
                .text(change.wording.isEmpty ? ReportWording.changeWording(change) : change.wording),
                .year(change.from.year, format: yearFormat),
                .number(change.from.value, format: try styles.number(ExcelNumberFormats.value(change.from.value, unit: change.unit))),
                .text(QualifierText.name(change.from.qualifier)),
                .text(title(change.from.document)),
                .year(change.to.year, format: yearFormat),
                .number(change.to.value, format: try styles.number(ExcelNumberFormats.value(change.to.value, unit: change.unit))),
                .text(QualifierText.name(change.to.qualifier)),
                .text(title(change.to.document)),
                .text(conflicts.isEmpty ? "None" : conflicts.joined(separator: "; ")),
            ]
        }
        guard !report.changes.isEmpty else { return }
        let directions = placement.dataRange(column: Self.directionColumn)
        try placement.worksheet.addConditionalFormat(directions, rule: .textContains("▲"), format: styles.increase)
        try placement.worksheet.addConditionalFormat(directions, rule: .textContains("▼"), format: styles.decrease)
    }
}
