internal import CXlsxWriter

/// Tables, merged ranges, notes, conditional formats and data validation.
extension Worksheet {
    /// Merges `range` into one cell showing `value` with `format` (which should carry the alignment and borders).
    public func merge(_ range: CellRange, value: CellValue = .string(""), format: FormatID? = nil) throws {
        try prepareRange(range, "merge")
        guard range.rowCount > 1 || range.columnCount > 1 else {
            throw WorkbookError.invalidArgument(operation: "merge \(rangeName(range))", reason: "a merged range needs at least two cells")
        }
        try prepareCell(range.firstRow, range.firstColumn, "merge")
        let pointer = try formatPointer(format)
        let text: String
        if case .string(let string) = value {
            text = try StringLimit.fit(string, policy: workbook.options.longStrings, cell: rangeName(range))
        } else {
            text = ""
        }
        let code = text.withCString {
            worksheet_merge_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                  lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), $0, pointer)
        }
        try check(code, "merge", at: rangeName(range), value: text)
        if case .string = value { return }
        // libxlsxwriter merges with a string; other values go into the first cell afterwards, as its docs advise.
        try write(value, row: range.firstRow, column: range.firstColumn, format: format)
    }

    /// Attaches a note (an Excel comment) to a cell. `width` and `height` are in pixels (defaults 128 × 74).
    public func writeNote(_ text: String, row: Int, column: Int, author: String? = nil, visible: Bool = false,
                          width: Int? = nil, height: Int? = nil) throws {
        try prepareCell(row, column, "write note to")
        var options = lxw_comment_options()
        options.visible = UInt8(visible ? LXW_COMMENT_DISPLAY_VISIBLE.rawValue : LXW_COMMENT_DISPLAY_HIDDEN.rawValue)
        options.author = workbook.retain(author)
        if let width { options.width = UInt16(clamping: width) }
        if let height { options.height = UInt16(clamping: height) }
        let note = try StringLimit.fit(text, policy: workbook.options.longStrings, cell: cellName(row, column))
        let code = note.withCString { worksheet_write_comment_opt(handle, lxw_row_t(row), lxw_col_t(column), $0, &options) }
        try check(code, "write note", at: cellName(row, column), value: note)
    }

    /// Turns `range` into an Excel table. Not available in constant-memory mode (throws `.tableInConstantMemory`).
    /// `options.columns` must be empty or have one entry per column of the range.
    public func addTable(_ range: CellRange, options: TableOptions = TableOptions()) throws {
        let tableName = options.name ?? "Table\(tableCount + 1)"
        try prepareRange(range, "add table '\(tableName)'")
        if workbook.options.constantMemory { throw WorkbookError.tableInConstantMemory(sheet: name, table: tableName) }
        if !options.columns.isEmpty && options.columns.count != range.columnCount {
            throw WorkbookError.invalidArgument(operation: "add table '\(tableName)' at \(rangeName(range))",
                                                reason: "\(options.columns.count) column definitions for \(range.columnCount) columns")
        }
        var c = lxw_table_options()
        c.name = workbook.retain(options.name)
        c.no_header_row = options.hasHeaderRow ? 0 : 1
        c.no_autofilter = options.hasAutofilter ? 0 : 1
        c.no_banded_rows = options.bandedRows ? 0 : 1
        c.banded_columns = options.bandedColumns ? 1 : 0
        c.first_column = options.highlightsFirstColumn ? 1 : 0
        c.last_column = options.highlightsLastColumn ? 1 : 0
        c.total_row = options.hasTotalRow ? 1 : 0
        (c.style_type, c.style_type_number) = try Self.tableStyle(options.style, table: tableName)

        let columns = try options.columns.map { column -> lxw_table_column in
            var cColumn = lxw_table_column()
            cColumn.header = workbook.retain(column.header)
            cColumn.total_string = workbook.retain(column.totalLabel)
            cColumn.total_function = Self.totalFunction(column.totalFunction)
            cColumn.format = try formatPointer(column.format)
            cColumn.header_format = try formatPointer(column.headerFormat)
            return cColumn
        }
        let storage = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: max(1, columns.count))
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: columns.count + 1)
        defer {
            storage.deallocate()
            list.deallocate()
        }
        for (index, column) in columns.enumerated() {
            (storage + index).initialize(to: column)
            list[index] = storage + index
        }
        list[columns.count] = nil
        if !columns.isEmpty { c.columns = list }
        let code = worksheet_add_table(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                       lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &c)
        try check(code, "add table '\(tableName)'", at: rangeName(range))
        tableCount += 1
        if options.hasHeaderRow {
            // libxlsxwriter writes the header cells itself; count them (plus the filter button) for autofit.
            for (offset, column) in options.columns.enumerated() {
                widths.note(column: range.firstColumn + offset,
                            characters: DisplayWidth.of(column.header) + (options.hasAutofilter ? 2 : 0), scale: 1.1)
            }
        }
    }

    /// Applies a conditional format to `range`. Comparison, text and formula rules need `format`; icon sets,
    /// data bars and colour scales do not.
    public func addConditionalFormat(_ range: CellRange, rule: ConditionalRule, format: FormatID? = nil) throws {
        try prepareRange(range, "add conditional format")
        if rule.needsFormat && format == nil {
            throw WorkbookError.invalidArgument(operation: "add conditional format at \(rangeName(range))",
                                                reason: "rule \(rule) needs a format")
        }
        var c = lxw_conditional_format()
        c.format = try formatPointer(format)
        try ConditionalConversion.fill(&c, with: rule, retain: workbook.retain)
        let code = worksheet_conditional_format_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                      lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &c)
        try check(code, "add conditional format", at: rangeName(range), value: "\(rule)")
    }

    /// Restricts what can be typed into `range` (a drop-down list or a numeric range).
    public func addValidation(_ range: CellRange, rule: ValidationRule) throws {
        try prepareRange(range, "add data validation")
        var c = lxw_data_validation()
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        defer { list?.deallocate() }
        switch rule {
        case .list(let values):
            guard !values.isEmpty else {
                throw WorkbookError.invalidArgument(operation: "add data validation at \(rangeName(range))", reason: "the list is empty")
            }
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: values.count + 1)
            for (index, value) in values.enumerated() { pointers[index] = workbook.retain(value) }
            pointers[values.count] = nil
            list = pointers
            c.value_list = pointers
        case .decimalBetween(let low, let high):
            guard low.isFinite, high.isFinite, low <= high else {
                throw WorkbookError.invalidArgument(operation: "add data validation at \(rangeName(range))", reason: "bounds \(low)…\(high) are invalid")
            }
            c.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            c.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            c.minimum_number = low
            c.maximum_number = high
        case .integerBetween(let low, let high):
            guard low <= high else {
                throw WorkbookError.invalidArgument(operation: "add data validation at \(rangeName(range))", reason: "bounds \(low)…\(high) are reversed")
            }
            c.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            c.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            c.minimum_number = Double(low)
            c.maximum_number = Double(high)
        }
        let code = worksheet_data_validation_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                                   lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), &c)
        try check(code, "add data validation", at: rangeName(range), value: "\(rule)")
    }

    private static func tableStyle(_ style: TableStyle, table: String) throws -> (UInt8, UInt8) {
        let (type, number, limit): (lxw_table_style_type, Int, Int) = switch style {
        case .light(let n): (LXW_TABLE_STYLE_TYPE_LIGHT, n, 21)
        case .medium(let n): (LXW_TABLE_STYLE_TYPE_MEDIUM, n, 28)
        case .dark(let n): (LXW_TABLE_STYLE_TYPE_DARK, n, 11)
        }
        guard (1...limit).contains(number) else {
            throw WorkbookError.invalidArgument(operation: "add table '\(table)'", reason: "style \(style) does not exist (1–\(limit))")
        }
        return (UInt8(type.rawValue), UInt8(number))
    }

    private static func totalFunction(_ total: TableTotal?) -> UInt8 {
        let function: lxw_table_total_functions = switch total {
        case nil: LXW_TABLE_FUNCTION_NONE
        case .sum: LXW_TABLE_FUNCTION_SUM
        case .average: LXW_TABLE_FUNCTION_AVERAGE
        case .count: LXW_TABLE_FUNCTION_COUNT
        case .countNumbers: LXW_TABLE_FUNCTION_COUNT_NUMS
        case .max: LXW_TABLE_FUNCTION_MAX
        case .min: LXW_TABLE_FUNCTION_MIN
        case .standardDeviation: LXW_TABLE_FUNCTION_STD_DEV
        case .variance: LXW_TABLE_FUNCTION_VAR
        }
        return UInt8(function.rawValue)
    }
}
