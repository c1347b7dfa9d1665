/// Years counted back from the time of writing: "a decade ago", "two years ago", "20 years ago".
extension YearResolver {
    /// The key of "ago", read by `relativeOffset`.
    static let ago = WordKey.of("ago")
    /// Years per unit: "year(s)" and "decade(s)". Months, weeks and days ago mostly stay in the same year, and are
    /// not counted.
    private static let yearUnits: KeyMap<Int> = KeyMap([
        WordKey.of("year"): 1, WordKey.of("years"): 1, WordKey.of("yrs"): 1, WordKey.of("decade"): 10,
        WordKey.of("decades"): 10,
    ] as [UInt64: Int])

    /// Words after a duration that make it a time reference only right after a figure ("12 percent five years
    /// before"); "ago", "earlier" and "later" make one wherever they stand.
    private static let beforeOrAfter = Lexicon.keys(["before", "after", "prior"])
    private static let earlier = WordKey.of("earlier")
    private static let later = WordKey.of("later")

    /// True when the duration ending at `end` is a time reference, like "in 1994", not a duration: "30 years ago",
    /// "two years earlier" or "later" anywhere, and "five years before" right after a figure.
    func isTimeReference(durationEnd end: Int, rightAfterFigure: Bool) -> Bool {
        guard end < tokens.count, tokens[end].isWord else { return false }
        let key = tokens[end].key
        if key == Self.ago || key == Self.earlier || key == Self.later { return true }
        return rightAfterFigure && Self.beforeOrAfter.contains(key)
    }

    /// How many years back "a decade ago", "two years ago" or "20 years ago", whose "ago" is at `k` after the figure
    /// ending at `end`, puts the figure; nil for the base of a change ("down 5 points from two years ago").
    func yearsAgo(after end: Int, agoAt k: Int) -> Int? {
        // Close to the figure, with no other figure between ("4 inches, a 28-year-old who … until three years ago").
        guard k - end <= 8 else { return nil }
        for i in end..<max(end, k - 2) where tokens[i].isNumber { return nil }
        if k - 3 >= end, tokens[k - 3].isWord, Self.agoBaseWords.contains(tokens[k - 3].key) { return nil }
        return yearsBack(endingAt: k, from: end)
    }

    /// How many years back a sentence that opens with "A decade ago, …", "Ten years ago …" or "Some 20 years ago"
    /// (the "ago" at `k`) puts the figures after it: only hedges come before the amount ("The exchange began 30
    /// years ago and has 70,000 alumni" says nothing of when the alumni were counted).
    func yearsAgo(opening s: Int, agoAt k: Int) -> Int? {
        for i in s..<max(s, k - 2) where !(tokens[i].isWord && Self.hedges.contains(tokens[i].key)) { return nil }
        return yearsBack(endingAt: k, from: s)
    }

    /// Words that make "… ago" the base of a change ("from two years ago", "than a decade ago") or the time of
    /// another event ("until three years ago").
    private static let agoBaseWords = Lexicon.keys(["from", "than", "since", "over", "versus", "vs", "compared",
                                                    "with", "against", "until", "till", "before", "after"])

    /// Words that may come before the amount of an opening "… ago": "Some 20 years ago", "More than a decade ago".
    private static let hedges = Lexicon.keys(["some", "about", "around", "roughly", "nearly", "almost", "over", "more",
                                              "less", "than", "just", "only", "barely", "exactly", "precisely"])

    /// The years of "<amount> <year|years|decade|decades> ago" whose "ago" is at `k` (with the amount at `from` or
    /// after): the amount is "a", "an", a number word or a whole number up to 200.
    private func yearsBack(endingAt k: Int, from: Int) -> Int? {
        guard k - 2 >= from, tokens[k].isWord, tokens[k - 1].isWord, let unit = Self.yearUnits[tokens[k - 1].key] else { return nil }
        let amount = tokens[k - 2]
        if amount.isNumber {
            guard amount.isPlainInteger, amount.value >= 1, amount.value <= 200 else { return nil }
            return Int(amount.value) * unit
        }
        guard amount.isWord else { return nil }
        if amount.key == CommonWord.a || amount.key == CommonWord.an { return unit }
        switch Lexicon.numberWords[amount.key] {
        case .small(let v)? where v >= 1: return Int(v) * unit
        case .tens(let v)?: return Int(v) * unit
        default: return nil
        }
    }
}
