import Testing

@testable import Extraction

/// The tokenizer's eight-bytes-at-a-time word scan ends an ASCII word exactly where a scalar-by-scalar reading of
/// its letters does, whatever byte follows it and wherever in an eight-byte chunk that byte falls.
struct WordScanTests {
    /// Bytes and scalars that may follow a word: every ASCII one that is no letter, and letters and spaces beyond
    /// ASCII (whose lead bytes would carry into the byte above in a plain eight-byte sum).
    private static let followers: [String] = (1..<128).compactMap { v -> String? in
        let s = Unicode.Scalar(UInt8(v))
        return ScalarClass.isASCIILetter(s) ? nil : String(s)
    } + ["é", "É", "ñ", "ß", "—", "’", "\u{A0}", "\u{2009}", "😀", "中", "\u{FB01}", "ÿ"]

    @Test(arguments: 1...17)
    func wordEndsWhereItsLettersEnd(length: Int) {
        let letters = Array("AbCdEfGhIjKlMnOpQrStUvWxYz")
        for upper in [false, true] {
            let word = String((0..<length).map { i -> Character in
                let c = letters[i % letters.count]
                return upper ? Character(c.uppercased()) : c
            })
            for follower in Self.followers {
                let text = word + follower + " tail"
                let source = ScalarText(text)
                let tokens = source.utf8.withUnsafeBufferPointer {
                    Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens
                }
                guard let first = tokens.first else {
                    Issue.record("no token for \(text.debugDescription)")
                    continue
                }
                // The reference: the leading scalars that are letters.
                let expected = String(String.UnicodeScalarView(text.unicodeScalars.prefix(while: ScalarClass.isLetter)))
                #expect(first.isWord, "\(text.debugDescription)")
                #expect(first.key == WordKey.of(expected), "\(text.debugDescription)")
                #expect(first.end == expected.unicodeScalars.count, "\(text.debugDescription)")
                #expect(first.byteEnd == expected.utf8.count, "\(text.debugDescription)")
                let allCaps = expected.unicodeScalars.allSatisfy { !ScalarClass.isLower($0) }
                #expect(first.flags.contains(.allCaps) == allCaps, "\(text.debugDescription)")
                #expect(first.isCapitalized, "\(text.debugDescription)")
            }
        }
    }
}
