/// An Excel table (ListObject) over a range: name, style, header row with column names, banding, total row.
/// The range includes the header row and, when `hasTotalRow`, the total row; libxlsxwriter writes both.
public struct TableOptions: Sendable, Equatable {
    /// The table name used in structured references (`Facts[Value]`); nil gives `Table1`, `Table2`, …
    public var name: String?
    /// The built-in table style.
    public var style: TableStyle
    /// One entry per column of the range, or empty for Excel's `Column1`, `Column2`, … headers.
    public var columns: [TableColumn]
    /// Show a header row (the first row of the range).
    public var hasHeaderRow: Bool
    /// Show filter buttons in the header row.
    public var hasAutofilter: Bool
    /// Shade alternate rows.
    public var bandedRows: Bool
    /// Shade alternate columns.
    public var bandedColumns: Bool
    /// Emphasise the first column.
    public var highlightsFirstColumn: Bool
    /// Emphasise the last column.
    public var highlightsLastColumn: Bool
    /// Add a total row (the last row of the range) using each column's `totalFunction` or `totalLabel`.
    public var hasTotalRow: Bool

    /// Table options with Excel's defaults: header row, filter buttons, banded rows, Table Style Medium 9.
    public init(name: String? = nil, style: TableStyle = .medium(9), columns: [TableColumn] = [],
                hasHeaderRow: Bool = true, hasAutofilter: Bool = true, bandedRows: Bool = true,
                bandedColumns: Bool = false, highlightsFirstColumn: Bool = false,
                highlightsLastColumn: Bool = false, hasTotalRow: Bool = false) {
        self.name = name
        self.style = style
        self.columns = columns
        self.hasHeaderRow = hasHeaderRow
        self.hasAutofilter = hasAutofilter
        self.bandedRows = bandedRows
        self.bandedColumns = bandedColumns
        self.highlightsFirstColumn = highlightsFirstColumn
        self.highlightsLastColumn = highlightsLastColumn
        self.hasTotalRow = hasTotalRow
    }
}

/// One table column: header text, optional total and formats.
public struct TableColumn: Sendable, Equatable {
    /// Header text.
    public var header: String
    /// Aggregate shown in the total row.
    public var totalFunction: TableTotal?
    /// Text shown in the total row instead of an aggregate (e.g. "Total").
    public var totalLabel: String?
    /// Format for the column's data cells.
    public var format: FormatID?
    /// Format for the header cell.
    public var headerFormat: FormatID?

    /// A column with a header and, optionally, a total and formats.
    public init(_ header: String, totalFunction: TableTotal? = nil, totalLabel: String? = nil,
                format: FormatID? = nil, headerFormat: FormatID? = nil) {
        self.header = header
        self.totalFunction = totalFunction
        self.totalLabel = totalLabel
        self.format = format
        self.headerFormat = headerFormat
    }
}

/// Built-in table styles: Light 1–21, Medium 1–28, Dark 1–11.
public enum TableStyle: Sendable, Equatable {
    /// Table Style Light n (1–21).
    case light(Int)
    /// Table Style Medium n (1–28).
    case medium(Int)
    /// Table Style Dark n (1–11).
    case dark(Int)
}

/// Aggregates for a table's total row (Excel SUBTOTAL functions).
public enum TableTotal: Sendable, Equatable {
    /// Sum.
    case sum
    /// Average.
    case average
    /// Count of non-empty cells.
    case count
    /// Count of numbers.
    case countNumbers
    /// Maximum.
    case max
    /// Minimum.
    case min
    /// Standard deviation.
    case standardDeviation
    /// Variance.
    case variance
}
