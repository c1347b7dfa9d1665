import FactStore

/// What a run did, for the closing lines of `briefing run` and the schedule log.
public struct RunSummary: Sendable {
    /// The store's run number.
    public var runID: Int64
    /// Documents read.
    public var documents: Int
    /// Documents extracted this time.
    public var extracted: Int
    /// Documents whose facts were kept from the previous run.
    public var reused: Int
    /// Facts stored.
    public var facts: Int
    /// Facts added, removed and changed since the previous run (nil for the first run).
    public var changes: RunChanges?
    /// Metrics that got a value they did not have before.
    public var metricsWithNewValues: [String]
    /// Files written.
    public var outputs: [String]
    /// Warnings raised on the way.
    public var warnings: [String]
    /// True when nothing changed since the previous run, so nothing was recorded or written.
    public var upToDate: Bool

    /// One line per fact of the summary, as printed at the end of a run.
    public var lines: [String] {
        if upToDate {
            return ["nothing changed since run \(runID) (\(documents) documents, \(facts) facts): outputs are up to date"]
        }
        var lines = ["run \(runID): \(documents) documents (\(extracted) extracted, \(reused) unchanged), \(facts) facts"]
        if let changes {
            lines.append("since run \(changes.from): \(changes.added.count) facts added, \(changes.changed.count) changed, \(changes.removed.count) removed")
        }
        if !metricsWithNewValues.isEmpty {
            lines.append("metrics with new values: " + metricsWithNewValues.joined(separator: ", "))
        }
        lines += outputs.map { "wrote \($0)" }
        return lines
    }
}
