/// Finds the counted noun of a count ("2,884 U.S. citizens" → "citizens") and a short subject phrase.
///
/// A class: as a struct of a dozen references it was copied onto the stack for every call, several per fact.
final class NounFinder {
    let tokens: [Token]
    let text: ScalarText
    let scalars: ScalarText
    // The lexicons read for every word of a clause, held here: each read of a global goes through a lazy
    // initialisation check.
    private let irregularPlurals = Lexicon.irregularPlurals
    private let falsePlurals = Lexicon.falsePlurals
    private let numberWords = Lexicon.numberWords
    private let nounStops = Lexicon.nounStops
    private let metaNouns = Lexicon.metaNouns
    private let months = Lexicon.months
    private let durationNouns = NounFinder.durationNounUnits
    private let timeModifiers = NounFinder.timeModifierKeys
    private let timeWords = NounFinder.timeWordKeys

    /// Counted nouns that make a count a duration ("five consecutive years").
    private static let durationNounUnits: KeyMap<UnitName> = KeyMap([
        WordKey.of("years"): UnitName("years"), WordKey.of("months"): UnitName("months"),
        WordKey.of("weeks"): UnitName("weeks"), WordKey.of("days"): UnitName("days"),
    ] as [UInt64: UnitName])

    /// The duration unit of a counted noun that is one ("five consecutive years" → years), else nil.
    func durationUnit(ofNoun i: Int) -> UnitName? { durationNouns[tokens[i].key] }

    /// Words that open a time phrase after a count ("last year", "next month"), and the time words after them.
    private static let timeModifierKeys = Lexicon.keys(["last", "next", "this", "past", "previous", "coming"])
    private static let timeWordKeys = Lexicon.keys([
        "year", "years", "month", "months", "week", "weeks", "quarter", "decade", "fiscal", "season", "spring",
        "summer", "fall", "autumn", "winter", "semester", "term", "century", "weekend", "day", "days", "time",
    ])

    init(tokens: [Token], text: ScalarText) {
        self.tokens = tokens
        self.text = text
        self.scalars = text
    }

    func text(_ i: Int) -> String { text.string(tokens[i], tokens[i]) }

    /// Token `i` in lower case; ASCII words are folded byte by byte (`lowercased()` goes through Unicode tables).
    func lowered(_ i: Int) -> String {
        let t = tokens[i]
        let count = t.byteEnd - t.byteStart
        guard count == t.length, count > 0 else { return text(i).lowercased() }
        return text.utf8.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count {
                    let c = bytes[t.byteStart + k]
                    buffer[k] = c &- 65 < 26 ? c | 0x20 : c
                }
                return count
            }
        }
    }

    /// True for a word that reads as a plural noun.
    func looksPlural(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        // Most words do not end in "s": then only an irregular plural ("alumni", "people") is one.
        if t.byteEnd - t.byteStart == t.length, scalars.utf8[t.byteEnd - 1] | 0x20 != 0x73 {
            return irregularPlurals.contains(t.key)
        }
        if irregularPlurals.contains(t.key) { return true }
        if falsePlurals.contains(t.key) { return false }
        guard t.length > 3 else { return false }
        // The last two letters, read back from the token's end (a byte each when ASCII).
        let letters = t.byteEnd - t.byteStart == t.length ? [] : scalars.scalars(of: t)
        let last = (letters.isEmpty ? UInt32(scalars.utf8[t.byteEnd - 1]) : letters[letters.count - 1].value) | 0x20
        let before = (letters.isEmpty ? UInt32(scalars.utf8[t.byteEnd - 2]) : letters[letters.count - 2].value) | 0x20
        if last != 0x73 { return false }
        // "-ss", "-us", "-is" endings are singular ("business", "campus", "analysis").
        return before != 0x73 && before != 0x75 && before != 0x69
    }

    /// The head noun of the phrase right after a count: the first plural, or the last word before a stop.
    func nounAfter(_ start: Int, end: Int) -> Int? {
        var k = start
        var head: Int?
        var words = 0
        while k < end, words < 7 {
            let t = tokens[k]
            if t.isWord {
                if numberWords[t.key] != nil && head == nil {
                    // "5 million two years ago", "40 thousand one year later": another amount, not a noun.
                    switch numberWords[t.key] {
                    case .article?, .small?, .tens?: return nil
                    default: break
                    }
                }
                // "1,900 last year", "300 next month": a time phrase, not a noun.
                if timeModifiers.contains(t.key), k + 1 < end, tokens[k + 1].isWord,
                   timeWords.contains(tokens[k + 1].key)
                {
                    break
                }
                if nounStops.contains(t.key) {
                    // "sister-city and sister-state affiliations": keep going past "and" after a modifier.
                    let isConjunction = t.key == CommonWord.and || t.key == CommonWord.or
                    if isConjunction, let h = head, !looksPlural(h), k + 1 < end, tokens[k + 1].isWord {
                        k += 1
                        continue
                    }
                    break
                }
                // Model names and other designations: "147 F-35 fighters", "12 C-130 sorties", "300 COVID-19 patients".
                if t.flags.contains(.allCaps), k + 2 < end, tokens[k + 1].isSymbol("-"), !tokens[k + 1].spaceBefore,
                   tokens[k + 2].isNumber, !tokens[k + 2].spaceBefore
                {
                    k += 3
                    continue
                }
                if t.length == 1 && !(k + 1 < end && tokens[k + 1].isSymbol("-")) {
                    // Initials of "U.S." and the like are modifiers.
                    k += 1
                    continue
                }
                head = k
                words += 1
                if looksPlural(k) {
                    // "U.S.-based Japan-America chapters": a hyphen continues the compound.
                    if k + 1 < end, tokens[k + 1].isSymbol("-"), !tokens[k + 1].spaceBefore { k += 1; continue }
                    return k
                }
                k += 1
                continue
            }
            if t.isSymbol("-") && !t.spaceBefore { k += 1; continue }
            if t.isSymbol("."), k > start, tokens[k - 1].isWord, tokens[k - 1].length == 1 { k += 1; continue }
            if t.isSymbol("'"), k + 1 < end, tokens[k + 1].isWord, tokens[k + 1].length == 1 { k += 2; continue }
            break
        }
        // A single capitalised word after a number is usually a name, not a counted noun.
        return head
    }

    /// The first plural common noun of a sentence before `limit`: the subject that a bare count refers to
    /// ("Travelers from the United States numbered 2,724,600").
    func pluralBefore(_ limit: Int, from s: Int) -> Int? {
        var k = s
        while k < limit {
            let t = tokens[k]
            // Cue verbs of aims and forecasts end in "s" but count nothing ("The government aims for …"); nor does a
            // verb with its object after it ("brings the total to 400", "operates two plants").
            if t.isWord, looksPlural(k), !metaNouns.contains(t.key), !nounStops.contains(t.key),
               numberWords[t.key] == nil, months[t.key] == nil, !t.wordClass.contains(.kindCue),
               !takesObject(k, limit: limit)
            {
                // "Alumni events held: 14": the head is the last of plural nouns in a row, not the one that modifies
                // it; in a capitalised name, the last plural of the name ("Sports Exchange Advisors: 8").
                var head = k
                var j = k + 1
                while j < limit, tokens[j].isWord, !tokens[j].flags.contains(.lineBreakBefore),
                      !nounStops.contains(tokens[j].key), numberWords[tokens[j].key] == nil, months[tokens[j].key] == nil
                {
                    if looksPlural(j), !metaNouns.contains(tokens[j].key) {
                        head = j
                    } else if !(t.isCapitalized && tokens[j].isCapitalized) {
                        break
                    }
                    j += 1
                }
                return head
            }
            k += 1
        }
        return nil
    }

    private static let objectOpenerKeys = Lexicon.keys(["the", "a", "an", "its", "their", "our", "his", "her",
                                                        "this", "these", "those", "two", "three", "four", "five"])

    /// True when the word at `k` is followed by a determiner or a number, as a verb is by its object.
    private func takesObject(_ k: Int, limit: Int) -> Bool {
        guard k + 1 < limit else { return false }
        let next = tokens[k + 1]
        return next.isNumber || (next.isWord && Self.objectOpenerKeys.contains(next.key))
    }

    /// A short phrase naming what is measured: the counted noun phrase, or the phrase after "of", or the words
    /// that open the clause.
    func subject(of q: Quantity, sentenceStart s: Int, sentenceEnd e: Int) -> String? {
        if let head = q.nounToken, head >= q.end {
            var end = head + 1
            // "alumni of the JET program": keep one "of" phrase.
            if end + 1 < e, tokens[end].isWord, tokens[end].key == CommonWord.of {
                var k = end + 1
                var n = 0
                while k < e, n < 5, tokens[k].isWord || (tokens[k].isSymbol("-") && !tokens[k].spaceBefore)
                        || (tokens[k].isSymbol(".") && tokens[k - 1].length == 1)
                {
                    if tokens[k].isWord, nounStops.contains(tokens[k].key), tokens[k].key != CommonWord.the { break }
                    k += 1
                    n += 1
                }
                if n >= 2 { end = k }
            }
            return phrase(q.end, end)
        }
        // "70 percent of the land": the phrase after "of".
        if q.end + 1 < e, tokens[q.end].isWord, tokens[q.end].key == CommonWord.of {
            var k = q.end + 1
            var n = 0
            while k < e, n < 6, tokens[k].isWord || (tokens[k].isSymbol("-") && !tokens[k].spaceBefore) {
                if n > 0, nounStops.contains(tokens[k].key) { break }
                k += 1
                n += 1
            }
            if n >= 1 { return phrase(q.end + 1, k) }
        }
        // Otherwise the words before the figure, back to a clause boundary, at most six.
        var k = q.start - 1
        var n = 0
        while k >= s, n < 6, tokens[k].isWord || (tokens[k].isSymbol("-") && !tokens[k].spaceBefore)
                || tokens[k].isSymbol("'") || (tokens[k].isSymbol(".") && k > s && tokens[k - 1].length == 1)
        {
            k -= 1
            n += 1
        }
        if n == 0 { return nil }
        // Never start inside initials: "U.S. exports to Japan fell", not "S. exports to Japan fell".
        while k - 1 >= s, tokens[k].isSymbol("."), !tokens[k].spaceBefore, tokens[k - 1].isWord, tokens[k - 1].length == 1,
              tokens[k + 1].isWord, tokens[k + 1].length == 1, !tokens[k + 1].spaceBefore
        {
            k -= 2
        }
        return phrase(k + 1, q.start)
    }

    private func phrase(_ from: Int, _ to: Int) -> String? {
        guard from < to else { return nil }
        let s = text.string(tokens[from], tokens[to - 1])
        return s.isEmpty ? nil : s
    }
}
