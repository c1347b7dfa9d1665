import BriefingModel

/// The key of a fact that matches no catalog metric: unit, kind, counted noun and the few topic words nearest
/// the figure, with synonyms folded, so the same figure worded differently in two documents gets the same key.
/// Example: "Arrivals in 2024 rose 47.1%" and "Arrivals in 2024 were up 47.1 pct" both give `~percent:growth_visitor`.
enum DerivedMetricKey {
    /// How many topic words a key keeps.
    static let wordCount = 3

    static func make(_ fact: Fact, context: FactContext) -> String {
        var seen = Set<String>()
        let noun = fact.noun.map { Vocabulary.canonical($0.lowercased()) }
        let topic = (context.words + context.borrowed.map { ($0.word, $0.distance + 100) })
            .filter { !Vocabulary.isFunctionWord($0.word) && !$0.word.allSatisfy(\.isNumber) }
            .sorted { $0.distance < $1.distance }
            .map { Vocabulary.canonical($0.word) }
            .filter { $0 != noun && seen.insert($0).inserted }
            .prefix(wordCount)
            .sorted()
        var key = "~" + fact.unit.rawValue
        if fact.kind != .observation { key += "@" + fact.kind.rawValue }
        key += ":" + (noun.map { $0 + ":" } ?? "") + topic.joined(separator: "_")
        // Too little to tell one measure from another: keep the key to this document.
        if topic.count + (noun == nil ? 0 : 1) < 2 { key += "#" + fact.document }
        return key
    }
}
