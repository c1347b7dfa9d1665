/// Finds the years written in a sentence and decides which one dates each quantity (GUIDELINES.md, `year`):
/// a year right after the figure ("963,000 workers … in 2021"), a label ("2021: 71 pct"), a target horizon
/// ("by 2027"), or a framing year before it ("In 2023, …"); never a period start ("since 1952") or a comparison
/// base ("up 6 points from 2021", "above the 2019 level").
struct YearResolver {
    struct Mention {
        var token: Int
        var year: Int
        var base = false
        var horizon = false
        var label = false
        /// Inside double quotes: a title ("Japan's Economy in 2030") dates nothing outside them.
        var quoted = false
        /// In a source named after "according to" ("according to JETRO's 2024 survey"): it dates every figure of
        /// the sentence that no other year dates.
        var attribution = false
    }

    let tokens: [Token]

    private static let fillers = Lexicon.keys(["the", "fiscal", "fy", "year", "calendar", "end", "of", "mid", "early",
                                               "late", "beginning", "start", "first", "second", "half", "quarter",
                                               "academic", "school", "in", "its", "their", "share", "level",
                                               "total", "cy", "jfy"])
    private static let periodStarters = Lexicon.keys(["since", "began", "begun", "started", "founded",
                                                      "established", "launched", "created", "inception", "beginning",
                                                      "starting", "from", "between", "launch", "founding",
                                                      "creation", "establishment", "debut", "inauguration"])
    private static let comparators = Lexicon.keys(["than", "versus", "vs", "against", "above", "below", "compared",
                                                   "relative", "on", "over"])
    private static let levelWords = Lexicon.keys(["level", "levels", "baseline", "total", "figure", "figures", "mark"])
    private static let of = WordKey.of("of")
    private static let levelKey = WordKey.of("level")
    private static let same = WordKey.of("same")
    private static let according = WordKey.of("according")
    private static let asKey = WordKey.of("as")
    private static let percentWords = Lexicon.keys(["percent", "pct", "cent"])
    private static let with = WordKey.of("with")
    private static let to = WordKey.of("to")
    private static let edgeWords = Lexicon.keys(["mid", "early", "late", "end", "pre", "post"])
    /// A record and the verb that set it: "surpassing the record set in 2025", "below the peak reached in 2019".
    private static let recordWords = Lexicon.keys(["record", "peak", "high", "low", "level", "levels", "total",
                                                   "mark", "figure", "highs", "lows", "records"])
    private static let settingVerbs = Lexicon.keys(["set", "reached", "recorded", "hit", "achieved", "posted",
                                                    "seen", "registered", "marked"])
    /// Words before "2012 dollars" that make it the prices of a year: "(in 2012 dollars)", "constant 2015 yen".
    static let priceBaseWords = Lexicon.keys(["in", "constant", "real", "chained", "nominal", "current"])
    static let priceWords = Lexicon.keys(["dollars", "dollar", "yen", "euros", "euro", "pounds", "prices", "terms"])

    /// The year mentions of tokens `s..<e`, reading only the classed tokens (`LineMarks.classified`, in text order):
    /// every number has a class, so the words between them need not be walked. Whether a mention is inside double
    /// quotes is counted only up to the mentions found (the quotes have no class).
    ///
    /// `cursor` is an index into `classed` kept between calls: sentences come in text order, so the first classed
    /// token of this one is found by stepping on from where the last one ended rather than by a binary search.
    func mentions(from s: Int, to e: Int, classed: [Int32], cursor: inout Int) -> [Mention] {
        var out: [Mention] = []
        var quoted = false
        // The quotes before `counted` are counted in `quoted`.
        var counted = s
        var c = cursor
        classed.withUnsafeBufferPointer { classed in
            if c > classed.count || (c > 0 && Int(classed[c - 1]) >= s) {
                c = CategoryClassifier.firstClassed(classed, atOrAfter: s)
            } else {
                while c < classed.count, Int(classed[c]) < s { c += 1 }
            }
            while c < classed.count {
                let i = Int(classed[c])
                if i >= e { break }
                c += 1
                // Only a plain integer of four digits, or of two after a fiscal word, is a year: the rest of the
                // numbers need no call.
                let t = tokens[i]
                guard t.isPlainInteger, t.intDigits == 4 || t.intDigits == 2, var m = mention(at: i, s: s, e: e)
                else { continue }
                countQuotes(from: counted, to: i, quoted: &quoted)
                counted = i
                m.quoted = quoted
                out.append(m)
            }
        }
        cursor = c
        return out
    }

    /// `mentions(from:to:classed:)` the long way, over every token: what the tests compare it with.
    func mentionsByTokens(from s: Int, to e: Int) -> [Mention] {
        var out: [Mention] = []
        var i = s
        var quoted = false
        while i < e {
            i = nextNumber(from: i, to: e, quoted: &quoted)
            guard i < e else { break }
            if var m = mention(at: i, s: s, e: e) {
                m.quoted = quoted
                out.append(m)
            }
            i += 1
        }
        return out
    }

    /// The year mention of the number token at `i` in sentence `s..<e` (its `quoted` left false), or nil.
    private func mention(at i: Int, s: Int, e: Int) -> Mention? {
        let t = tokens[i]
        var year: Int?
        if t.isYearLike, !t.flags.contains(.inLink) {
            year = Int(t.value)
        } else if t.isNumber, t.isPlainInteger, t.intDigits == 2, i > s, tokens[i - 1].isWord,
                  Lexicon.fiscalWords.contains(tokens[i - 1].key)
        {
            year = 2000 + Int(t.value)
        }
        guard let y = year else { return nil }
        // Glued letters: "1990s" (a decade), "2025a"; glued before: "FY2021" is fine, "G2020" is a name.
        if i + 1 < e, tokens[i + 1].isWord, !tokens[i + 1].spaceBefore { return nil }
        if i > s, !t.spaceBefore {
            let p = tokens[i - 1]
            if p.isWord && !Lexicon.fiscalWords.contains(p.key) { return nil }
            if p.isSymbol("-"), i - 2 >= s, tokens[i - 2].isWord, !p.spaceBefore,
               !Self.edgeWords.contains(tokens[i - 2].key) { return nil }
        }
        // Names: "Expo 2025", "TICAD 2019"; "the 2028 Los Angeles Olympics".
        if i > s, tokens[i - 1].isWord, tokens[i - 1].isCapitalized, t.spaceBefore,
           !Lexicon.capitalizedBeforeNumber.contains(tokens[i - 1].key), Lexicon.months[tokens[i - 1].key] == nil,
           !Lexicon.fiscalWords.contains(tokens[i - 1].key), Lexicon.weekdays.contains(tokens[i - 1].key) == false
        {
            return nil
        }
        if i + 1 < e, tokens[i + 1].isWord, tokens[i + 1].isCapitalized, Lexicon.months[tokens[i + 1].key] == nil,
           i > s, tokens[i - 1].isWord, tokens[i - 1].key == CommonWord.the || tokens[i - 1].key == CommonWord.a
        {
            return nil
        }
        // Names of laws and treaties: "the Trade Expansion Act of 1962".
        if i - 2 >= s, tokens[i - 1].isWord, tokens[i - 1].key == Self.of, tokens[i - 2].isWord,
           tokens[i - 2].isCapitalized, Lexicon.months[tokens[i - 2].key] == nil, i - 2 > s
        {
            return nil
        }
        // "(in 2012 dollars)": the prices of a year date nothing.
        if i + 1 < e, tokens[i + 1].isWord, Self.priceWords.contains(tokens[i + 1].key),
           i > s, tokens[i - 1].isWord, Self.priceBaseWords.contains(tokens[i - 1].key)
        {
            return nil
        }
        var m = Mention(token: i, year: y)
        // Label: "2021: 71 pct".
        if i + 2 < e, tokens[i + 1].isSymbol(":"), tokens[i + 2].isNumber { m.label = true }
        // Look behind for period starts, comparison bases and horizons.
        var b = i - 1
        // "on FY2023": the fiscal prefix is part of the year.
        if b >= s, tokens[b].isWord, Lexicon.fiscalWords.contains(tokens[b].key) { b -= 1 }
        var steps = 0
        var sawComma = false
        while b >= s, steps < 6 {
            let p = tokens[b]
            if p.isNumber { break }
            if p.isSymbol(";") || p.isSymbol(":") { break }
            if p.isSymbol(",") { sawComma = true }
            if p.isWord {
                if Self.periodStarters.contains(p.key), !sawComma { m.base = true; break }
                if Self.comparators.contains(p.key), steps <= 3, !sawComma {
                    // "on" and "over" only right before the year ("up 47.1 pct on 2023").
                    let tight = p.key == CommonWord.on || p.key == CommonWord.over
                    if !tight || steps == 0 { m.base = true; break }
                }
                if p.key == Self.of, b - 1 >= s, tokens[b - 1].isWord, tokens[b - 1].key == Self.levelKey {
                    m.base = true
                    break
                }
                // "twice as many as in 2015": the base of a comparison.
                if p.key == Self.asKey, steps == 1, tokens[b + 1].isWord, tokens[b + 1].key == CommonWord.in {
                    m.base = true
                    break
                }
                // "over the same period of 2024", "compared with the same month in 2024": the base of a change.
                if p.key == Self.same, !sawComma { m.base = true; break }
                // "roughly 60 percent of 2019": the level of that year is the base.
                if p.key == Self.of, steps == 0, b - 1 >= s,
                   tokens[b - 1].isSymbol("%") || (tokens[b - 1].isWord && Self.percentWords.contains(tokens[b - 1].key))
                {
                    m.base = true
                    break
                }
                // "according to JETRO's 2024 survey": a source, not a horizon ("to 2030").
                if p.key == Self.according { m.attribution = true; break }
                if p.key == CommonWord.to, b - 1 >= s, tokens[b - 1].isWord, tokens[b - 1].key == Self.according {
                    m.attribution = true
                    break
                }
                // "surpassing the full-year record set in 2025": the year of another figure.
                if Self.settingVerbs.contains(p.key), b - 1 >= s, tokens[b - 1].isWord,
                   Self.recordWords.contains(tokens[b - 1].key)
                {
                    m.base = true
                    break
                }
                if Lexicon.horizonYearWords.contains(p.key) {
                    if steps <= 4 { m.horizon = true }
                    break
                }
                if !Self.fillers.contains(p.key) && steps >= 1 && p.key != CommonWord.in { if steps > 3 { break } }
            }
            b -= 1
            steps += 1
        }
        // "the 2019 level", "the 2023 total".
        var a = i + 1
        if a + 1 < e, tokens[a].isSymbol("/") || tokens[a].isSymbol("-"), tokens[a + 1].isNumber,
           !tokens[a].spaceBefore, !tokens[a + 1].spaceBefore
        {
            a += 2
        }
        if a < e, tokens[a].isWord, Self.levelWords.contains(tokens[a].key) { m.base = true }
        return m
    }

    /// Toggles `quoted` at each double quote among tokens `start..<end`.
    private func countQuotes(from start: Int, to end: Int, quoted: inout Bool) {
        tokens.withUnsafeBufferPointer { t in
            for i in start..<end where t[i].kind == .symbol && t[i].key == 0x22 { quoted.toggle() }
        }
    }

    /// The first number token from `start` on before `e` (else `e`), toggling `quoted` at each double quote passed:
    /// years are numbers, and of the rest only a double quote matters (a title dates nothing outside it). Most
    /// tokens are words, so this loop reads little more than each token's kind.
    private func nextNumber(from start: Int, to e: Int, quoted: inout Bool) -> Int {
        tokens.withUnsafeBufferPointer { t in
            var i = start
            while i < e {
                let kind = t[i].kind
                if kind == .number { break }
                if kind == .symbol, t[i].key == 0x22 { quoted.toggle() }
                i += 1
            }
            return i
        }
    }

    /// Where the first figure after `index` starts (`Int.max` when none). Durations are passed over: one between a
    /// figure and a year does not take the year for itself ("pledged $30 billion over three years at TICAD 8 in
    /// 2022").
    /// True when the change at `index` ("rose 5%", "double") goes on "to" the level it reaches, the next figure
    /// in another unit, with no clause between: not a base ("from 40% to …").
    /// The year written right after a figure ending at `end` ("31.9 million in 2019"), not a horizon.
    static func yearRightAfter(_ end: Int, _ mentions: [Mention]) -> Int? {
        for m in mentions where m.token >= end && m.token <= end + 2 && !m.horizon { return m.year }
        return nil
    }

    /// True when quantity `index` is a change in percent, points or times followed in its clause by "to" and the
    /// level it reaches in another unit ("rose 5% to $7 billion").
    func reachesLevel(_ index: Int, _ quantities: [Quantity]) -> Bool {
        let q = quantities[index]
        guard index + 1 < quantities.count, q.unitKind == .percent || q.unitKind == .points || q.unitKind == .times
        else { return false }
        let next = quantities[index + 1]
        guard next.unit != q.unit, next.start > q.end, next.start - q.end <= 8 else { return false }
        guard tokens[next.start - 1].isWord, tokens[next.start - 1].key == Self.to else { return false }
        if q.start >= 1, tokens[q.start - 1].isWord, Self.baseOpeners.contains(tokens[q.start - 1].key) { return false }
        for g in q.end..<(next.start - 1) where tokens[g].isNumber || tokens[g].isSymbol(",") || opensClause(g) {
            return false
        }
        return true
    }

    private func startOfNextFigure(after index: Int, in quantities: [Quantity]) -> Int {
        var next = index + 1
        while next < quantities.count, quantities[next].unitKind == .duration { next += 1 }
        return next < quantities.count ? quantities[next].start : Int.max
    }

    private static let clauseConjunctions = Lexicon.keys(["and", "but", "while", "whereas"])
    private static let listConnectors = Lexicon.keys(["and", "or", "to"])
    private static let baseOpeners = Lexicon.keys(["from", "than", "versus", "vs", "against"])

    /// True at ", and" / ", but" / ", while": a new clause that may carry its own year.
    private func opensClause(_ i: Int) -> Bool {
        tokens[i].isSymbol(",") && i + 1 < tokens.count && tokens[i + 1].isWord
            && Self.clauseConjunctions.contains(tokens[i + 1].key)
    }

    /// Quantity `b` continues a list that `a` opens ("25% on steel and 10% on aluminum", "$285.1 billion to
    /// $6.68 trillion"): same unit, at most three tokens apart, joined by "and", "or", "to" or a comma.
    private func continuesList(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.unit == b.unit, b.start > a.end, b.start - a.end <= 3 else { return false }
        var joined = false
        for g in a.end..<b.start {
            let t = tokens[g]
            if t.isNumber || opensClause(g) { return false }
            // "$81 billion, up from $74 billion in 2023": a base, not the next of a list.
            if t.isWord, Self.baseOpeners.contains(t.key) { return false }
            if t.isSymbol(",") || (t.isWord && Self.listConnectors.contains(t.key)) { joined = true }
        }
        return joined
    }

    /// The first two years after `start` (before `limit`) when they are written as a pair: "2019 and 2023", "2019 to
    /// 2023", "2019–2023".
    private func yearPair(after start: Int, before limit: Int, mentions: [Mention]) -> (first: Int, second: Int)? {
        guard let k = mentions.firstIndex(where: { $0.token >= start && $0.token < limit }), k + 1 < mentions.count
        else { return nil }
        let a = mentions[k]
        let b = mentions[k + 1]
        guard b.token == a.token + 2, b.token < limit, !a.label, !b.label else { return nil }
        let joint = tokens[a.token + 1]
        let joined = joint.isSymbol("-") || (joint.isWord && Self.pairJoints.contains(joint.key))
        return joined ? (a.year, b.year) : nil
    }

    private static let pairJoints = Lexicon.keys(["and", "to", "through", "until"])
    private static let periodOpeners = Lexicon.keys(["from", "between"])

    /// The year that ends the period a "from" or "between" year `m` starts ("from 2015 to 2023", "between 2015 and
    /// 2023", "from 2015-2023"), or nil.
    private func periodEnd(_ m: Mention, _ mentions: [Mention]) -> Int? {
        guard m.token >= 1, tokens[m.token - 1].isWord, Self.periodOpeners.contains(tokens[m.token - 1].key),
              let b = mentions.first(where: { $0.token == m.token + 2 }), !b.label
        else { return nil }
        let joint = tokens[m.token + 1]
        return joint.isSymbol("-") || (joint.isWord && Self.pairJoints.contains(joint.key)) ? b.year : nil
    }

    /// True when the year at `token` is written right after a figure that opens with "from" or "than": it dates
    /// that comparison base, not the figures around it ("fell to $13.8 billion from $21.1 billion in 2022").
    private func datesABase(_ token: Int, quantities: [Quantity]) -> Bool {
        guard let p = quantities.last(where: { $0.end <= token }), token - p.end <= 2, p.start > 0 else { return false }
        let before = tokens[p.start - 1]
        return before.isWord && Self.baseOpeners.contains(before.key)
    }

    /// The year that dates quantity `index` of `quantities`, or nil when the sentence does not say.
    func year(for index: Int, quantities: [Quantity], mentions: [Mention], isTarget: Bool, clauseEnd: Int,
              sentenceStart: Int) -> Int?
    {
        // Most sentences name no year: nothing below can date the figure then.
        guard !mentions.isEmpty else { return nil }
        let q = quantities[index]
        var quoted = false
        for i in sentenceStart..<q.start where tokens[i].isSymbol("\"") { quoted.toggle() }
        let mentions = mentions.allSatisfy({ $0.quoted == quoted }) ? mentions : mentions.filter { $0.quoted == quoted }
        // The clause of the figure for dating: up to ", and …" after it, from the last one before it.
        var end = clauseEnd
        for i in q.end..<clauseEnd where opensClause(i) {
            end = i
            break
        }
        var start = sentenceStart
        for i in stride(from: q.start - 1, through: sentenceStart, by: -1) where opensClause(i) {
            start = i
            break
        }
        // A label right before: "(2021: 71 pct)".
        // Not after "since": "Students exchanged since 2001: 450+" counts from then on.
        if let m = mentions.last(where: { $0.label && !$0.base && $0.token + 2 == q.coreStart }) { return m.year }
        // "began in 1987 with 848 participants": a start dates the figure it starts with.
        if q.start >= 2, tokens[q.start - 1].isWord, tokens[q.start - 1].key == Self.with,
           let m = mentions.last(where: { $0.token == q.start - 2 && !$0.quoted })
        {
            return m.year
        }
        // "its 1997 peak of 47,073", "the 2019 record of 31.9 million": the year of the noun the figure measures.
        if q.start >= 3, tokens[q.start - 1].isWord, tokens[q.start - 1].key == Self.of, tokens[q.start - 2].isWord,
           let m = mentions.last(where: { $0.token == q.start - 3 && !$0.quoted })
        {
            return m.year
        }
        // The figures this one heads a list with, and the first figure after the list. A change and the level it
        // reaches ("rose 5% to $7 billion in 2023", "double exchanges to 50,000 by 2033") count as one figure.
        var listEnd = index
        while listEnd + 1 < quantities.count, continuesList(quantities[listEnd], quantities[listEnd + 1]) { listEnd += 1 }
        let reaches = listEnd == index && reachesLevel(index, quantities)
        let nextStart = startOfNextFigure(after: reaches ? index + 1 : listEnd, in: quantities)
        let nextInList = startOfNextFigure(after: reaches ? index + 1 : index, in: quantities)
        // "fell from 3.8 percent to 2.6 percent between 2019 and 2023": two figures, then two years, in order.
        var listStart = index
        while listStart > 0, continuesList(quantities[listStart - 1], quantities[listStart]) { listStart -= 1 }
        if listEnd - listStart == 1,
           let pair = yearPair(after: quantities[listEnd].end, before: min(end, nextStart), mentions: mentions)
        {
            return index == listStart ? pair.first : pair.second
        }
        if isTarget {
            // Past another figure only when that one goes on with the same aim ("$5 billion and 2,000 trainers by
            // 2025", "sending 500,000 students abroad and hosting 400,000 by 2033"): a figure in a statement of its
            // own keeps its horizon ("host 30,000 students over the next ten years and will expand the JET Program
            // to 2,000 participants by 2027").
            let joined = nextStart == Int.max || nextStart - quantities[listEnd].end <= 3
                || KindClassifier(tokens: tokens).continuesKind(from: quantities[listEnd].end, to: nextStart)
            let horizonEnd = joined ? end : nextStart
            if let m = mentions.first(where: { $0.horizon && $0.token >= q.end && $0.token < min(end, horizonEnd) }) {
                return m.year
            }
        }
        // A year after the figure (or after the list it heads), before any other figure, in the same clause.
        for m in mentions where m.token >= q.end && m.token < end {
            if m.token > nextStart { break }
            if m.token > nextInList && listEnd == index { break }
            if m.label { break }
            if m.base {
                // "grew by a third between 2015 and 2023", "rose 20% from 2015 to 2023": a change over a period is
                // dated by its end.
                if let last = periodEnd(m, mentions) { return last }
                break
            }
            return m.year
        }
        if isTarget, let m = mentions.last(where: { $0.horizon && $0.token < q.start }) { return m.year }
        // "about 470 companies … employ nearly 76,000 Ohioans, according to JETRO's 2024 survey".
        if let m = mentions.first(where: { $0.attribution && $0.token > q.end && !$0.quoted }) { return m.year }
        // A framing year before the figure.
        // A period start or comparison base does not date the figure; an earlier framing year still may.
        guard let m = mentions.last(where: {
            $0.token < q.start && !$0.label && !$0.base && !datesABase($0.token, quantities: quantities)
        }) else { return nil }

        if isTarget && !m.horizon {
            // A target does not take the year of an observation written next to another figure in its clause.
            let floor = m.token >= start ? start : sentenceStart
            let boundToOther = quantities[..<index].contains { other in
                other.start >= floor && other.end <= m.token
                    && !quantities.contains { $0.start > other.end && $0.start < m.token }
            }
            if boundToOther { return nil }
        }
        return m.year
    }
}
