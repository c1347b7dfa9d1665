import Testing

@testable import Extraction

/// `ScalarText.string` makes strings from token ranges without checking the bytes again: it must give the string
/// that decoding those bytes gives, with the same characters, whatever the mix of ASCII and other scalars.
struct ScalarTextStringTests {
    private static let pieces = ["Japan", " ", "2,884", "U.S.", "é", "—", "’", "😀", "中文", "\u{A0}", "-", "$", "¥",
                                 "15%", "\n", "naïve", "ß", "\u{301}", "x"]

    @Test(arguments: 0..<40)
    func tokenRangesMatchDecodedBytes(seed: Int) {
        // A linear congruential walk from the seed: the same text every run.
        var state = UInt64(seed) &+ 1
        let text = (0..<60).map { _ -> String in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Self.pieces[Int(state >> 33) % Self.pieces.count]
        }.joined()
        let source = ScalarText(text)
        let tokens = source.utf8.withUnsafeBufferPointer {
            Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens
        }
        for first in tokens.indices {
            for last in first..<min(tokens.count, first + 12) {
                let made = source.string(tokens[first], tokens[last])
                let bytes = Array(source.utf8[tokens[first].byteStart..<tokens[last].byteEnd])
                let decoded = String(decoding: bytes, as: UTF8.self)
                #expect(made == decoded)
                #expect(Array(made.utf8) == bytes)
                // A string wrongly marked ASCII would count bytes as characters.
                #expect(made.count == decoded.count)
                #expect(made.unicodeScalars.count == tokens[last].end - tokens[first].start)
            }
        }
    }

    @Test(arguments: ["", "percent", "USD", "british_thermal_units", "°C", "square_km", "¥¥¥"])
    func unitSpellingsComeBackWhole(spelling: String) {
        let made = UnitName(spelling).spelling
        #expect(made == spelling)
        #expect(made.count == spelling.count)
    }

    /// A spelling longer than `UnitName.capacity` cut inside a scalar comes back repaired, not as broken UTF-8.
    @Test func unitSpellingCutInsideAScalarIsRepaired() {
        let made = UnitName(String(repeating: "a", count: 23) + "é").spelling
        #expect(made == String(repeating: "a", count: 23) + "\u{FFFD}")
    }
}
