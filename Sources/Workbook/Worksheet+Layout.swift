internal import CXlsxWriter

/// Column widths, rows, panes, view and print setup.
extension Worksheet {
    /// Sets width (Excel character units), format and visibility for `column` … `last` (default: just `column`).
    /// A nil width keeps Excel's default 8.43. Columns given a width here are skipped by `autofitColumns()`
    /// unless `AutofitOptions.keepsExplicitWidths` is false; a column format is kept by autofit.
    public func setColumn(_ column: Int, through last: Int? = nil, width: Double? = nil, format: FormatID? = nil,
                          hidden: Bool = false) throws {
        let lastColumn = last ?? column
        try prepareRange(CellRange(firstRow: 0, firstColumn: column, lastRow: 0, lastColumn: lastColumn), "set column")
        if let width, !(width.isFinite && width >= 0 && width <= 255) {
            throw WorkbookError.invalidArgument(operation: "set column on '\(name)'", reason: "width \(width) is outside 0–255")
        }
        let pointer = try formatPointer(format)
        var rowColumnOptions = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let code = worksheet_set_column_opt(handle, lxw_col_t(column), lxw_col_t(lastColumn),
                                            width ?? LXW_DEF_COL_WIDTH, pointer, &rowColumnOptions)
        try check(code, "set column", at: "\(name)!\(CellReference.columnName(column))")
        for index in column...lastColumn {
            if width != nil { explicitWidthColumns.insert(index) }
            if let format { columnFormats[index] = format }
        }
    }

    /// Sets a row's height in points (nil keeps the default 15), format and visibility. In constant-memory mode
    /// call it before writing the row's cells.
    public func setRow(_ row: Int, height: Double? = nil, format: FormatID? = nil, hidden: Bool = false) throws {
        try prepareCell(row, 0, "set row")
        if let height, !(height.isFinite && height >= 0 && height <= 409) {
            throw WorkbookError.invalidArgument(operation: "set row \(row + 1) on '\(name)'", reason: "height \(height) is outside 0–409")
        }
        let pointer = try formatPointer(format)
        var rowColumnOptions = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        let code = worksheet_set_row_opt(handle, lxw_row_t(row), height ?? LXW_DEF_ROW_HEIGHT, pointer, &rowColumnOptions)
        try check(code, "set row", at: "\(name)!\(row + 1)")
    }

    /// Sets every column that received content to fit its widest cell (libxlsxwriter has no autofit): text counts
    /// one unit per character (East Asian wide characters two), numbers are measured as their number format would
    /// show them, bold and larger fonts are scaled. Call it after writing; it works in constant-memory mode too.
    public func autofitColumns(_ options: AutofitOptions = AutofitOptions()) throws {
        try workbook.ensureOpen("autofit columns on '\(name)'")
        for (column, content) in widths.widths.enumerated() where content > 0 {
            if options.keepsExplicitWidths && explicitWidthColumns.contains(column) { continue }
            let pointer = try formatPointer(columnFormats[column])
            let code = worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column),
                                            options.columnWidth(forContent: content), pointer)
            try check(code, "autofit column", at: "\(name)!\(CellReference.columnName(column))")
        }
    }

    /// The width `autofitColumns()` would give `column`, or nil when nothing was written there.
    public func autofitWidth(ofColumn column: Int, options: AutofitOptions = AutofitOptions()) -> Double? {
        widths.width(of: column).map(options.columnWidth(forContent:))
    }

    /// Freezes the rows above `row` and the columns left of `column` (e.g. `freezePanes(row: 1, column: 0)` keeps
    /// a header row visible).
    public func freezePanes(row: Int, column: Int = 0) throws {
        try workbook.ensureOpen("freeze panes on '\(name)'")
        guard CellReference.isValid(row: row, column: column) else {
            throw WorkbookError.cellOutOfRange(sheet: name, row: row, column: column)
        }
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds filter drop-downs to the header row of `range`.
    public func autofilter(_ range: CellRange) throws {
        try prepareRange(range, "add autofilter")
        let code = worksheet_autofilter(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                        lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn))
        try check(code, "add autofilter", at: rangeName(range))
    }

    /// Hides gridlines on screen and in print.
    public func hideGridlines() throws {
        try workbook.ensureOpen("hide gridlines on '\(name)'")
        worksheet_gridlines(handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// Sets the zoom, 10–400 percent.
    public func setZoom(_ percent: Int) throws {
        try workbook.ensureOpen("set zoom on '\(name)'")
        guard (10...400).contains(percent) else {
            throw WorkbookError.invalidArgument(operation: "set zoom on '\(name)'", reason: "\(percent)% is outside 10–400")
        }
        worksheet_set_zoom(handle, UInt16(percent))
    }

    /// Colours the sheet tab.
    public func setTabColor(_ color: Color) throws {
        try workbook.ensureOpen("set tab colour on '\(name)'")
        worksheet_set_tab_color(handle, FormatConversion.lxwColor(color))
    }

    /// Prints in landscape orientation.
    public func setLandscape() throws {
        try workbook.ensureOpen("set landscape on '\(name)'")
        worksheet_set_landscape(handle)
    }

    /// Sets the paper size by Excel's index (1 Letter, 9 A4; 0 printer default).
    public func setPaper(_ index: Int) throws {
        try workbook.ensureOpen("set paper on '\(name)'")
        guard (0...41).contains(index) else {
            throw WorkbookError.invalidArgument(operation: "set paper on '\(name)'", reason: "paper index \(index) is outside 0–41")
        }
        worksheet_set_paper(handle, UInt8(index))
    }

    /// Scales printing to fit `width` pages across and `height` down (0 means as many as needed).
    public func fitToPages(width: Int, height: Int) throws {
        try workbook.ensureOpen("fit to pages on '\(name)'")
        guard (0...Int(UInt16.max)).contains(width), (0...Int(UInt16.max)).contains(height) else {
            throw WorkbookError.invalidArgument(operation: "fit to pages on '\(name)'", reason: "page counts must be 0–65535")
        }
        worksheet_fit_to_pages(handle, UInt16(width), UInt16(height))
    }

    /// Repeats rows `first` … `last` at the top of every printed page.
    public func repeatRows(_ first: Int, through last: Int) throws {
        try prepareRange(CellRange(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0), "repeat rows")
        try check(worksheet_repeat_rows(handle, lxw_row_t(first), lxw_row_t(last)), "repeat rows", at: name)
    }

    /// Limits printing to `range`.
    public func setPrintArea(_ range: CellRange) throws {
        try prepareRange(range, "set print area")
        let code = worksheet_print_area(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                        lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn))
        try check(code, "set print area", at: rangeName(range))
    }

    /// Sets the printed page header using Excel's codes (`&L`, `&C`, `&R`, `&P` page, `&N` pages); ≤ 255 characters.
    public func setHeader(_ text: String) throws {
        try workbook.ensureOpen("set header on '\(name)'")
        try check(text.withCString { worksheet_set_header(handle, $0) }, "set header", at: name, value: text)
    }

    /// Sets the printed page footer (same codes as `setHeader`).
    public func setFooter(_ text: String) throws {
        try workbook.ensureOpen("set footer on '\(name)'")
        try check(text.withCString { worksheet_set_footer(handle, $0) }, "set footer", at: name, value: text)
    }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws {
        try workbook.ensureOpen("activate '\(name)'")
        worksheet_activate(handle)
    }
}
