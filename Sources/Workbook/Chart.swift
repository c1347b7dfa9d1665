/// A chart described as a value; `Worksheet.insertChart(_:row:column:)` builds it in libxlsxwriter.
public struct Chart: Sendable, Equatable {
    /// Chart type.
    public var kind: ChartKind
    /// Title above the plot; nil shows none (or the series name for a single-series chart, as Excel does).
    public var title: String?
    /// The data series, drawn in order.
    public var series: [ChartSeries]
    /// Title of the category (X) axis.
    public var xAxisTitle: String?
    /// Title of the value (Y) axis.
    public var yAxisTitle: String?
    /// Number format for value-axis labels, e.g. `#,##0` or `0%`.
    public var yAxisNumberFormat: String?
    /// Where the legend goes.
    public var legend: LegendPosition
    /// Size in pixels (Excel's default is 480 × 288).
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Built-in chart style 1–48; nil keeps Excel's default (2).
    public var style: Int?

    /// A chart; size defaults to Excel's 480 × 288 pixels.
    public init(kind: ChartKind, title: String? = nil, series: [ChartSeries] = [], xAxisTitle: String? = nil,
                yAxisTitle: String? = nil, yAxisNumberFormat: String? = nil, legend: LegendPosition = .bottom,
                width: Int = 480, height: Int = 288, style: Int? = nil) {
        self.kind = kind
        self.title = title
        self.series = series
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.yAxisNumberFormat = yAxisNumberFormat
        self.legend = legend
        self.width = width
        self.height = height
        self.style = style
    }
}

/// One series: values, optional categories (X labels) and name.
public struct ChartSeries: Sendable, Equatable {
    /// Legend name.
    public var name: String?
    /// Category labels, usually a column of years or names.
    public var categories: SheetRange?
    /// The numbers to plot.
    public var values: SheetRange
    /// Fill (columns, bars) or line colour.
    public var color: Color?
    /// Show each point's value on the chart.
    public var showsValues: Bool

    /// A series plotting `values`.
    public init(name: String? = nil, categories: SheetRange? = nil, values: SheetRange, color: Color? = nil,
                showsValues: Bool = false) {
        self.name = name
        self.categories = categories
        self.values = values
        self.color = color
        self.showsValues = showsValues
    }
}

/// Chart types supported by the layer.
public enum ChartKind: Sendable, Equatable {
    /// Vertical columns.
    case column
    /// Stacked vertical columns.
    case stackedColumn
    /// Horizontal bars.
    case bar
    /// Lines.
    case line
    /// Pie.
    case pie
    /// Filled areas.
    case area
}

/// Legend placement.
public enum LegendPosition: Sendable, Equatable {
    /// No legend.
    case none
    /// Right of the plot.
    case right
    /// Left of the plot.
    case left
    /// Above the plot.
    case top
    /// Below the plot.
    case bottom
}
