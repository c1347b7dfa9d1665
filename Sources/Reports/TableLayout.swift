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
