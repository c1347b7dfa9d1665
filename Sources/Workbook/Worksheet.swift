internal import CXlsxWriter

/// One worksheet of a `Workbook`: cell writing, layout, tables, charts and the rest.
///
/// Rows and columns are zero-based `Int`s checked against Excel's 1,048,576 × 16,384 grid. Every libxlsxwriter
/// return code is checked; failures throw `WorkbookError` naming the cell (`Facts!C12`). Not Sendable.
public final class Worksheet {
    /// The sheet name as shown on its tab.
    public let name: String
    let workbook: Workbook
    let handle: UnsafeMutablePointer<lxw_worksheet>
    private let constantMemory: Bool
    private let tracksWidths: Bool
    /// Highest row written so far; constant-memory mode has flushed everything above it.
    private var currentRow = 0
    var widths = ColumnWidthTracker()
    /// Columns given an explicit width, which autofit leaves alone by default.
    var explicitWidthColumns: Set<Int> = []
    /// Formats set on whole columns, kept when autofit rewrites the column.
    var columnFormats: [Int: FormatID] = [:]
    /// Tables added so far, to name an unnamed table (`Table1`, …) in errors.
    var tableCount = 0

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
        self.constantMemory = workbook.options.constantMemory
        self.tracksWidths = workbook.options.tracksColumnWidths
    }

    /// `Sheet!A1` for error messages.
    func cellName(_ row: Int, _ column: Int) -> String {
        "\(name)!\(CellReference.cell(row: row, column: column))"
    }

    /// `Sheet!A1:C3` for error messages.
    func rangeName(_ range: CellRange) -> String { "\(name)!\(range)" }

    /// Checks that the workbook is open, the cell is on the grid and, in constant-memory mode, not in a flushed row.
    @inline(__always)
    func prepareCell(_ row: Int, _ column: Int, _ operation: StaticString) throws {
        if workbook.isClosed { throw WorkbookError.closed(operation: "\(operation) \(cellName(row, column))") }
        guard CellReference.isValid(row: row, column: column) else {
            throw WorkbookError.cellOutOfRange(sheet: name, row: row, column: column)
        }
        if constantMemory {
            if row < currentRow { throw WorkbookError.rowAlreadyFlushed(cell: cellName(row, column), currentRow: currentRow) }
            currentRow = row
        }
    }

    /// Checks a range the same way as a cell (open workbook, inside the grid, corners in order).
    func prepareRange(_ range: CellRange, _ operation: String) throws {
        try workbook.ensureOpen("\(operation) on '\(name)'")
        if let reason = range.problem { throw WorkbookError.invalidArgument(operation: "\(operation) on '\(name)'", reason: reason) }
    }

    @inline(__always)
    func formatPointer(_ id: FormatID?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let id else { return nil }
        return try workbook.entry(for: id).pointer
    }

    @inline(__always)
    private func fontScale(_ id: FormatID?) -> Double {
        guard let id, let entry = try? workbook.entry(for: id) else { return 1 }
        return entry.fontScale
    }

    // MARK: - Writing cells

    /// Writes a number. The fast path: pass a `FormatID` from `Workbook.register(_:)`.
    /// NaN and ±infinity never reach libxlsxwriter: they throw `.nonFiniteNumber` or become a blank cell,
    /// per `WorkbookOptions.nonFiniteNumbers`.
    public func write(number: Double, row: Int, column: Int, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write number to")
        let pointer = try formatPointer(format)
        guard number.isFinite else {
            try writeNonFinite(number, row: row, column: column, format: pointer)
            return
        }
        let code = worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, pointer)
        if code != LXW_NO_ERROR { throw WorkbookError.library(code, "write number", at: cellName(row, column), value: "\(number)") }
        if tracksWidths {
            widths.note(column: column, characters: workbook.numberWidth(for: format).width(of: number),
                        scale: fontScale(format))
        }
    }

    /// Writes text. Strings over 32,767 characters throw `.stringTooLong` or are truncated with "…",
    /// per `WorkbookOptions.longStrings`. An empty string writes a blank cell when a format is given, else nothing.
    public func write(string: String, row: Int, column: Int, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write string to")
        let pointer = try formatPointer(format)
        let text = try StringLimit.fit(string, policy: workbook.options.longStrings, cell: cellName(row, column))
        let code = text.withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, pointer) }
        if code != LXW_NO_ERROR { throw WorkbookError.library(code, "write string", at: cellName(row, column), value: text) }
        if tracksWidths { widths.note(column: column, text: text, scale: fontScale(format)) }
    }

    /// Writes TRUE or FALSE.
    public func write(bool value: Bool, row: Int, column: Int, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write boolean to")
        let pointer = try formatPointer(format)
        let code = worksheet_write_boolean(handle, lxw_row_t(row), lxw_col_t(column), value ? 1 : 0, pointer)
        try check(code, "write boolean", at: cellName(row, column), value: "\(value)")
        if tracksWidths { widths.note(column: column, characters: value ? 4 : 5, scale: fontScale(format)) }
    }

    /// Writes a date or date-time. Without a format it is shown as `yyyy-mm-dd`, since an unformatted Excel date is
    /// a bare serial number.
    public func write(date: ExcelDateTime, row: Int, column: Int, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write date to")
        if let reason = date.problem {
            throw WorkbookError.invalidArgument(operation: "write date to \(cellName(row, column))", reason: reason)
        }
        let effective = try format ?? workbook.defaultDateFormat()
        let pointer = try formatPointer(effective)
        var cDate = FormatConversion.datetime(date)
        let code = worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &cDate, pointer)
        try check(code, "write date", at: cellName(row, column), value: date.text)
        if tracksWidths {
            widths.note(column: column, characters: workbook.numberWidth(for: effective).width(of: 1),
                        scale: fontScale(effective))
        }
    }

    /// Writes a formula (`=SUM(B2:B9)`; the leading `=` is optional) with the result viewers show before
    /// recalculating. A non-finite cached number follows `nonFiniteNumbers` (with `.writeBlank` the formula is
    /// written without a cached value).
    public func write(formula: String, row: Int, column: Int, cached: FormulaResult? = nil, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write formula to")
        let pointer = try formatPointer(format)
        let r = lxw_row_t(row), c = lxw_col_t(column)
        let code: lxw_error
        switch cached {
        case .number(let value) where value.isFinite:
            code = formula.withCString { worksheet_write_formula_num(handle, r, c, $0, pointer, value) }
            if tracksWidths {
                widths.note(column: column, characters: workbook.numberWidth(for: format).width(of: value),
                            scale: fontScale(format))
            }
        case .number(let value):
            if workbook.options.nonFiniteNumbers == .throwError {
                throw WorkbookError.nonFiniteNumber(cell: cellName(row, column), value: value)
            }
            code = formula.withCString { worksheet_write_formula(handle, r, c, $0, pointer) }
        case .string(let value):
            let text = try StringLimit.fit(value, policy: workbook.options.longStrings, cell: cellName(row, column))
            code = formula.withCString { f in text.withCString { worksheet_write_formula_str(handle, r, c, f, pointer, $0) } }
            if tracksWidths { widths.note(column: column, text: text, scale: fontScale(format)) }
        case nil:
            code = formula.withCString { worksheet_write_formula(handle, r, c, $0, pointer) }
        }
        try check(code, "write formula", at: cellName(row, column), value: formula)
    }

    /// Writes a hyperlink: `https://…`, `mailto:…`, `file:///…` or `internal:'Sheet'!A1`. `text` is what the cell
    /// shows (default: the URL); without a format libxlsxwriter uses its blue underlined hyperlink style.
    public func write(url: String, row: Int, column: Int, text: String? = nil, tooltip: String? = nil,
                      format: FormatID? = nil) throws {
        try prepareCell(row, column, "write URL to")
        let pointer = try formatPointer(format)
        let r = lxw_row_t(row), c = lxw_col_t(column)
        let code = url.withCString { cURL in
            withOptionalCString(text) { cText in
                withOptionalCString(tooltip) { cTip in worksheet_write_url_opt(handle, r, c, cURL, pointer, cText, cTip) }
            }
        }
        try check(code, "write URL", at: cellName(row, column), value: url)
        if tracksWidths {
            let shown = text ?? (url.hasPrefix("internal:") ? String(url.dropFirst(9)) : url)
            widths.note(column: column, text: shown, scale: fontScale(format))
        }
    }

    /// Writes an empty cell that carries `format` (libxlsxwriter ignores blanks without one).
    public func writeBlank(row: Int, column: Int, format: FormatID?) throws {
        try prepareCell(row, column, "write blank to")
        let pointer = try formatPointer(format)
        try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), pointer), "write blank",
                  at: cellName(row, column))
    }

    /// Writes any `CellValue`.
    public func write(_ value: CellValue, row: Int, column: Int, format: FormatID? = nil) throws {
        switch value {
        case .string(let text): try write(string: text, row: row, column: column, format: format)
        case .number(let number): try write(number: number, row: row, column: column, format: format)
        case .bool(let flag): try write(bool: flag, row: row, column: column, format: format)
        case .date(let date): try write(date: date, row: row, column: column, format: format)
        case .formula(let formula, let cached):
            try write(formula: formula, row: row, column: column, cached: cached, format: format)
        case .url(let url, let text, let tooltip):
            try write(url: url, row: row, column: column, text: text, tooltip: tooltip, format: format)
        case .blank: try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes `values` left to right starting at (`row`, `column`), all with `format`.
    public func write(row values: [CellValue], row: Int, column: Int = 0, format: FormatID? = nil) throws {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, column: column + offset, format: format)
        }
    }

    private func writeNonFinite(_ number: Double, row: Int, column: Int,
                                format: UnsafeMutablePointer<lxw_format>?) throws {
        switch workbook.options.nonFiniteNumbers {
        case .throwError:
            throw WorkbookError.nonFiniteNumber(cell: cellName(row, column), value: number)
        case .writeBlank:
            guard let format else { return }
            try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), format), "write blank",
                      at: cellName(row, column))
        }
    }
}

@available(*, unavailable, message: "a Worksheet belongs to one task")
extension Worksheet: Sendable {}

/// Calls `body` with a C string for `text`, or with nil.
func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
