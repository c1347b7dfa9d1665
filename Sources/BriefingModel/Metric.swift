/// A measure followed across documents and years: a catalog entry or a derived key.
public struct Metric: Codable, Sendable, Hashable {
    /// Catalog id (`jet_alumni_us`) or derived key.
    public var id: String
    /// Human label ("U.S. alumni of the JET Program").
    public var label: String
    /// The unit values of this metric are in.
    public var unit: Unit
    /// The policy area.
    public var category: Category
    /// True when the metric tracks a target rather than observations.
    public var isTarget: Bool
    /// True when the metric comes from the catalog, false for a derived key.
    public var fromCatalog: Bool

    /// Creates a metric.
    public init(id: String, label: String, unit: Unit, category: Category, isTarget: Bool = false, fromCatalog: Bool = true) {
        self.id = id
        self.label = label
        self.unit = unit
        self.category = category
        self.isTarget = isTarget
        self.fromCatalog = fromCatalog
    }
}
