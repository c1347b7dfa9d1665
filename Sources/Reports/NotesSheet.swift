import Workbook

/// The Notes sheet: the numbered notes that headers and the lines above tables refer to as "[note N]".
struct NotesSheet {
    static let name = "Notes"
    static let description = "Notes referred to as [note N] elsewhere in the workbook"

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "Notes", title: "Notes",
            lines: ["This worksheet contains one table. Notes are referred to as [note N] in headers and above tables."],
            headers: ["Note number", "Note text"]
        )
        let placement = try writer.write(layout, rows: WorkbookNote.allCases.map { note in
            [SheetCell(.string(note.reference)), SheetCell(.string(note.text), format: writer.styles.wrapped)]
        })
        try placement.worksheet.setColumn(1, width: 100)
    }
}
