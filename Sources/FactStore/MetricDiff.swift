import BriefingModel

/// One row of `briefing diff`: a metric's value at a first and a last year, the change, and any conflicts.
public struct MetricDiff: Codable, Sendable, Hashable {
    /// One reported value of the metric.
    public struct Point: Codable, Sendable, Hashable {
        /// The year the value refers to.
        public var year: Int
        /// The value (range midpoint for ranges).
        public var value: Double
        /// The hedge it was stated with.
        public var qualifier: Qualifier
        /// The quantity as written, e.g. "more than 30,000".
        public var text: String
        /// The document id it comes from.
        public var document: String
        /// The fact id, for overrides.
        public var fact: String

        /// Creates a point.
        public init(year: Int, value: Double, qualifier: Qualifier, text: String, document: String, fact: String) {
            self.year = year
            self.value = value
            self.qualifier = qualifier
            self.text = text
            self.document = document
            self.fact = fact
        }
    }

    /// Two or more sources giving incompatible values for the same metric and year.
    public struct Conflict: Codable, Sendable, Hashable {
        /// The year in question.
        public var year: Int
        /// Every value reported for it, one per source fact.
        public var values: [Point]

        /// Creates a conflict.
        public init(year: Int, values: [Point]) {
            self.year = year
            self.values = values
        }
    }

    /// How precisely the change is known, given the qualifiers of both ends.
    public enum ChangeBound: String, Codable, Sendable, Hashable {
        /// Both ends are exact.
        case exact
        /// Both ends are finite but at least one is approximate.
        case approximate
        /// The true change is at least `change` ("30,000" → "more than 45,000").
        case atLeast = "at_least"
        /// The true change is at most `change` ("more than 30,000" → "45,000").
        case atMost = "at_most"
        /// Both ends are open in the same direction; only the direction of the stated figures is known.
        case unknown
    }

    /// Metric id or derived key.
    public var metric: String
    /// Human label.
    public var label: String
    /// Unit of the values.
    public var unit: Unit
    /// The first point.
    public var from: Point
    /// The last point.
    public var to: Point
    /// `to.value - from.value`.
    public var change: Double
    /// `change` as a percentage of `from.value`; nil when `from.value` is zero.
    public var changePercent: Double?
    /// How precisely `change` is known.
    public var changeBound: ChangeBound
    /// A phrase a briefing can use as is: "up at most 15,000 (more than 30,000 in 2020 → 45,000 in 2025)".
    public var wording: String
    /// Years of the compared range where sources disagree.
    public var conflicts: [Conflict]

    enum CodingKeys: String, CodingKey {
        case metric, label, unit, from, to, change, changePercent = "change_percent", changeBound = "change_bound"
        case wording, conflicts
    }

    /// Creates a row.
    public init(
        metric: String, label: String, unit: Unit, from: Point, to: Point, change: Double, changePercent: Double?,
        changeBound: ChangeBound, wording: String, conflicts: [Conflict]
    ) {
        self.metric = metric
        self.label = label
        self.unit = unit
        self.from = from
        self.to = to
        self.change = change
        self.changePercent = changePercent
        self.changeBound = changeBound
        self.wording = wording
        self.conflicts = conflicts
    }
}
