import BriefingModel

/// A fact as kept in the store: the extract contract plus what only the store knows.
public struct StoredFact: Codable, Sendable, Hashable {
    /// The fact, with overrides already applied.
    public var fact: Fact
    /// The run that recorded it.
    public var runID: Int64
    /// The analyst's note or correction summary when an override touched this fact; nil otherwise.
    public var overrideNote: String?

    /// True when an override changed or annotated this fact.
    public var isOverridden: Bool { overrideNote != nil }

    /// Creates a stored fact.
    public init(fact: Fact, runID: Int64, overrideNote: String? = nil) {
        self.fact = fact
        self.runID = runID
        self.overrideNote = overrideNote
    }
}
