import BriefingModel

/// Sets each fact's `metric`: a catalog metric id when the catalog recognises the figure, else a derived key.
/// Regional and partial figures ("1,500 former JET participants in the region", "61 of the 450") never join a
/// catalog series; targets never join observations (projections get `<id>@projection`); a currency conversion
/// gets its original's key with `@<unit>`.
public struct MetricLinker: Sendable {
    /// The catalog used.
    public let catalog: MetricCatalog
    /// Two values of one series further apart than this factor are split (count and money series only).
    public var outlierRatio: Double = 3.5

    /// Creates a linker.
    public init(catalog: MetricCatalog = .builtIn) {
        self.catalog = catalog
    }

    /// Links the facts of one document (no cross-document checks).
    public func link(_ facts: [Fact], in document: Document) -> [Fact] {
        let contexts = FactContext.build(facts)
        return assign(facts, contexts: contexts).facts
    }

    /// Links facts of many documents, then splits off values that cannot belong to the same series as the rest
    /// (a regional count an order of magnitude below the national ones). Use this for a whole run.
    public func link(_ facts: [Fact]) -> [Fact] {
        let contexts = FactContext.build(facts)
        let (linked, derived) = assign(facts, contexts: contexts)
        return splitOutliers(linked, derived: derived)
    }

    /// The `Metric` descriptors for the ids and keys used by `facts` (catalog label, or the key itself).
    public func metrics(for facts: [Fact]) -> [Metric] {
        var seen = Set<String>()
        return facts.compactMap { fact in
            guard let id = fact.metric, seen.insert(id).inserted else { return nil }
            let base = String(id.split(separator: "@").first ?? Substring(id))
            if let entry = catalog.metric(id: base) {
                var metric = entry.metric
                metric.id = id
                if base != id { metric.label += " (\(id.dropFirst(base.count + 1)))" }
                metric.unit = fact.unit
                return metric
            }
            return Metric(id: id, label: id, unit: fact.unit, category: fact.category, isTarget: fact.kind == .target,
                          fromCatalog: false)
        }
    }

    /// The catalog metric a fact fits best, nil when none.
    func catalogMatch(_ fact: Fact, context: FactContext) -> CatalogMetric? {
        let words = context.wordList, borrowed = context.borrowedList
        if context.isSubset || catalog.subset.contains(where: { $0.matches(words) }) { return nil }
        if catalog.subnational.contains(where: { $0.matches(words) }) { return nil }
        var best: (score: Int, metric: CatalogMetric)?
        for candidate in catalog.compiled {
            guard let score = candidate.score(fact, words: words, borrowed: borrowed) else { continue }
            if best == nil || score > (best?.score ?? 0) { best = (score, candidate.metric) }
        }
        return best?.metric
    }

    private func assign(_ facts: [Fact], contexts: [FactContext]) -> (facts: [Fact], derived: [String]) {
        var linked = facts
        let matches = ParallelChunks.map(facts.indices) { index -> (derived: String, metric: String?) in
            let fact = facts[index], context = contexts[index]
            let own = DerivedMetricKey.make(fact, context: context)
            if context.conversionOf != nil { return (own, nil) }
            if let metric = catalogMatch(fact, context: context) {
                return (own, fact.kind == .projection ? metric.id + "@projection" : metric.id)
            }
            return (own, own)
        }
        let derived = matches.map(\.derived)
        for index in facts.indices where contexts[index].conversionOf == nil {
            linked[index].metric = matches[index].metric
        }
        for index in facts.indices {
            guard let original = contexts[index].conversionOf else { continue }
            linked[index].metric = (linked[original].metric ?? derived[original]) + "@" + facts[index].unit.rawValue
        }
        return (linked, derived)
    }

    /// Within each key, clusters values whose neighbours are within `outlierRatio`; the cluster backed by most
    /// documents keeps the key, the others fall back to a key of their own document.
    private func splitOutliers(_ facts: [Fact], derived: [String]) -> [Fact] {
        var result = facts
        let groups = Dictionary(grouping: facts.indices.filter { facts[$0].metric != nil }) { facts[$0].metric ?? "" }
        for indices in groups.values where indices.count > 1 {
            let unit = facts[indices[0]].unit
            guard !unit.isPercent, unit != .times, unit != .rank else { continue }
            let sorted = indices.sorted { facts[$0].value < facts[$1].value }
            var clusters: [[Int]] = [[sorted[0]]]
            for (previous, current) in zip(sorted, sorted.dropFirst()) {
                let low = abs(facts[previous].value), high = abs(facts[current].value)
                if low > 0, high / low > outlierRatio { clusters.append([current]) } else { clusters[clusters.count - 1].append(current) }
            }
            guard clusters.count > 1 else { continue }
            func strength(_ cluster: [Int]) -> (Int, Int, Double) {
                (Set(cluster.map { facts[$0].document }).count, cluster.count, facts[cluster[cluster.count - 1]].value)
            }
            let main = clusters.max { strength($0) < strength($1) } ?? []
            for cluster in clusters where cluster != main {
                for index in cluster {
                    let own = derived[index]
                    result[index].metric = own.contains("#") ? own : own + "#" + facts[index].document
                }
            }
        }
        return result
    }
}
