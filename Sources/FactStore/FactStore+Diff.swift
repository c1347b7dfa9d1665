import BriefingModel
import GRDB

extension FactStore {
    /// One row per metric with values in two or more years, from the facts of a run (default: the latest
    /// successful one); `from`/`to` limit the years, `metric` picks one metric.
    public func diff(from: Int? = nil, to: Int? = nil, metric: String? = nil, run: Int64? = nil) throws -> [MetricDiff] {
        try Self.diff(facts(run: run).map(\.fact), documents: documents(run: run), metrics: metrics(),
                      from: from, to: to, metric: metric)
    }

    /// The same rows from facts, documents and metrics already read, for callers that hold them (reading a
    /// large run's facts twice costs more than the diff).
    public static func diff(_ facts: [Fact], documents: [Document], metrics: [String: Metric],
                            from: Int? = nil, to: Int? = nil, metric: String? = nil) -> [MetricDiff] {
        let dates = Dictionary(documents.compactMap { doc in doc.date.map { (doc.id, $0) } }, uniquingKeysWith: { a, _ in a })
        return DiffBuilder(labels: metrics.mapValues(\.label), documentDates: dates).diff(facts, from: from, to: to, metric: metric)
    }

    /// A metric's series in a run (default: the latest successful one), by year, with each value's source.
    public func history(metric: String, run: Int64? = nil) throws -> [HistoryPoint] {
        let documents = Dictionary(try documents(run: run).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try facts(run: run).filter { $0.fact.metric == metric }.map { stored in
            let document = documents[stored.fact.document]
            return HistoryPoint(year: stored.fact.year, fact: stored.fact, documentTitle: document?.title,
                                documentLocation: document?.location ?? stored.fact.document,
                                documentDate: document?.date, overrideNote: stored.overrideNote)
        }.sorted { ($0.year ?? Int.min, $0.fact.document, $0.fact.start) < ($1.year ?? Int.min, $1.fact.document, $1.fact.start) }
    }

    /// Facts added, removed and changed between two runs; by default the last two successful runs.
    /// Returns nil when the store has fewer than two successful runs and none are named.
    public func changes(between older: Int64? = nil, and newer: Int64? = nil) throws -> RunChanges? {
        var from = older, to = newer
        if from == nil || to == nil {
            let succeeded = try runs().filter { $0.run.status == .succeeded }.map(\.run.id)
            if to == nil { to = succeeded.last }
            if from == nil, let to { from = succeeded.last { $0 < to } }
        }
        guard let from, let to else { return nil }
        let before = try facts(run: from).map(\.fact), after = try facts(run: to).map(\.fact)
        return RunChanges.compare(before, after, from: from, to: to)
    }
}
