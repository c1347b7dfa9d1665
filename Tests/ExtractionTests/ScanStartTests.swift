import Testing

@testable import Extraction

/// The quantity scanner looks only at tokens whose class has `quantityStart`: every symbol it may start at must
/// carry the bit, whichever way the tokenizer read it, and every number must.
struct ScanStartTests {
    private func tokens(_ text: String) -> [Token] {
        let source = ScalarText(text)
        return source.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens }
    }

    /// What the scanner may start at among symbols: a currency marker's first symbol, or "-" (a number's sign).
    private func scannerMayStart(atSymbol key: UInt64) -> Bool {
        key == 0x2D || key > 0x7F
            || Lexicon.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.symbolElement(UInt32(truncatingIfNeeded: key)))
    }

    @Test func everyASCIISymbolTheScannerMayStartAtHasTheBit() {
        for byte in UInt8(0x21)...UInt8(0x7E) where !(byte >= 0x30 && byte <= 0x39) && !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
            let text = "a " + String(UnicodeScalar(byte)) + " b"
            let symbols = tokens(text).filter { $0.kind == .symbol }
            for token in symbols {
                #expect(token.wordClass.contains(.quantityStart) == scannerMayStart(atSymbol: token.key),
                        "\(text.debugDescription): key \(token.key)")
                #expect(token.wordClass == WordClass.ofSymbol(token.key), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: ["€", "£", "¥", "₩", "–", "—", "‐", "−", "…", "½", "’", "“", "•", "→", "\u{A0}-"])
    func symbolsBeyondASCIIGetTheirClassFromOfSymbol(symbol: String) {
        for token in tokens("x " + symbol + "5 and " + symbol + " y") where token.kind == .symbol {
            #expect(token.wordClass == WordClass.ofSymbol(token.key), "\(symbol.debugDescription)")
            #expect(token.wordClass.contains(.quantityStart) == scannerMayStart(atSymbol: token.key), "\(symbol.debugDescription)")
        }
    }

    @Test(arguments: ["7", "2,500", "3.5", "½", "40 000", "1,23,456", "1.2.3", "12345678901234567890", ".08"])
    func everyNumberHasTheBit(number: String) {
        let numbers = tokens("(" + number + " units) " + number).filter { $0.kind == .number }
        #expect(!numbers.isEmpty)
        for token in numbers { #expect(token.wordClass.contains(.quantityStart), "\(number)") }
    }
}
