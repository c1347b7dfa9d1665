import Workbook

/// Writes the sheets of the workbook the same way: title in A1, the lines above the table, then one table with a
/// frozen header, as an Excel table or, in constant-memory mode, a plain range with a filter.
struct TableSheetWriter {
    let workbook: Workbook
    let styles: SheetStyles
    /// False in constant-memory mode, where libxlsxwriter cannot write tables.
    let usesTables: Bool
    /// Every sheet, added up front in tab order so that charts can refer to sheets written after them.
    let sheets: [String: Worksheet]

    /// The widest a column gets, in characters; longer text is cut off on screen, never in the cell.
    static let maximumColumnWidth = 60.0

    /// Adds the sheet and writes its title, lines and table; rows are built one at a time and written in order,
    /// as constant-memory mode needs, so a million-row table never exists as a whole in memory.
    @discardableResult
    func write(_ layout: TableLayout, rowCount: Int, row makeRow: (Int) throws -> [SheetCell]) throws -> TablePlacement {
        let sheet = try self.sheet(layout.sheetName)
        try writeTitle(layout.title, lines: layout.lines, on: sheet)
        let headerRow = layout.headerRow
        var firstColumnWidth = Double(layout.headers.first?.count ?? 0)
        for (column, header) in layout.headers.enumerated() {
            try sheet.write(string: header, row: headerRow, column: column, format: styles.header)
        }
        var row = headerRow
        for index in 0..<rowCount {
            let cells = try makeRow(index)
            row += 1
            try write(cells, row: row, on: sheet)
            if case .string(let text)? = cells.first?.value { firstColumnWidth = max(firstColumnWidth, Double(text.count)) }
        }
        if row == headerRow {
            // An empty table would be invalid; one row saying so keeps the sheet readable and the table well formed.
            row += 1
            try sheet.write(string: "None in this run", row: row, column: 0)
        }
        let range = CellRange(firstRow: headerRow, firstColumn: 0, lastRow: row, lastColumn: max(0, layout.headers.count - 1))
        if usesTables {
            let columns = layout.headers.map { TableColumn($0, headerFormat: styles.header) }
            try sheet.addTable(range, options: TableOptions(name: layout.tableName, style: .medium(2), columns: columns))
        } else {
            try sheet.autofilter(range)
        }
        try sheet.freezePanes(row: headerRow + 1)
        try sheet.autofitColumns(AutofitOptions(maximumWidth: Self.maximumColumnWidth))
        // The title and the lines above the table sit in column A; sizing A by them would make it needlessly wide.
        try sheet.setColumn(0, width: min(Self.maximumColumnWidth, firstColumnWidth + 2))
        return TablePlacement(worksheet: sheet, headerRow: headerRow, lastRow: row)
    }

    /// Writes a table whose rows are already built.
    @discardableResult
    func write(_ layout: TableLayout, rows: [[SheetCell]]) throws -> TablePlacement {
        try write(layout, rowCount: rows.count) { rows[$0] }
    }

    /// The sheet called `name`, added when the workbook was set up.
    func sheet(_ name: String) throws -> Worksheet {
        guard let sheet = sheets[name] else {
            throw ReportsError(code: .invalidInput, message: "no sheet called '\(name)' was set up in the workbook")
        }
        return sheet
    }

    /// Writes the title in A1 and the lines under it.
    func writeTitle(_ title: String, lines: [String], on sheet: Worksheet) throws {
        try sheet.write(string: title, row: 0, column: 0, format: styles.title)
        for (index, line) in lines.enumerated() {
            try sheet.write(string: line, row: index + 1, column: 0)
        }
    }

    private func write(_ cells: [SheetCell], row: Int, on sheet: Worksheet) throws {
        for (column, cell) in cells.enumerated() {
            try sheet.write(cell.value, row: row, column: column, format: cell.format)
            if let shown = cell.shownText {
                try sheet.write(string: shown, row: row, column: column, format: cell.format)
            }
            if let note = cell.note {
                try sheet.writeNote(note, row: row, column: column, width: 320, height: 120)
            }
        }
    }
}
