/// One analyst decision about one fact, by fact id: reject it, correct its value, year or metric, or note it.
public struct Override: Sendable, Hashable {
    /// The fact id (`Fact.stableID`).
    public var fact: String
    /// True to drop the fact from outputs.
    public var reject: Bool
    /// Corrected value.
    public var value: Double?
    /// Corrected year.
    public var year: Int?
    /// Corrected metric id or key.
    public var metric: String?
    /// The analyst's note.
    public var note: String?
    /// Line of the entry in the overrides file, for reports.
    public var line: Int?

    /// Creates an override.
    public init(fact: String, reject: Bool = false, value: Double? = nil, year: Int? = nil, metric: String? = nil,
                note: String? = nil, line: Int? = nil) {
        self.fact = fact
        self.reject = reject
        self.value = value
        self.year = year
        self.metric = metric
        self.note = note
        self.line = line
    }
}
