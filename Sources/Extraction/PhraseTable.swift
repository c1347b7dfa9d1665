/// Multi-word phrases ("in excess of", "per cent", "U.S. dollars") matched against tokens, forwards from a
/// start token or backwards from an end token. A phrase is a list of elements: word keys, or symbols tagged
/// with the high bit.
///
/// A class: a match is passed the table as one reference. As a struct of a dozen arrays it was copied onto the
/// stack (or through `memcpy`) at every call, since the callee takes it by address.
final class PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let elements: [UInt64]
        let value: Value
    }

    /// The phrases in the order given; a phrase listed twice matches with its first value.
    let entries: [Entry]
    /// The word keys that start a phrase (symbols left out).
    let firstKeys: [UInt64]
    /// The phrases read front to back, and back to front.
    private let forward: PhraseTrie
    private let backward: PhraseTrie
    /// The value of each entry, apart so that a match reads no element list.
    private let values: [Value]
    /// The first element of every phrase, words and symbols.
    private let firstElements: KeySet
    /// The last element of every phrase, where a backward match starts.
    private let lastElements: KeySet
    /// The elements of one-element phrases.
    private let singles: KeySet
    /// The first two elements of longer phrases, combined by `pair`.
    private let openingPairs: KeySet

    static func symbolElement(_ v: UInt32) -> UInt64 { UInt64(v) | (1 << 63) }

    /// The element a token stands for in a phrase (numbers never match).
    @inline(__always)
    static func element(of token: Token) -> UInt64 {
        switch token.kind {
        case .word: token.key
        case .symbol: token.key | (1 << 63)
        case .number: 1 << 62
        }
    }

    /// Splits a phrase written in source ("in excess of", "U.S.", "km/h") into elements.
    static func elements(of phrase: String) -> [UInt64] {
        var out: [UInt64] = []
        // The word's key is built as its letters come (what `WordKey.of` does with the whole word).
        var word: WordKey.Builder?
        func flush() {
            if let key = word?.key { out.append(key) }
            word = nil
        }
        for s in phrase.unicodeScalars {
            if s == " " {
                flush()
            } else if ScalarClass.isLetter(s) {
                if word == nil { word = WordKey.Builder() }
                word?.add(folding: s)
            } else {
                flush()
                out.append(symbolElement(ScalarClass.isDash(s.value) ? 0x2D : s.value))
            }
        }
        flush()
        return out
    }

    init(_ pairs: [(String, Value)]) {
        var entries: [Entry] = []
        var wordFirsts: Set<UInt64> = []
        for (phrase, value) in pairs {
            let els = Self.elements(of: phrase)
            guard let f = els.first else { continue }
            if let c = phrase.unicodeScalars.first, ScalarClass.isLetter(c) { wordFirsts.insert(f) }
            entries.append(Entry(elements: els, value: value))
        }
        self.entries = entries
        // Closures, not key paths: a key path over a generic entry is read through the runtime, thousands of
        // instructions per entry.
        values = entries.map { $0.value }
        forward = PhraseTrie(entries.map { $0.elements })
        backward = PhraseTrie(entries.map { $0.elements.reversed() })
        firstElements = KeySet(entries.map { $0.elements[0] })
        lastElements = KeySet(entries.compactMap { $0.elements.last })
        singles = KeySet(entries.filter { $0.elements.count == 1 }.map { $0.elements[0] })
        openingPairs = KeySet(entries.filter { $0.elements.count >= 2 }.map { Self.pair($0.elements[0], $0.elements[1]) })
        firstKeys = Array(wordFirsts)
    }

    /// True when some phrase starts with `element` (a word key, or a symbol from `symbolElement`).
    @inline(__always)
    func startsPhrase(_ element: UInt64) -> Bool { firstElements.contains(element) }

    /// True when some phrase ends with `element`: a backward match can only find a phrase ending at such a token.
    @inline(__always)
    func endsPhrase(_ element: UInt64) -> Bool { lastElements.contains(element) }

    /// One key for two elements; a collision only lets `mayMatch` pass a start that the full match then rejects.
    @inline(__always)
    private static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        return h == 0 ? 1 : h
    }

    /// False when no phrase can start at token `i`: neither a one-element phrase nor the first two elements of a
    /// longer one match. Cheaper than `matchForward` for starts that usually fail.
    func mayMatch(_ tokens: [Token], at i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        let first = Self.element(of: tokens[i])
        if singles.contains(first) { return true }
        return i + 1 < limit && openingPairs.contains(Self.pair(first, Self.element(of: tokens[i + 1])))
    }

    /// The longest phrase starting at token `i` (not past `limit`): its value and the index after it.
    func matchForward(_ tokens: [Token], at i: Int, limit: Int) -> (value: Value, end: Int)? {
        guard i < limit else { return nil }
        var node: UInt32 = 0
        var found = -1
        var end = i
        var k = i
        while k < limit, let next = forward.child(of: node, over: Self.element(of: tokens[k])) {
            node = next
            k += 1
            let phrase = forward.phraseEnding(at: node)
            if phrase >= 0 {
                found = phrase
                end = k
            }
            if !forward.hasChildren(node) { break }
        }
        return found >= 0 ? (values[found], end) : nil
    }

    /// The longest phrase ending just before token `end` (not before `floor`): its value and its first index.
    func matchBackward(_ tokens: [Token], endingBefore end: Int, floor: Int) -> (value: Value, start: Int)? {
        guard end - 1 >= floor, end - 1 < tokens.count else { return nil }
        var node: UInt32 = 0
        var found = -1
        var start = end
        var k = end - 1
        let lowest = max(floor, 0)
        while k >= lowest, let next = backward.child(of: node, over: Self.element(of: tokens[k])) {
            node = next
            let phrase = backward.phraseEnding(at: node)
            if phrase >= 0 {
                found = phrase
                start = k
            }
            if !backward.hasChildren(node) { break }
            k -= 1
        }
        return found >= 0 ? (values[found], start) : nil
    }
}
