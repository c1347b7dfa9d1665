import BriefingModel

/// What applying overrides did to a run's facts.
public struct OverrideResult: Sendable {
    /// The facts kept, corrections applied.
    public var facts: [Fact]
    /// For every touched fact id, the note to store with it (the analyst's note and what was corrected).
    public var notes: [String: String]
    /// Ids of rejected facts.
    public var rejected: [String]
    /// Overrides whose fact no longer exists (the document changed or the figure disappeared).
    public var stale: [Override]
}
