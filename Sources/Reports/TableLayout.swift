/// The fixed parts of a table sheet: its name, the title in A1, the lines above the table, and the headers.
struct TableLayout {
    /// The worksheet's tab name.
    let sheetName: String
    /// The Excel table's name, used in structured references.
    let tableName: String
    /// The text of A1.
    let title: String
    /// Lines between the title and the table: what the sheet holds, its source, the notes that apply.
    let lines: [String]
    /// Column headers, units and note references included.
    let headers: [String]

    /// The row of the table's header: below the title and the lines above the table.
    var headerRow: Int { 1 + lines.count }
}

extension TableLayout {
    /// The usual layout: a line on what the table holds, its source line, and the notes that apply.
    init(
        sheetName: String, tableName: String, title: String, contents: String, source: String, notes: [WorkbookNote],
        headers: [String]
    ) {
        var lines = [contents, "Source: " + source]
        if !notes.isEmpty { lines.append("Notes: " + notes.map(\.reference).joined(separator: ", ") + ".") }
        self.init(sheetName: sheetName, tableName: tableName, title: title, lines: lines, headers: headers)
    }
}
