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
    /// Modals, with the contracted "'ll" ("we'll double that number").
    private static let modalCues = Lexicon.keys(["will", "could", "would", "might", "should", "may", "shall", "ll"])
    /// Verbs of giving money: after "will" or "would" they make a commitment, not a forecast ("Toyota said it would
    /// invest $912 million", "Japan will provide ¥1 trillion"); "the plant will create 4,000 jobs" stays a forecast.
    private static let commitmentVerbs = Lexicon.keys([
        "invest", "spend", "provide", "contribute", "donate", "fund", "allocate", "lend", "grant", "give", "disburse",
    ])
    private static let committingModals = Lexicon.keys(["will", "would", "shall", "ll"])

    /// Every cue word of any kind; the tokenizer marks them `WordClass.kindCue` so other words cost one bit test.
    static var allCues: [UInt64] {
        targetCues.allKeys + projectionCues.allKeys + trailingCues.allKeys + modalCues.allKeys
    }

    /// Words that join a new statement: a cue before the figure ahead of them does not reach past them ("aims to
    /// attract 60 million visitors and exports reached $5 billion").
    private static let coordinators = Lexicon.keys(["and", "but", "while", "whereas", "yet"])

    /// The kind of a quantity at `qStart..<qEnd` within its clause `cs..<ce`; `previousEnd` is where the figure before
    /// it in the clause ends, if any.
    func kind(qStart: Int, qEnd: Int, cs: Int, ce: Int, previousEnd: Int? = nil) -> Kind {
        var best: (Kind, Int)?
        var i = max(cs, qStart - 16)
        // Cues before the figure ahead stop at a coordinator between the two figures ("aims to attract 60 million
        // visitors and exports reached $5 billion"), unless it comes right before this one ("pledged $5 billion and
        // $3 billion more"), which opens no statement of its own.
        if let previousEnd, previousEnd > i, previousEnd + 1 < qStart,
           tokens[previousEnd..<(qStart - 1)].contains(where: { $0.isWord && Self.coordinators.contains($0.key) })
        {
            i = previousEnd
        }
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

    /// Base-form verbs that continue an aim or a forecast after "and": "aims to attract 60 million visitors by 2030
    /// and lift spending to ¥15 trillion", "is expected to reach 5 million and grow to 6 million".
    private static let coordinatedVerbs = Lexicon.keys([
        "lift", "raise", "increase", "boost", "expand", "double", "triple", "halve", "grow", "reach", "bring", "cut",
        "reduce", "lower", "create", "attract", "achieve", "add", "hire", "train", "welcome", "host", "send",
        "invest", "spend", "provide", "contribute", "fund", "allocate", "lend", "deploy", "build", "open", "secure",
        "mobilize", "mobilise", "generate", "deliver", "support", "exceed", "top", "hit", "climb", "rise", "fall",
        "decline", "drop", "employ", "recruit", "enroll", "enrol", "award", "offer",
        "lifting", "raising", "increasing", "boosting", "expanding", "doubling", "tripling", "halving", "growing",
        "reaching", "bringing", "cutting", "reducing", "lowering", "creating", "attracting", "achieving", "adding",
        "hiring", "training", "welcoming", "hosting", "sending", "investing", "spending", "providing", "contributing",
        "funding", "allocating", "lending", "deploying", "building", "opening", "securing", "mobilizing",
        "mobilising", "generating", "delivering", "supporting", "exceeding", "topping", "employing", "recruiting",
        "enrolling", "awarding", "offering",
    ])
    private static let linkWords = Lexicon.keys(["also", "to", "then", "further", "more", "nearly", "almost"])

    /// True when the figure at `qStart` continues the aim or forecast of the figure before it that ends at `previousEnd`:
    /// an "and" joins them in one clause, either right before the figure ("pledged $5 billion and $3 billion more") or
    /// before a verb ("aims to attract 60 million visitors by 2030 and lift spending to ¥15 trillion", "a goal of
    /// sending 500,000 students abroad and hosting 400,000").
    func continuesKind(from previousEnd: Int, to qStart: Int) -> Bool {
        guard previousEnd < qStart, qStart - previousEnd <= 16 else { return false }
        var and: Int?
        for i in previousEnd..<qStart {
            let t = tokens[i]
            if t.isSymbol(";") || t.isSymbol(":") || t.isSymbol("(") || t.isSymbol(")") { return false }
            if t.isWord, t.key == CommonWord.and { and = i }
        }
        guard let and else { return false }
        if and + 1 == qStart { return true }
        var k = and + 1
        while k < qStart, tokens[k].isWord, Self.linkWords.contains(tokens[k].key) { k += 1 }
        return k < qStart && tokens[k].isWord && Self.coordinatedVerbs.contains(tokens[k].key)
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
