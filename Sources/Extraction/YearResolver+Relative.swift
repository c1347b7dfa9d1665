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
    /// Only the sentence's first words and the eight tokens after the figure are read: most figures have none.
    func relativeOffset(start: Int, end: Int, sentenceStart s: Int, sentenceEnd e: Int) -> Int? {
        let yearKey = Self.yearKey
        return tokens.withUnsafeBufferPointer { t in
            // "Last year, …", "This fiscal year …": the phrase opens the sentence.
            // The "year" is tested here, not only in `phrase`: most sentences open with other words, and the
            // call with its own read of the static key cost more than the test.
            for i in (s + 1)...(s + 2) where i < start && t[i].isWord && t[i].key == yearKey {
                if let phrase = phrase(endingAt: i, s: s, t), phrase.start == s { return phrase.offset }
            }
            // The phrase follows the figure closely ("$227.9 billion last year", "in the first half of this
            // year"): eight tokens are read at most.
            var k = end
            while k < min(e, end + 8) {
                let token = t[k]
                if token.isSymbol, token.key == 0x2C || token.key == 0x3B || token.key == 0x3A { return nil }
                if token.isWord, token.key == yearKey, let phrase = phrase(endingAt: k, s: s, t) { return phrase.offset }
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
}
