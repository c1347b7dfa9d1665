/// One catalog keyword entry: alternatives separated by `|`, each a phrase of words; a word ending in `*`
/// matches any word with that prefix, and every word also matches its plural ("visitor" matches "visitors").
struct KeywordPattern: Equatable, Sendable {
    /// Each alternative as its words.
    var alternatives: [[String]]
    /// The entry as written, for messages.
    var source: String
    /// `alternatives` prepared for matching, so the hot loop builds no strings.
    private var compiled: [[Word]]

    /// One pattern word, prepared once: every fact is matched against every catalog keyword.
    struct Word: Equatable, Sendable {
        let text: String
        /// The prefix before a trailing `*`; nil for a whole word.
        let stem: String?
        /// The UTF-8 bytes of `text` when it is ASCII: plurals are then compared byte by byte.
        let ascii: [UInt8]?

        init(_ text: String) {
            self.text = text
            stem = text.hasSuffix("*") ? String(text.dropLast()) : nil
            ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }
    }

    init(_ source: String) {
        self.source = source
        alternatives = source.split(separator: "|").map { alternative in
            alternative.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).compactMap { raw -> String? in
                var word = raw.lowercased()
                for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
                word = String(word.filter { $0.isLetter || $0.isNumber || $0 == "*" })
                return word.isEmpty ? nil : word
            }
        }.filter { !$0.isEmpty }
        compiled = alternatives.map { $0.map(Word.init) }
    }

    /// True when some alternative occurs as consecutive words in `words`.
    func matches(_ words: [String]) -> Bool {
        for alternative in compiled where alternative.count <= words.count {
            for start in 0...(words.count - alternative.count) {
                var all = true
                for (offset, pattern) in alternative.enumerated() where !Self.wordMatches(pattern, words[start + offset]) {
                    all = false
                    break
                }
                if all { return true }
            }
        }
        return false
    }

    /// The word itself, its plural in -s or -es, or its singular when the pattern is the plural.
    static func wordMatches(_ pattern: Word, _ word: String) -> Bool {
        if let stem = pattern.stem { return word.hasPrefix(stem) }
        if let ascii = pattern.ascii,
           let matched = word.utf8.withContiguousStorageIfAvailable({ asciiMatches(ascii, $0) }) ?? nil {
            return matched
        }
        let text = pattern.text
        return word == text || word == text + "s" || word == text + "es" || text == word + "s"
    }

    /// The plural rule on bytes; nil when `word` is not ASCII (Unicode equivalence then needs `String` comparison).
    private static func asciiMatches(_ pattern: [UInt8], _ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        let p = pattern.count, w = word.count
        var common = min(p, w)
        for index in 0..<w where word[index] >= 0x80 { return nil }
        guard w == p || w == p + 1 || w == p + 2 || p == w + 1 else { return false }
        while common > 0 {
            common -= 1
            if pattern[common] != word[common] { return false }
        }
        let s = UInt8(ascii: "s"), e = UInt8(ascii: "e")
        switch w - p {
        case 0: return true
        case 1: return word[p] == s
        case 2: return word[p] == e && word[p + 1] == s
        default: return pattern[w] == s
        }
    }
}
