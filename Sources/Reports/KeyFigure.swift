import BriefingModel

/// One catalog metric with its latest and previous values, the change between them, and its series for charts.
public struct KeyFigure: Codable, Sendable, Hashable {
    /// One point of a metric's history.
    public struct Point: Codable, Sendable, Hashable {
        /// The year the value refers to.
        public var year: Int
        /// The value for that year.
        public var value: Double

        /// Creates a point.
        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    /// The catalog id.
    public var metric: String
    /// The human label, e.g. "U.S. alumni of the JET Program".
    public var label: String
    /// The unit the values are in.
    public var unit: Unit
    /// The policy area.
    public var category: Category
    /// True when the metric tracks a target (an aim) rather than observations.
    public var isTarget: Bool
    /// The most recent value, nil when the run found none.
    public var latest: FigureValue?
    /// The value of the year before `latest`, when known.
    public var previous: FigureValue?
    /// `latest - previous`, when both are known.
    public var change: Double?
    /// The change in percent of `previous`, when both are known and `previous` is not zero.
    public var changePercent: Double?
    /// One value per year, oldest first, for the charts.
    public var series: [Point]
    /// How the source is named in the tables; the latest value's document title when nil.
    public var source: String?

    /// Creates a key figure.
    public init(
        metric: String, label: String, unit: Unit, category: Category, isTarget: Bool = false,
        latest: FigureValue? = nil, previous: FigureValue? = nil, change: Double? = nil,
        changePercent: Double? = nil, series: [Point] = [], source: String? = nil
    ) {
        self.metric = metric
        self.label = label
        self.unit = unit
        self.category = category
        self.isTarget = isTarget
        self.latest = latest
        self.previous = previous
        self.change = change
        self.changePercent = changePercent
        self.series = series
        self.source = source
    }
}
