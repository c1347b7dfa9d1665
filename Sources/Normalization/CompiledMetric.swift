import BriefingModel

/// A catalog metric with its keyword entries parsed once, ready to score facts.
struct CompiledMetric: Sendable {
    let metric: CatalogMetric
    let must: [KeywordPattern]
    let may: [KeywordPattern]
    let mustNot: [KeywordPattern]
    let nouns: [KeywordPattern]

    init(_ metric: CatalogMetric) {
        self.metric = metric
        must = metric.must.map(KeywordPattern.init)
        may = metric.may.map(KeywordPattern.init)
        mustNot = metric.mustNot.map(KeywordPattern.init)
        nouns = metric.nouns.map(KeywordPattern.init)
    }

    /// A score when the fact fits this metric (higher is better), nil when it does not.
    /// `words` are the figure's own; `borrowed` come from clauses it refers to and count for `must` and `may` only.
    func score(_ fact: Fact, words: [String], borrowed: [String]) -> Int? {
        guard fact.unit == metric.unit, (fact.kind == .target) == metric.isTarget else { return nil }
        guard !mustNot.contains(where: { $0.matches(words) }) else { return nil }
        var score = 0
        for pattern in must {
            if pattern.matches(words) { score += 10 } else if pattern.matches(borrowed) { score += 6 } else { return nil }
        }
        let nounHit = nouns.contains { $0.matches(words) }
        if !nouns.isEmpty, !nounHit { return nil }
        score += 2 * may.filter { $0.matches(words) || $0.matches(borrowed) }.count
        if nounHit { score += 3 }
        if fact.category == metric.category { score += 1 }
        return score
    }
}
