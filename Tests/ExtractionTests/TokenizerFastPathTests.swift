import Testing

@testable import Extraction

/// The tokenizer's shortcuts agree with the general readers they stand in for: plain numbers with `readNumber`,
/// links found from their noted marks with whole chunks, line feeds with "\r\n", and the one-pass scan of
/// `ScalarText` with offsets counted scalar by scalar.
struct TokenizerFastPathTests {
    private func tokens(_ text: String) -> [Token] {
        let source = ScalarText(text)
        return source.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens }
    }

    private func fields(_ t: Token) -> [Double] {
        [Double(t.start), Double(t.end), Double(t.byteStart), Double(t.byteEnd), t.value, Double(t.flags.rawValue),
         Double(t.intDigits), Double(t.fracDigits), Double(t.kind.rawValue)]
    }

    /// Numbers of every shape near the shortcut's limits: where it answers, its token is `readNumber`'s.
    @Test(arguments: ["7", "12", "123", "1234", "2024", "007", "0", "3.5", "12.25", "1234.5", "0.08", "1.2.3", "1,234",
                      "12,34", "123, 4", "1,23,456", "40 000", "12 ab", "40 0000", "1234 567", "2\u{A0}500",
                      "12345\u{A0}678", "9.", "9.a", "3.14159265358979323846", String(repeating: "9", count: 300),
                      "1.5.", "5,", "5, 6", "25%", "1990s", "3:30"])
    func plainNumbersReadAsReadNumberDoes(number: String) {
        let source = ScalarText(number + " x")
        source.utf8.withUnsafeBufferPointer { bytes in
            let tokenizer = Tokenizer(bytes: bytes, n: source.byteCount)
            let (full, fullEnd) = tokenizer.readNumber(byte: 0, scalar: 0)
            if let (plain, plainEnd) = tokenizer.plainNumber(byte: 0, scalar: 0) {
                #expect(plainEnd == fullEnd, "\(number)")
                #expect(fields(plain) == fields(full), "\(number)")
            } else {
                // Only numbers with possible grouping, a version number or a space beyond ASCII are left over.
                let mayGroup = number.contains(",") || number.contains(" ") || number.contains("\u{A0}")
                #expect(mayGroup || full.flags.contains(.versionLike), "\(number)")
            }
        }
    }

    /// Links are marked by whole whitespace-delimited chunks wherever their "://", "www." or "@" falls; sentence
    /// stops, "www" alone and a ":" or "@" without the rest are in none.
    @Test func linksAreMarkedWholeWhereverTheirMarkFalls() {
        let text = "http://a.b www.x.org/p mail: me@host.jp. end. a:b (see www) see.www.c @x x@ https://y"
        let links: Set<String> = ["http://a.b", "www.x.org/p", "me@host.jp.", "see.www.c", "https://y"]
        let source = ScalarText(text)
        let found = tokens(text)
        // The chunk of each token: the text between the spaces around it.
        let bytes = Array(text.utf8)
        for t in found {
            var from = t.byteStart
            while from > 0 && bytes[from - 1] != 0x20 { from -= 1 }
            var to = t.byteEnd
            while to < bytes.count && bytes[to] != 0x20 { to += 1 }
            let chunk = String(decoding: bytes[from..<to], as: UTF8.self)
            #expect(t.inLink == links.contains(chunk), "\(source.string(t, t)) in \(chunk)")
        }
    }

    /// A chunk with many link marks is read once, and a link at the very start of the text is found.
    @Test func longChunksOfMarksAreReadOnce() {
        let marks = String(repeating: "a:", count: 20_000)
        let found = tokens("ftp:" + marks + " http://x")
        #expect(found.count == 2 + 40_000 + 5)
        #expect(found.prefix(40_002).allSatisfy { !$0.inLink })
        #expect(found.suffix(5).allSatisfy { $0.inLink })
    }

    /// "\r\n" is one line break; two make a blank line, as "\n\n" and "\r\r\n" do.
    @Test func carriageReturnLineFeedsCountOnce() {
        for (text, blank) in [("a\r\nb", false), ("a\r\n\r\nb", true), ("a\n\nb", true), ("a\r\r\nb", true),
                              ("a\rb", false), ("a\n \nb", true), ("a\r\n \r\nb", true), ("a\u{2028}b", false)] {
            let found = tokens(text)
            #expect(found.count == 2, "\(text.debugDescription)")
            #expect(found[1].lineBreakBefore && found[1].spaceBefore, "\(text.debugDescription)")
            #expect(found[1].flags.contains(.blankLineBefore) == blank, "\(text.debugDescription)")
        }
    }

    /// Byte offsets from the one-pass scan match a walk over the scalars, with multi-byte scalars on either side of
    /// the 32-byte rounds and in the tail.
    @Test(arguments: [0, 1, 5, 31, 32, 33, 63, 70])
    func scalarOffsetsMatchAWalkOverTheScalars(asciiPrefix: Int) {
        let text = String(repeating: "a", count: asciiPrefix) + "é日本 x😀y\u{A0}" + String(repeating: "b", count: 29)
            + "—" + String(repeating: "c", count: 31) + "ü"
        let source = ScalarText(text)
        var byte = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            #expect(source.byteOffset(offset) == byte, "\(asciiPrefix) \(offset)")
            byte += String(scalar).utf8.count
        }
        #expect(source.byteOffset(source.count) == byte)
        #expect(source.count == text.unicodeScalars.count)
        #expect(source.utf8.suffix(ScalarText.padding).allSatisfy { $0 == 0 })
    }

    /// Every lexicon word sits within a short run of slots of its own, and no lexicon key is the empty-slot zero.
    @Test func lexiconKeysProbeShortRuns() {
        #expect(WordClass.table.longestProbe <= 8)
        #expect(WordClass.table.longestProbe >= 1)
        #expect(WordClass.table[WordKey.of("percent")].contains(.percent))
        #expect(WordKey.of("") == 0)
        #expect(WordKey.of("a") != 0)
    }
}
