import FactStore

/// Condenses run-to-run changes for the closing lines of a run.
enum RunChangeSummary {
    /// Metrics that have a fact now that they did not have before (added, or changed in value), sorted.
    static func metricsWithNewValues(_ changes: RunChanges?) -> [String] {
        guard let changes else { return [] }
        let touched = changes.added.compactMap(\.metric)
            + changes.changed.filter { $0.fields.contains("value") }.compactMap(\.after.metric)
        return Array(Set(touched)).sorted()
    }
}
