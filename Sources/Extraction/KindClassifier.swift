import BriefingModel

/// Decides whether a figure is an observation, a target (aim, goal, plan, pledge) or a projection (forecast,
/// expectation) from cue words near it in its clause.
struct KindClassifier {
    let tokens: [Token]

    private static let targetCues = Lexicon.keys([
        "aim", "aims", "aimed", "aiming", "goal", "goals", "target", "targets", "targeted", "targeting", "pledge",
        "pledged", "pledges", "pledging", "plan", "plans", "planned", "planning", "commit", "commits", "committed",
        "commitment", "commitments", "intend", "intends", "intended", "seek", "seeks", "objective", "objectives",
        "ambition", "aspire", "aspires", "promised", "promise", "promises", "vowed", "vow", "vows", "want", "wants",
        "hope", "hopes",
    ])
    private static let projectionCues = Lexicon.keys([
        "expected", "expects", "expect", "expecting", "forecast", "forecasts", "forecasted", "projected",
        "projection", "projections", "predict", "predicted", "predicts", "prediction", "anticipated",
        "anticipate", "anticipates", "likely", "outlook", "estimates", "poised",
    ])
    /// Cues that still mark a figure when they follow it ("the USD 30 billion that Tokyo pledged").
    private static let trailingCues = Lexicon.keys([
        "target", "targeted", "goal", "pledged", "committed", "promised", "planned", "forecast", "expected",
        "projected", "predicted", "anticipated", "envisaged", "sought",
    ])
    private static let modalCues = Lexicon.keys(["will", "could", "would", "might", "should", "may", "shall"])
    /// Verbs of giving money: after "will" or "would" they make a commitment, not a forecast ("Toyota said it would
    /// invest $912 million", "Japan will provide ¥1 trillion"); "the plant will create 4,000 jobs" stays a forecast.
    private static let commitmentVerbs = Lexicon.keys([
        "invest", "spend", "provide", "contribute", "donate", "fund", "allocate", "lend", "grant", "give", "disburse",
    ])
    private static let committingModals = Lexicon.keys(["will", "would", "shall"])

    /// Every cue word of any kind; the tokenizer marks them `WordClass.kindCue` so other words cost one bit test.
    static var allCues: [UInt64] {
        targetCues.allKeys + projectionCues.allKeys + trailingCues.allKeys + modalCues.allKeys
    }

    /// The kind of a quantity at `qStart..<qEnd` within its clause `cs..<ce`.
    func kind(qStart: Int, qEnd: Int, cs: Int, ce: Int) -> Kind {
        var best: (Kind, Int)?
        var i = max(cs, qStart - 16)
        let limit = min(ce, qEnd + 12)
        while i < limit {
            let t = tokens[i]
            if i >= qEnd, t.isSymbol(",") || t.isSymbol(";") || t.isSymbol(":") { break }
            // A word that is no cue decides nothing, before or after the figure.
            if t.isWord, !t.wordClass.contains(.kindCue) {
                i += 1
                continue
            }
            if t.isWord, i >= qEnd, !Self.trailingCues.contains(t.key) || i - qEnd > 6 {
                i += 1
                continue
            }
            if t.isWord, i < qStart || i >= qEnd {
                let distance = i < qStart ? qStart - i : i - qEnd + 1
                var found: Kind?
                if Self.targetCues.contains(t.key) {
                    found = .target
                } else if Self.projectionCues.contains(t.key), !isStatisticsNoun(i) {
                    found = .projection
                } else if Self.modalCues.contains(t.key), i < qStart, distance <= 6 {
                    found = commitsMoney(afterModal: i, before: qStart) ? .target : .projection
                }
                if let f = found, best == nil || distance < best!.1 { best = (f, distance) }
            }
            i += 1
        }
        return best?.0 ?? .observation
    }

    /// Words after "estimates" that make it the noun of published statistics ("JNTO estimates show 2.7 million
    /// visitors"), not a verb of forecasting ("Keidanren estimates that tariffs could cut …").
    private static let statisticsFollowers = Lexicon.keys([
        "show", "shows", "showed", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "put",
        "released", "published", "of", "from", "for", "by",
    ])
    private static let estimatesKey = WordKey.of("estimates")

    /// True for "estimates" used as a noun of statistics.
    private func isStatisticsNoun(_ i: Int) -> Bool {
        tokens[i].key == Self.estimatesKey && i + 1 < tokens.count && tokens[i + 1].isWord
            && Self.statisticsFollowers.contains(tokens[i + 1].key)
    }

    /// True when the modal at `i` is "will", "would" or "shall" followed by a verb of giving money (an adverb may
    /// come between: "will also provide").
    private func commitsMoney(afterModal i: Int, before end: Int) -> Bool {
        guard Self.committingModals.contains(tokens[i].key) else { return false }
        var k = i + 1
        while k < min(end, i + 3) {
            if tokens[k].isWord, Self.commitmentVerbs.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }
}
