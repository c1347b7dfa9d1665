import BriefingModel
import Testing

@testable import Extraction

/// The trie matcher of `PhraseTable` agrees with the plain reading of its contract (the longest phrase whose
/// elements all match, the first listed among equals) on every lexicon phrase and on random runs of tokens.
struct PhraseTableTests {
    /// SplitMix64: a fixed seed gives the same runs every time.
    private struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    /// A token that stands for `element` (a word key, a tagged symbol, or any number).
    private func token(_ element: UInt64) -> Token {
        let number: UInt64 = 1 << 62
        let kind: Token.Kind = element == number ? .number : element & (1 << 63) != 0 ? .symbol : .word
        let key = kind == .symbol ? element & ~(1 << 63) : kind == .word ? element : 0
        return Token(kind: kind, start: 0, end: 1, byteStart: 0, byteEnd: 1, key: key, value: 1, flags: [],
                     intDigits: 1, fracDigits: 0)
    }

    /// The index of the longest entry matching forward at `i` (first listed among equals) and its end.
    private func referenceForward<V>(_ table: PhraseTable<V>, _ tokens: [Token], _ i: Int, _ limit: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for (index, entry) in table.entries.enumerated() {
            let n = entry.elements.count
            guard i < limit, i + n <= limit, entry.elements[0] == PhraseTable<V>.element(of: tokens[i]), (0..<n).allSatisfy({ PhraseTable<V>.element(of: tokens[i + $0]) == entry.elements[$0] })
            else { continue }
            if best == nil || n > table.entries[best!.0].elements.count { best = (index, i + n) }
        }
        return best
    }

    private func referenceBackward<V>(_ table: PhraseTable<V>, _ tokens: [Token], _ end: Int, _ floor: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for (index, entry) in table.entries.enumerated() {
            let n = entry.elements.count
            let start = end - n
            guard end - 1 >= floor, start >= floor, entry.elements[n - 1] == PhraseTable<V>.element(of: tokens[end - 1]),
                  (0..<n).allSatisfy({ PhraseTable<V>.element(of: tokens[start + $0]) == entry.elements[$0] })
            else { continue }
            if best == nil || n > table.entries[best!.0].elements.count { best = (index, start) }
        }
        return best
    }

    private func check<V>(_ table: PhraseTable<V>, _ same: (V, V) -> Bool, seed: UInt64) {
        let entries = table.entries
        #expect(!entries.isEmpty)
        // Every element of the table, an unknown word and a number make up the runs.
        var pool = Array(Set(entries.flatMap(\.elements)))
        pool.sort()
        pool += [WordKey.of("zebra"), 1 << 62]
        var runs: [[UInt64]] = entries.map { [WordKey.of("the")] + $0.elements + [WordKey.of("the")] }
        var random = Random(state: seed)
        for _ in 0..<600 {
            var run: [UInt64] = []
            // Runs grown from a phrase's start go deeper into the trie than random picks would.
            if random.next(2) == 0 {
                let entry = entries[random.next(entries.count)]
                run = Array(entry.elements.prefix(1 + random.next(entry.elements.count)))
            }
            while run.count < 7 { run.append(pool[random.next(pool.count)]) }
            runs.append(run)
        }
        var checked = 0
        for run in runs {
            let tokens = run.map(token)
            for i in 0..<tokens.count {
                for limit in [tokens.count, min(tokens.count, i + 2)] {
                    let found = table.matchForward(tokens, at: i, limit: limit)
                    let expected = referenceForward(table, tokens, i, limit)
                    #expect(found?.end == expected?.1, "forward \(run) at \(i) limit \(limit)")
                    if let found, let expected { #expect(same(found.value, entries[expected.0].value)) }
                }
                for floor in [0, max(0, i - 1)] {
                    let found = table.matchBackward(tokens, endingBefore: i + 1, floor: floor)
                    let expected = referenceBackward(table, tokens, i + 1, floor)
                    #expect(found?.start == expected?.1, "backward \(run) before \(i + 1) floor \(floor)")
                    if let found, let expected { #expect(same(found.value, entries[expected.0].value)) }
                    if found != nil { checked += 1 }
                }
            }
        }
        #expect(checked > entries.count)
    }

    @Test func qualifiersMatchLikeTheReference() {
        check(Lexicon.qualifiers, ==, seed: 1)
        check(Lexicon.postQualifiers, ==, seed: 2)
    }

    @Test func currencyPrefixesMatchLikeTheReference() { check(Lexicon.currencyPrefixes, ==, seed: 3) }

    @Test func unitsMatchLikeTheReference() {
        check(Lexicon.units, { $0.unit == $1.unit && $0.kind == $1.kind && $0.guardRule == $1.guardRule }, seed: 4)
    }

    @Test func categoryCuesMatchLikeTheReference() {
        check(CategoryClassifier.cues, { $0.0 == $1.0 && $0.1 == $1.1 }, seed: 5)
    }

    /// The scanner skips the currency-marker test at numbers: no marker may start with one.
    @Test func noCurrencyMarkerStartsWithANumber() {
        #expect(!Lexicon.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.element(of: token(1 << 62))))
        #expect(Lexicon.currencyPrefixes.entries.allSatisfy { $0.elements[0] != 1 << 62 })
        #expect(Lexicon.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.symbolElement(0x24)))
    }

    /// A phrase listed twice keeps its first value, as the matcher it replaced did.
    @Test func aRepeatedPhraseKeepsItsFirstValue() {
        let table = PhraseTable<Int>([("per cent", 1), ("per cent", 2), ("per", 3)])
        let tokens = [WordKey.of("per"), WordKey.of("cent")].map(token)
        #expect(table.matchForward(tokens, at: 0, limit: 2)?.value == 1)
        #expect(table.matchBackward(tokens, endingBefore: 2, floor: 0)?.value == 1)
        #expect(table.matchForward(tokens, at: 0, limit: 1)?.value == 3)
    }
}
