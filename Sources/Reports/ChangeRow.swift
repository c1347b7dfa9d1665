import BriefingModel

/// How one metric moved between two years, with any values that disagree with the ones compared.
public struct ChangeRow: Codable, Sendable, Hashable {
    /// The catalog id.
    public var metric: String
    /// The human label.
    public var label: String
    /// The unit of both values.
    public var unit: Unit
    /// The earlier value.
    public var from: FigureValue
    /// The later value.
    public var to: FigureValue
    /// `to - from`.
    public var change: Double
    /// The change in percent of `from`, nil when `from` is zero.
    public var changePercent: Double?
    /// The change in words, qualifiers kept: "an increase of at least 15,000"; derived when empty.
    public var wording: String
    /// Other values stated for the same metric and year that disagree with `from` or `to`.
    public var conflicts: [FigureValue]

    /// Creates a change row.
    public init(
        metric: String, label: String, unit: Unit, from: FigureValue, to: FigureValue, change: Double,
        changePercent: Double? = nil, wording: String = "", conflicts: [FigureValue] = []
    ) {
        self.metric = metric
        self.label = label
        self.unit = unit
        self.from = from
        self.to = to
        self.change = change
        self.changePercent = changePercent
        self.wording = wording
        self.conflicts = conflicts
    }

    /// The direction marker shown next to the change, so the direction never depends on colour alone.
    public var directionMarker: String {
        change > 0 ? "▲" : change < 0 ? "▼" : "="
    }
}
