import BriefingModel

/// One metric of the catalog: what it is called and measured in, and the rules that recognise its facts.
public struct CatalogMetric: Sendable, Hashable {
    /// Stable id, e.g. `jet_alumni_us`.
    public var id: String
    /// Human label, e.g. "U.S. alumni of the JET Program".
    public var label: String
    /// The unit every value of the metric is in.
    public var unit: BriefingModel.Unit
    /// The policy area.
    public var category: Category
    /// True for aims and pledges; target metrics only take target facts, the others never do.
    public var isTarget: Bool
    /// Keyword entries that must all occur in the figure's own clause (each may list `a|b` alternatives).
    public var must: [String]
    /// Keyword entries that make a match more likely.
    public var may: [String]
    /// Keyword entries that rule a match out.
    public var mustNot: [String]
    /// Counted nouns of which one must occur (count metrics).
    public var nouns: [String]

    /// Creates a catalog metric.
    public init(
        id: String, label: String, unit: BriefingModel.Unit, category: Category, isTarget: Bool = false,
        must: [String] = [], may: [String] = [], mustNot: [String] = [], nouns: [String] = []
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.category = category
        self.isTarget = isTarget
        self.must = must
        self.may = may
        self.mustNot = mustNot
        self.nouns = nouns
    }

    /// The model value stored with facts.
    public var metric: Metric {
        Metric(id: id, label: label, unit: unit, category: category, isTarget: isTarget, fromCatalog: true)
    }
}
