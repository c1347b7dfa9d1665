/// Years written relative to the document's own: "last year", "this fiscal year", "next year".
extension YearResolver {
    private static let relativeWords: KeyMap<Int> = KeyMap([
        WordKey.of("last"): -1, WordKey.of("this"): 0, WordKey.of("next"): 1,
    ] as [UInt64: Int])
    private static let yearKey = WordKey.of("year")
    private static let fiscalKeys = Lexicon.keys(["fiscal", "financial", "calendar", "academic", "school"])
    /// Words that make the year a comparison base or a period start: "up 5% from last year", "than this year",
    /// "below last year's high", "compared with the same month last year", "since last year".
    private static let baseWords = Lexicon.keys(["from", "than", "since", "over", "on", "versus", "vs", "against",
                                                 "compared", "with", "same", "relative", "above", "below", "under",
                                                 "beyond", "exceeding", "exceeded", "surpassing", "surpassed"])

    /// The offset from the reference year (-1, 0 or 1) that a "last year", "this year" or "next year" gives the
    /// figure at tokens `start..<end` of sentence `s..<e`: one that opens the sentence ("Last year, about 2,000
    /// Americans …"), or one after the figure in its clause ("reached $227.9 billion last year"); not one inside a
    /// clause of its own before the figure ("when next year's crop is harvested, it may be smaller than 16,000
    /// tons"), nor a comparison base ("up 5% from last year").
    ///
    /// Years counted back work the same way: "A decade ago, only 12 percent …", "up from 67 percent a decade ago"
    /// (-10), but not "down 5 points from two years ago" (a base).
    ///
    /// Only the sentence's first words and the sixteen tokens after the figure are read: most figures have none.
    func relativeOffset(start: Int, end: Int, sentenceStart s: Int, sentenceEnd e: Int) -> Int? {
        let yearKey = Self.yearKey
        let agoKey = Self.ago
        return tokens.withUnsafeBufferPointer { t in
            // "Last year, …", "This fiscal year …": the phrase opens the sentence.
            // The "year" is tested here, not only in `phrase`: most sentences open with other words, and the
            // call with its own read of the static key cost more than the test.
            for i in (s + 1)...(s + 2) where i < start && t[i].isWord && t[i].key == yearKey {
                if let phrase = phrase(endingAt: i, s: s, t), phrase.start == s { return phrase.offset }
            }
            // "A decade ago, …", "Some 20 years ago …": the "ago" within the first six tokens, before the figure.
            // Keys only here: `yearsAgo` checks that the token found is a word.
            var i = s &+ 2
            let openingEnd = min(start, s &+ 6)
            while i < openingEnd, t[i].key != agoKey { i &+= 1 }
            if i < openingEnd, let back = yearsAgo(opening: s, agoAt: i) { return -back }
            // The phrase follows the figure in its clause ("$227.9 billion last year", "in the first half of this
            // year", "$148 billion of exports to the U.S. last year", "67 percent a decade ago"): sixteen tokens are
            // read at most.
            var k = end
            while k < min(e, end + 16) {
                let token = t[k]
                if token.isSymbol, token.key == 0x2C || token.key == 0x3B || token.key == 0x3A { return nil }
                if token.isWord, token.key == yearKey, let phrase = phrase(endingAt: k, s: s, t) { return phrase.offset }
                if token.key == agoKey { return k > end ? yearsAgo(after: end, agoAt: k).map { -$0 } : nil }
                k += 1
            }
            return nil
        }
    }

    /// The "last/this/next [fiscal] year" whose "year" is at `i` (after `s`), with its first token and offset; nil
    /// when the words before it are no such phrase or make it a comparison base.
    private func phrase(endingAt i: Int, s: Int, _ t: UnsafeBufferPointer<Token>) -> (start: Int, offset: Int)? {
        guard i > s, t[i].isWord, t[i].key == Self.yearKey else { return nil }
        var p = i - 1
        if t[p].isWord, Self.fiscalKeys.contains(t[p].key), p > s { p -= 1 }
        guard t[p].isWord, let offset = Self.relativeWords[t[p].key] else { return nil }
        // Four words back at most: "up 5% from the same period last year".
        var b = p - 1
        while b >= max(s, p - 4) {
            if t[b].isWord, Self.baseWords.contains(t[b].key) { return nil }
            if t[b].isNumber || t[b].isSymbol(",") { break }
            b -= 1
        }
        return (p, offset)
    }

    private static let earlierWords = Lexicon.keys(["earlier", "before", "prior", "previous", "preceding"])
    private static let one = WordKey.of("one")

    /// How many years before the one the sentence speaks of a figure ending at `end` is: 1 for "a year earlier",
    /// "a year before", "the previous year", "the prior year" or "the year before" after it in its clause ("up from
    /// $442.4 billion a year earlier"); N for "two years earlier", "5 years before". Eight tokens are read at most,
    /// and only a "year" or "years" among them reads the words around it; nil when there is none.
    func yearsEarlier(after end: Int, sentenceEnd e: Int) -> Int? {
        let yearKey = Self.yearKey
        let yearsKey = Self.yearsKey
        let limit = min(e, end + 8)
        let found: Int? = tokens.withUnsafeBufferPointer { t in
            var k = end
            while k < limit {
                let token = t[k]
                // Another figure ends the search, except the amount of "5 years earlier".
                if token.kind == .number, !(k + 1 < limit && t[k + 1].isWord && t[k + 1].key == yearsKey) { return nil }
                if token.isSymbol, token.key == 0x2C || token.key == 0x3B || token.key == 0x3A { return nil }
                if token.isWord, token.key == yearKey || token.key == yearsKey, k > end { return k }
                k += 1
            }
            return nil
        }
        guard let k = found else { return nil }
        if tokens[k].key == yearsKey { return yearsBefore(k, figureEnd: end, sentenceEnd: e) }
        return isYearEarlier(k, figureEnd: end, sentenceEnd: e) ? 1 : nil
    }

    private static let yearsKey = WordKey.of("years")

    /// The N of "N years earlier" / "N years before" whose "years" is at `k` (N from 2 to 50, in digits or words),
    /// not after "from", "than" … (the base of a change).
    @inline(never)
    private func yearsBefore(_ k: Int, figureEnd end: Int, sentenceEnd e: Int) -> Int? {
        guard k - 1 >= end, k + 1 < e, tokens[k + 1].isWord, Self.earlierWords.contains(tokens[k + 1].key)
        else { return nil }
        let amount = tokens[k - 1]
        var n: Int?
        if amount.isNumber, amount.isPlainInteger, amount.value >= 2, amount.value <= 50 {
            n = Int(amount.value)
        } else if amount.isWord, case .small(let v)? = Lexicon.numberWords[amount.key], v >= 2 {
            n = Int(v)
        }
        guard let n else { return nil }
        if k - 2 >= end, tokens[k - 2].isWord, Self.baseWords.contains(tokens[k - 2].key) { return nil }
        return n
    }

    /// The words around the "year" at `k`: "a/one/the year earlier/before", "the previous/prior/preceding year", not
    /// after "from", "than" … (the base of a change).
    @inline(never)
    private func isYearEarlier(_ k: Int, figureEnd end: Int, sentenceEnd e: Int) -> Bool {
        let earlierWords = Self.earlierWords
        let baseWords = Self.baseWords
        let before = tokens[k - 1]
        guard before.isWord else { return false }
        if before.key == CommonWord.a || before.key == Self.one || before.key == CommonWord.the, k + 1 < e,
           tokens[k + 1].isWord, earlierWords.contains(tokens[k + 1].key)
        {
            // "rose 6% to 309,381 yen from a year earlier", "up 4.4% compared with the same month a year earlier":
            // the base of the change, not the figure's year.
            var b = k - 2
            while b >= max(end, k - 6) {
                if tokens[b].isWord, baseWords.contains(tokens[b].key) { return false }
                if !tokens[b].isWord { break }
                b -= 1
            }
            return true
        }
        if earlierWords.contains(before.key), k - 2 >= end, tokens[k - 2].isWord, tokens[k - 2].key == CommonWord.the {
            return !(k - 3 >= end && tokens[k - 3].isWord && baseWords.contains(tokens[k - 3].key))
        }
        return false
    }
}
