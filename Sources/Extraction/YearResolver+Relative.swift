/// Years written relative to the document's own: "last year", "this fiscal year", "next year".
extension YearResolver {
    /// A "last year" / "this year" / "next year" that dates figures (not a comparison base).
    struct RelativeMention {
        /// The token of "last", "this" or "next".
        var token: Int
        /// The token just after "year".
        var end: Int
        /// -1, 0 or 1.
        var offset: Int
    }

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

    /// The relative years of tokens `s..<e` that may date figures, in text order.
    func relativeMentions(from s: Int, to e: Int) -> [RelativeMention] {
        let words = Self.relativeWords
        var out: [RelativeMention] = []
        var i = s
        while i < e {
            defer { i += 1 }
            guard tokens[i].isWord, tokens[i].key == Self.yearKey, i > s else { continue }
            var p = i - 1
            if tokens[p].isWord, Self.fiscalKeys.contains(tokens[p].key), p > s { p -= 1 }
            guard tokens[p].isWord, let offset = words[tokens[p].key] else { continue }
            // Four words back at most: "up 5% from the same period last year".
            var isBase = false
            var b = p - 1
            while b >= max(s, p - 4) {
                if tokens[b].isWord, Self.baseWords.contains(tokens[b].key) {
                    isBase = true
                    break
                }
                if tokens[b].isNumber || tokens[b].isSymbol(",") { break }
                b -= 1
            }
            if !isBase { out.append(RelativeMention(token: p, end: i + 1, offset: offset)) }
        }
        return out
    }

    /// The offset a relative year gives the figure at tokens `start..<end` of the sentence from `s`: one that opens
    /// the sentence ("Last year, about 2,000 Americans …"), or one after the figure in its clause ("reached
    /// $227.9 billion last year"). Not one inside a clause of its own before the figure ("when next year's crop is
    /// harvested, it may be smaller than 16,000 tons").
    func relativeOffset(start: Int, end: Int, mentions: [RelativeMention], sentenceStart s: Int) -> Int? {
        for m in mentions {
            if m.token == s && m.end <= start { return m.offset }
            guard m.token >= end else { continue }
            var k = end
            while k < m.token, !(tokens[k].isSymbol(",") || tokens[k].isSymbol(";") || tokens[k].isSymbol(":")) {
                k += 1
            }
            if k == m.token { return m.offset }
        }
        return nil
    }
}
