import BriefingModel

/// The words that belong to one figure: its own clause of the sentence (a sentence often carries several
/// figures), its counted noun and its subject, plus what the sentence says about it being partial or converted.
struct FactContext {
    /// Words of the figure's clause, noun and subject, with their distance in tokens from the figure.
    var words: [(word: String, distance: Int)]
    /// Words of neighbouring clauses the figure refers to ("… for that purpose", a label before a colon):
    /// they can satisfy `must` and `may` rules but never trigger `must_not` or scope rules.
    var borrowed: [(word: String, distance: Int)] = []
    /// True when the figure is part of another ("including 200 …", "61 of the 450").
    var isSubset = false
    /// Index (in the linked facts) of the figure this one converts to another currency ("¥8.1 trillion (US$53 billion)").
    var conversionOf: Int?

    var wordList: [String] { words.map(\.word) }
    var borrowedList: [String] { borrowed.map(\.word) }

    static let conjunctions: Set<String> = ["and", "but", "while", "whereas", "compared", "versus", "vs", "against"]
    static let anaphora = [["that", "purpose"], ["this", "purpose"], ["the", "same", "purpose"]]
    static let conversionWords: Set<String> = ["or", "about", "around", "approximately", "roughly", "some", "equal", "to",
                                                "equivalent", "ie", "nearly", "us", "usd", "in", "fy", "fiscal"]

    /// Contexts for `facts` (any documents), in the same order.
    static func build(_ facts: [Fact]) -> [FactContext] {
        var contexts = [FactContext](repeating: FactContext(words: []), count: facts.count)
        let groups = Dictionary(grouping: facts.indices) { "\(facts[$0].document)\u{1f}\(facts[$0].sentence)" }
        for indices in groups.values {
            let ordered = indices.sorted { (facts[$0].start, $0) < (facts[$1].start, $1) }
            for (index, context) in sentenceContexts(ordered.map { facts[$0] }).enumerated() {
                var context = context
                context.conversionOf = context.conversionOf.map { ordered[$0] }  // sentence index → caller's index
                contexts[ordered[index]] = context
            }
        }
        return contexts
    }

    /// Contexts of the facts of one sentence.
    static func sentenceContexts(_ facts: [Fact]) -> [FactContext] {
        guard let sentence = facts.first?.sentence else { return [] }
        let tokens = TextTokens.tokenize(sentence)
        let scalars = Array(sentence.unicodeScalars)
        // Locate each figure in the sentence, left to right; a figure not found uses the whole sentence.
        var spans: [Range<Int>?] = []
        var cursor = 0
        for fact in facts {
            let needle = Array(fact.text.unicodeScalars)
            let span = find(needle, in: scalars, from: cursor) ?? find(needle, in: scalars, from: 0)
            if let span { cursor = span.upperBound }
            spans.append(span)
        }
        let located = facts.indices.filter { spans[$0] != nil }.sorted { (spans[$0]?.lowerBound ?? 0) < (spans[$1]?.lowerBound ?? 0) }
        func tokensIn(_ range: Range<Int>) -> [Int] {
            tokens.indices.filter { tokens[$0].start >= range.lowerBound && tokens[$0].end <= range.upperBound }
        }
        var own = [[Int]](repeating: [], count: facts.count)
        var borrowed = [[Int]](repeating: [], count: facts.count)
        var subset = [Bool](repeating: false, count: facts.count)
        var conversion = [Int?](repeating: nil, count: facts.count)
        for (position, factIndex) in located.enumerated() {
            guard let span = spans[factIndex] else { continue }
            if position == 0 {
                let head = clauses(tokensIn(0..<span.lowerBound), tokens: tokens)
                own[factIndex] += head.last ?? []
                borrowed[factIndex] += head.dropLast().flatMap { $0 }
            }
            if position == located.count - 1 {
                let tail = clauses(tokensIn(span.upperBound..<scalars.count), tokens: tokens)
                own[factIndex] += tail.first ?? []
                borrowed[factIndex] += tail.dropFirst().flatMap { $0 }
                continue
            }
            let nextIndex = located[position + 1]
            guard let nextSpan = spans[nextIndex], nextSpan.lowerBound >= span.upperBound else { continue }
            let between = tokensIn(span.upperBound..<nextSpan.lowerBound)
            let parts = clauses(between, tokens: tokens)
            if parts.count > 1 {
                own[factIndex] += parts[0]
                own[nextIndex] += parts[parts.count - 1]
                borrowed[nextIndex] += parts.dropFirst().dropLast().flatMap { $0 }
            } else {
                let (left, right) = split(between, tokens: tokens)
                own[factIndex] += left
                own[nextIndex] += right
            }
            let betweenWords = between.map { tokens[$0].text }
            if betweenWords.contains("of"), betweenWords.allSatisfy({ ["of", "the", "all", "out"].contains($0) }) {
                subset[factIndex] = true
            }
            let raw = String(String.UnicodeScalarView(scalars[span.upperBound..<nextSpan.lowerBound]))
            // "¥8.1 trillion in 2024 (around US$53 billion)": only a year and hedges between the two amounts.
            if raw.contains("("), between.allSatisfy({ tokens[$0].role != .word || conversionWords.contains(tokens[$0].text) }),
               facts[factIndex].unit.isCurrency, facts[nextIndex].unit.isCurrency, facts[factIndex].unit != facts[nextIndex].unit {
                conversion[nextIndex] = factIndex
            }
        }
        var contexts = [FactContext](repeating: FactContext(words: []), count: facts.count)
        var previous: FactContext?
        for factIndex in located + facts.indices.filter({ spans[$0] == nil }) {
            let fact = facts[factIndex]
            let anchor = spans[factIndex].flatMap { span in tokens.firstIndex { $0.start >= span.lowerBound } } ?? 0
            func words(_ indices: [Int]) -> [(word: String, distance: Int)] {
                indices.filter { tokens[$0].role == .word }.map { (tokens[$0].text, abs($0 - anchor)) }
            }
            var context = FactContext(words: words(spans[factIndex] == nil ? Array(tokens.indices) : own[factIndex]))
            context.borrowed = words(borrowed[factIndex])
            if !context.words.contains(where: { !Vocabulary.isTopicless($0.word) }), let previous, spans[factIndex] != nil {
                // "73 pct (2021: 71 pct)": a figure with no words of its own shares the previous figure's.
                context.words += previous.words
                context.borrowed += previous.borrowed
            }
            if anaphora.contains(where: { KeywordPattern.phrase($0, in: context.wordList) }) {
                context.borrowed += words(tokens.indices.filter { $0 < anchor })
            }
            previous = context
            for extra in [fact.noun, fact.subject].compactMap({ $0 }) {
                context.words += TextTokens.tokenize(extra).filter { $0.role == .word }.map { ($0.text, 1) }
            }
            context.isSubset = subset[factIndex]
            context.conversionOf = conversion[factIndex]
            contexts[factIndex] = context
        }
        return contexts
    }

    /// Token indices cut into clauses at separators; a clause may be empty ("label: 42" ends with one).
    static func clauses(_ indices: [Int], tokens: [Token]) -> [[Int]] {
        var parts: [[Int]] = [[]]
        for index in indices {
            if tokens[index].role == .separator { parts.append([]) } else { parts[parts.count - 1].append(index) }
        }
        return parts
    }

    /// Splits the tokens between two figures that no separator divides: at the last conjunction, else the
    /// left figure keeps its next two words (its counted noun) and the rest introduce the right one.
    static func split(_ between: [Int], tokens: [Token]) -> ([Int], [Int]) {
        if let conjunction = between.lastIndex(where: { conjunctions.contains(tokens[$0].text) }) {
            return (Array(between[..<conjunction]), Array(between[conjunction...]))
        }
        let cut = min(2, between.count)
        return (Array(between[..<cut]), Array(between[cut...]))
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for offset in start...(haystack.count - needle.count) where haystack[offset] == needle[0] {
            if Array(haystack[offset..<(offset + needle.count)]) == needle { return offset..<(offset + needle.count) }
        }
        return nil
    }
}

extension KeywordPattern {
    /// True when `words` contains `phrase` as consecutive words.
    static func phrase(_ phrase: [String], in words: [String]) -> Bool {
        guard phrase.count <= words.count, !phrase.isEmpty else { return false }
        return (0...(words.count - phrase.count)).contains { start in Array(words[start..<(start + phrase.count)]) == phrase }
    }
}
