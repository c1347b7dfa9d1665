/// One catalog keyword entry: alternatives separated by `|`, each a phrase of words; a word ending in `*`
/// matches any word with that prefix, and every word also matches its plural ("visitor" matches "visitors").
struct KeywordPattern: Equatable, Sendable {
    /// Each alternative as its words.
    var alternatives: [[String]]
    /// The entry as written, for messages.
    var source: String

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
    }

    /// True when some alternative occurs as consecutive words in `words`.
    func matches(_ words: [String]) -> Bool {
        for alternative in alternatives where alternative.count <= words.count {
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

    static func wordMatches(_ pattern: String, _ word: String) -> Bool {
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return word == pattern || word == pattern + "s" || word == pattern + "es" || pattern == word + "s"
    }
}
