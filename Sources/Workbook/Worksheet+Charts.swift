internal import CXlsxWriter

/// Charts and rich text.
extension Worksheet {
    /// Inserts `chart` with its top-left corner in cell (`row`, `column`), shifted by the pixel offsets.
    /// Series ranges must name worksheets of this workbook.
    public func insertChart(_ chart: Chart, row: Int, column: Int, xOffset: Int = 0, yOffset: Int = 0) throws {
        try prepareRange(CellRange(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column), "insert chart")
        let location = cellName(row, column)
        try validate(chart, at: location)
        guard let c = workbook_add_chart(workbook.handle, Self.chartType(chart.kind)) else {
            throw WorkbookError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "insert chart", at: location)
        }
        for series in chart.series {
            guard let cSeries = chart_add_series(c, nil, nil) else {
                throw WorkbookError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "add chart series", at: location)
            }
            if let categories = series.categories {
                let r = categories.range
                chart_series_set_categories(cSeries, workbook.retain(categories.sheet), lxw_row_t(r.firstRow),
                                            lxw_col_t(r.firstColumn), lxw_row_t(r.lastRow), lxw_col_t(r.lastColumn))
            }
            let v = series.values.range
            chart_series_set_values(cSeries, workbook.retain(series.values.sheet), lxw_row_t(v.firstRow),
                                    lxw_col_t(v.firstColumn), lxw_row_t(v.lastRow), lxw_col_t(v.lastColumn))
            if let name = series.name { chart_series_set_name(cSeries, workbook.retain(name)) }
            if let color = series.color { applyColor(color, to: cSeries, kind: chart.kind) }
            if series.showsValues { chart_series_set_labels(cSeries) }
        }
        if let title = chart.title { chart_title_set_name(c, workbook.retain(title)) }
        if chart.kind != .pie {
            let xAxis = chart_axis_get(c, LXW_CHART_AXIS_TYPE_X)
            let yAxis = chart_axis_get(c, LXW_CHART_AXIS_TYPE_Y)
            if let title = chart.xAxisTitle, let xAxis { chart_axis_set_name(xAxis, workbook.retain(title)) }
            if let title = chart.yAxisTitle, let yAxis { chart_axis_set_name(yAxis, workbook.retain(title)) }
            if let format = chart.yAxisNumberFormat, let yAxis { chart_axis_set_num_format(yAxis, workbook.retain(format)) }
        }
        chart_legend_set_position(c, Self.legendPosition(chart.legend))
        if let style = chart.style { chart_set_style(c, UInt8(style)) }
        var options = lxw_chart_options()
        options.x_offset = Int32(clamping: xOffset)
        options.y_offset = Int32(clamping: yOffset)
        options.x_scale = Double(chart.width) / 480
        options.y_scale = Double(chart.height) / 288
        let code = worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), c, &options)
        try check(code, "insert chart", at: location, value: chart.title)
    }

    /// Writes text whose runs have different fonts, e.g. a bold label followed by plain text.
    /// Needs at least two non-empty runs (Excel's rule for rich strings).
    public func write(richText runs: [TextRun], row: Int, column: Int, format: FormatID? = nil) throws {
        try prepareCell(row, column, "write rich text to")
        guard runs.count >= 2, runs.allSatisfy({ !$0.text.isEmpty }) else {
            throw WorkbookError.invalidArgument(operation: "write rich text to \(cellName(row, column))",
                                                reason: "needs at least two non-empty runs")
        }
        let tuples = UnsafeMutablePointer<lxw_rich_string_tuple>.allocate(capacity: runs.count)
        let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_rich_string_tuple>?>.allocate(capacity: runs.count + 1)
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer {
            tuples.deallocate()
            list.deallocate()
            copies.forEach { free($0) }
        }
        for (index, run) in runs.enumerated() {
            guard let copy = strdup(run.text) else {
                throw WorkbookError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "write rich text", at: cellName(row, column))
            }
            copies.append(copy)
            (tuples + index).initialize(to: lxw_rich_string_tuple(format: try formatPointer(run.format), string: copy))
            list[index] = tuples + index
        }
        list[runs.count] = nil
        let code = worksheet_write_rich_string(handle, lxw_row_t(row), lxw_col_t(column), list, try formatPointer(format))
        let text = runs.map(\.text).joined()
        try check(code, "write rich text", at: cellName(row, column), value: text)
        widths.note(column: column, text: text, scale: 1)
    }

    private func validate(_ chart: Chart, at location: String) throws {
        func fail(_ reason: String) -> WorkbookError { .invalidArgument(operation: "insert chart at \(location)", reason: reason) }
        guard !chart.series.isEmpty else { throw fail("the chart has no series") }
        guard (1...4000).contains(chart.width), (1...4000).contains(chart.height) else {
            throw fail("size \(chart.width)×\(chart.height) px is outside 1–4000")
        }
        if let style = chart.style, !(1...48).contains(style) { throw fail("style \(style) is outside 1–48") }
        for series in chart.series {
            for range in [series.values] + (series.categories.map { [$0] } ?? []) {
                guard workbook.sheetNames.contains(range.sheet) else { throw fail("series range \(range) names no sheet of this workbook") }
                if let reason = range.range.problem { throw fail(reason) }
            }
        }
    }

    private func applyColor(_ color: Color, to series: UnsafeMutablePointer<lxw_chart_series>, kind: ChartKind) {
        if kind == .line {
            var line = lxw_chart_line()
            line.color = FormatConversion.lxwColor(color)
            line.width = 2.25
            chart_series_set_line(series, &line)
        } else {
            var fill = lxw_chart_fill()
            fill.color = FormatConversion.lxwColor(color)
            chart_series_set_fill(series, &fill)
        }
    }

    private static func chartType(_ kind: ChartKind) -> UInt8 {
        let type: lxw_chart_type = switch kind {
        case .column: LXW_CHART_COLUMN
        case .stackedColumn: LXW_CHART_COLUMN_STACKED
        case .bar: LXW_CHART_BAR
        case .line: LXW_CHART_LINE
        case .pie: LXW_CHART_PIE
        case .area: LXW_CHART_AREA
        }
        return UInt8(type.rawValue)
    }

    private static func legendPosition(_ position: LegendPosition) -> UInt8 {
        let value: lxw_chart_legend_position = switch position {
        case .none: LXW_CHART_LEGEND_NONE
        case .right: LXW_CHART_LEGEND_RIGHT
        case .left: LXW_CHART_LEGEND_LEFT
        case .top: LXW_CHART_LEGEND_TOP
        case .bottom: LXW_CHART_LEGEND_BOTTOM
        }
        return UInt8(value.rawValue)
    }
}

/// A run of rich text with its own format (bold, italic, colour…).
public struct TextRun: Sendable, Equatable {
    /// The text of the run.
    public var text: String
    /// Its format; nil uses the default font.
    public var format: FormatID?

    /// A run of `text` in `format`.
    public init(_ text: String, format: FormatID? = nil) {
        self.text = text
        self.format = format
    }
}
