import Workbook

/// The Contents sheet: one row per sheet with a link to it and what it holds.
struct ContentsSheet {
    static let name = "Contents"

    /// (sheet name, description) in tab order, this sheet included.
    let entries: [(name: String, description: String)]

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "Contents", title: "Contents",
            lines: ["This worksheet contains one table. Select a sheet name to go to that sheet."],
            headers: ["Sheet name", "Description"]
        )
        try writer.write(layout, rows: entries.map { entry in
            [
                SheetCell(.url("internal:'\(entry.name)'!A1", text: entry.name, tooltip: nil), format: writer.styles.link),
                SheetCell(.string(entry.description)),
            ]
        })
    }
}
