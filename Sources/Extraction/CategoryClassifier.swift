import BriefingModel

/// Decides the policy area of a fact from its counted noun, then from cue words near it in the sentence
/// (closer cues weigh more), then from the surrounding sentences of the paragraph.
struct CategoryClassifier {
    let tokens: [Token]
    // The tables read for every cue word of a fact's sentence, held here: each read of a static goes through a
    // lazy initialisation check.
    private let cueTable = CategoryClassifier.cues
    private let weakCues = CategoryClassifier.surveyWeakCues
    private let who = CategoryClassifier.whoKey

    init(tokens: [Token]) { self.tokens = tokens }

    /// Counted nouns that settle the category by themselves.
    static let nouns: KeyMap<Category> = KeyMap(nounTable)

    private static let nounTable: [UInt64: Category] = {
        var d: [UInt64: Category] = [:]
        func add(_ words: [String], _ c: Category) { for w in words { d[WordKey.of(w)] = c } }
        add(["visitors", "visitor", "visits", "arrivals", "travelers", "travellers", "tourists", "trips",
             "passengers", "holidaymakers", "sightseers", "overnights", "tourist", "stays", "departures"], .tourism)
        add(["jobs", "workers", "employees", "job", "positions", "hires", "workforce", "employers"], .employment)
        add(["students", "alumni", "participants", "members", "teachers", "scholars", "grantees", "fellows",
             "delegates", "delegations", "staffers", "legislators", "officials", "leaders", "attendees", "guests",
             "chapters", "cities", "partnerships", "affiliations", "partners", "scholarships", "exchanges",
             "volunteers", "interns", "trainees", "researchers", "lawmakers", "parliamentarians", "speakers",
             "panelists", "educators", "alumnus", "universities", "schools", "programs", "programmes",
             "fellowships", "exchangees", "ambassadors", "diplomats", "journalists", "mayors", "governors",
             "societies", "sessions", "venues", "legislator", "staff", "participant"], .exchange)
        add(["troops", "personnel", "soldiers", "sailors", "marines", "airmen", "bases", "servicemembers",
             "warships", "missiles", "destroyers", "submarines", "fighters", "jets"], .security)
        add(["plants", "factories", "firms", "companies", "affiliates", "subsidiaries", "projects", "investors",
             "manufacturers", "businesses", "enterprises", "corporations", "factory", "plant"], .investment)
        add(["respondents", "interviewees", "voters"], .survey)
        add(["offices", "page", "pages", "tickets", "steps", "titles", "branches", "employees"], .other)
        d[WordKey.of("employees")] = .employment
        return d
    }()

    /// Cue words with their strength (3 strong, 1 weak).
    static let cues: PhraseTable<(Category, Double)> = {
        var p: [(String, (Category, Double))] = []
        func add(_ words: [String], _ c: Category, _ w: Double) { for x in words { p.append((x, (c, w))) } }
        add(["survey", "surveys", "surveyed", "poll", "polls", "polled", "respondents", "respondent", "pollster",
             "questionnaire"], .survey, 3)
        add(["opinion", "favorable", "favorably", "unfavorable", "favorability"], .survey, 2)
        add(["trade", "exports", "export", "exported", "imports", "import", "imported", "deficit", "surplus",
             "tariff", "tariffs", "goods", "trading", "customs", "duties", "shipments", "exporter", "exporters",
             "levy", "levies",
             "importer", "agricultural", "autos", "trade deficit"], .trade, 3)
        add(["buy", "buys", "bought", "buyer", "buyers", "purchase", "purchases", "purchased"], .trade, 2)
        add(["investment", "investments", "invest", "invested", "investing", "investor", "investors", "fdi",
             "direct investment", "stake", "acquisition", "acquisitions", "invests"], .investment, 3)
        add(["firms", "companies", "manufacturing", "projects", "plants", "factory", "factories", "affiliates",
             "capital", "affiliated"], .investment, 1)
        add(["employ", "employed", "employs", "employing", "employment", "jobs", "job", "workers", "workforce",
             "hire", "hired", "hiring", "employees", "payroll", "employer", "employers", "unemployment"],
            .employment, 3)
        add(["exchange", "exchanges", "jet", "fulbright", "students", "student", "alumni", "scholarship",
             "scholarships", "study", "studying", "taught", "teaching", "sister", "sister-city", "sister city",
             "delegation", "delegations", "dialogue", "grantees", "culcon", "fellowship", "fellows", "enrolled",
             "people-to-people", "people to people", "homestay", "internship", "interns", "educational",
             "universities", "colleges", "academic"], .exchange, 3)
        add(["participants", "program", "programme", "festival", "legislators",
             "congressional", "seminar", "forum", "symposium", "conference", "society", "culture", "cultural",
             "attendees"], .exchange, 1)
        add(["tourism", "tourist", "tourists", "visitor", "visitors", "visits", "arrivals", "travel", "traveled",
             "travelled", "travelers", "travellers", "trips", "inbound", "outbound", "hotel", "hotels", "airline",
             "stays", "sightseeing", "tourism year", "overnight", "departures", "departure"], .tourism, 3)
        // "1.1 million Americans visited Japan"; a delegation or students that visited stay an exchange.
        add(["visited", "visiting"], .tourism, 1)
        add(["security", "defense", "defence", "military", "troops", "forces", "bases", "base", "deterrence",
             "okinawa", "host-nation", "host nation", "personnel", "missile", "missiles", "navy", "army",
             "alliance burden", "burden-sharing", "training area", "marine", "marines", "nuclear", "weapons",
             "deployment", "deployed", "stationed", "garrison"], .security, 3)
        add(["alliance", "treaty", "land", "training"], .security, 1)
        add(["oda", "development assistance", "official development assistance", "assistance", "aid", "donor",
             "donors", "contribution", "contributions", "contributor", "gross national income", "ticad",
             "humanitarian", "relief", "grant aid", "concessional", "africa", "unicef", "world bank",
             "developing countries", "developing country", "technical cooperation", "jica"], .aid, 3)
        // "food security" and the like are not defence: matched whole so "security" alone does not count.
        add(["food security", "energy security", "economic security", "human security", "health security"],
            .other, 0)
        add(["pledged", "pledge", "grant", "grants"], .aid, 1)
        add(["costs", "cost", "price", "prices", "fee", "fees", "membership", "admission", "ticket", "tickets",
             "registration", "members", "non-members", "subscription", "tuition"], .other, 2)
        return PhraseTable(p)
    }()

    static let opinionCues = Lexicon.keys(["favorable", "favorably", "unfavorable", "favorability", "opinion",
                                           "respondents", "adults", "public", "majority", "minority", "oppose",
                                           "support", "favor", "agree", "disagree", "view", "views", "say", "says"])

    static let surveyWeakCues = Lexicon.keys(["say", "says", "said", "view", "views", "rated", "oppose",
                                              "opposed", "support", "supported", "trust", "agree", "agreed",
                                              "believe", "think", "thought", "feel", "consider", "favor",
                                              "favour", "approve", "disapprove", "dependable", "ally", "public",
                                              "americans", "japanese", "adults", "hold", "name", "worry"])

    /// Where a quantity stands for `scores`: the quantity spans `qStart..<qEnd` in sentence `s..<e`, and
    /// `clauseStart..<clauseEnd` is its clause (weighted more).
    struct ScoreSpan {
        let s: Int
        let e: Int
        let qStart: Int
        let qEnd: Int
        let clauseStart: Int
        let clauseEnd: Int
        let percentLike: Bool
        let moneyLike: Bool
    }

    /// Sentence-level scores per category for a quantity spanning `qStart..<qEnd` in sentence `s..<e`;
    /// `clauseStart..<clauseEnd` is the clause of the quantity (weighted more).
    func scores(s: Int, e: Int, qStart: Int, qEnd: Int, clauseStart: Int, clauseEnd: Int,
                percentLike: Bool, moneyLike: Bool) -> CategoryScores
    {
        let span = ScoreSpan(s: s, e: e, qStart: qStart, qEnd: qEnd, clauseStart: clauseStart, clauseEnd: clauseEnd,
                             percentLike: percentLike, moneyLike: moneyLike)
        var out = CategoryScores()
        var i = s
        let scored = WordClass([.cue, .weakSurvey]).rawValue
        while i < e {
            // Most words are no cue: skip them reading only the class byte (the bits are set for words only).
            i = tokens.withUnsafeBufferPointer { t in
                var k = i
                while k < e, t[k].wordClass.rawValue & scored == 0 { k += 1 }
                return k
            }
            guard i < e else { break }
            i = score(at: i, span, into: &out)
        }
        return out
    }

    /// The index in `classed` of the first token at or after `start` (a binary search).
    static func firstClassed(_ classed: UnsafeBufferPointer<Int32>, atOrAfter start: Int) -> Int {
        var low = 0
        var high = classed.count
        while low < high {
            let middle = (low + high) / 2
            if Int(classed[middle]) < start { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Adds what the cue word at `i` (a token with a cue or weak-survey class) says to `out`; returns the index
    /// after it, or after the cue phrase it opens.
    @inline(__always)
    private func score(at i: Int, _ span: ScoreSpan, into out: inout CategoryScores) -> Int {
        let outsideClause = i < span.clauseStart || i >= span.clauseEnd
        // "WHO" (the World Health Organization) in capitals only; "who" is a pronoun.
        if tokens[i].key == who, tokens[i].flags.contains(.allCaps), tokens[i].length == 3 {
            let distance = Double(i < span.qStart ? span.qStart - i - 1 : max(0, i - span.qEnd))
            out[.aid] += 3 / (1 + distance / 3) * (outsideClause ? 0.3 : 1)
            return i + 1
        }
        if let hit = cueTable.matchForward(tokens, at: i, limit: span.e) {
            let (category, strength) = hit.value
            let distance = Double(i < span.qStart ? span.qStart - hit.end : max(0, i - span.qEnd))
            var weight = strength / (1 + distance / 3)
            // A price word inside a compound modifier ("historical-cost basis") names no price.
            if category == .other, i > span.s, tokens[i - 1].isSymbol("-"), !tokens[i - 1].spaceBefore {
                weight *= 0.2
            }
            if outsideClause { weight *= 0.3 }
            // Prices ("Members $65", "membership costs 75 USD") are "other" only for sums of money.
            if category != .other || span.moneyLike { out[category] += weight }
            return hit.end
        }
        if span.percentLike, weakCues.contains(tokens[i].key) {
            let distance = Double(i < span.qStart ? span.qStart - i : max(0, i - span.qEnd))
            var weight = 1 / (1 + distance / 3)
            if outsideClause { weight *= 0.3 }
            out[.survey] += weight
        }
        return i + 1
    }

    private static let whoKey = WordKey.of("who")

    /// The topic of a stretch of text: the category whose cue words (strong 3, weak 1, unweighted by distance)
    /// add up to at least `threshold`, "other" left out.
    func topic(from s: Int, to e: Int, threshold: Double) -> Category? {
        var out = CategoryScores()
        var i = s
        let cues = Self.cues
        // A section topic reads every token of the section; only cue words (a class bit, set for words only) stop
        // the skip loop.
        tokens.withUnsafeBufferPointer { buffer in
            while i < e {
                while i < e, !buffer[i].wordClass.contains(.cue) { i += 1 }
                guard i < e else { break }
                if let hit = cues.matchForward(tokens, at: i, limit: e) {
                    if hit.value.0 != .other { out[hit.value.0] += hit.value.1 }
                    i = hit.end
                    continue
                }
                i += 1
            }
        }
        return out.best(threshold: threshold)
    }

    /// `topic(from:to:threshold:)` reading only the classed tokens (`LineMarks.classified`, in text order): cue
    /// words have a class, so a section's topic need not walk all its tokens.
    func topic(classed: [Int32], from s: Int, to e: Int, threshold: Double) -> Category? {
        var out = CategoryScores()
        let cues = cueTable
        classed.withUnsafeBufferPointer { classed in
            tokens.withUnsafeBufferPointer { t in
                var c = Self.firstClassed(classed, atOrAfter: s)
                // Tokens before `next` belong to a cue phrase already counted.
                var next = s
                while c < classed.count {
                    let i = Int(classed[c])
                    if i >= e { break }
                    c += 1
                    guard t[i].wordClass.contains(.cue), i >= next,
                          let hit = cues.matchForward(tokens, at: i, limit: e) else { continue }
                    if hit.value.0 != .other { out[hit.value.0] += hit.value.1 }
                    next = hit.end
                }
            }
        }
        return out.best(threshold: threshold)
    }

    /// True when a token range holds a strong survey cue (survey, poll, respondents …).
    func hasSurveyCue(from s: Int, to e: Int) -> Bool {
        (s..<e).contains { tokens[$0].wordClass.contains(.survey) }
    }
}
