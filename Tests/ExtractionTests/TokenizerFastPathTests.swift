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
    /// the 64-byte rounds and in the tail.
    @Test(arguments: [0, 1, 5, 31, 32, 33, 63, 64, 65, 70, 127])
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

    private func sameTokens(_ text: String) -> Bool {
        let source = ScalarText(text)
        return source.utf8.withUnsafeBufferPointer { bytes in
            let tokenizer = Tokenizer(bytes: bytes, n: source.byteCount)
            let (fast, fastMarks) = tokenizer.tokenize()
            let (slow, slowMarks) = tokenizer.tokenizeByStep()
            let lines = { (m: LineMarks) in m.lines.map { [$0.start, $0.end] } }
            return fast.count == slow.count
                && zip(fast, slow).allSatisfy { fields($0) == fields($1) && $0.key == $1.key
                    && $0.wordClass == $1.wordClass }
                && lines(fastMarks) == lines(slowMarks) && fastMarks.stops == slowMarks.stops
                && fastMarks.links == slowMarks.links && fastMarks.headers == slowMarks.headers
                && fastMarks.clauseBreaks == slowMarks.clauseBreaks && fastMarks.classified == slowMarks.classified
                && listsNameTheirTokens(slow, slowMarks)
        }
    }

    /// The clause breaks are every ";" and the classified list every token with a class, each in text order.
    private func listsNameTheirTokens(_ tokens: [Token], _ marks: LineMarks) -> Bool {
        marks.clauseBreaks == tokens.indices.filter { tokens[$0].isSymbol(";") }
            && marks.classified.map(Int.init) == tokens.indices.filter { tokens[$0].wordClass.rawValue != 0 }
    }

    /// The shortcuts of `fill` (ASCII words and symbols, spaces, tabs, line feeds, stops, plain numbers, no-break
    /// spaces, the dashes and quotes of U+2010 to U+2026, words ending at them) write what `step` alone writes.
    @Test(arguments: [
        "Japan\u{2019}s \u{201C}quoted\u{201D} U.S.\u{2013}Japan \u{2014}dash\u{2014} and\u{2026} more\u{2026}",
        "\u{2010}\u{2011}\u{2012}\u{2015}\u{2016}\u{2017}\u{2018}\u{201A}\u{201B}\u{201E}\u{201F}\u{2020}\u{2021}\u{2022}\u{2023}\u{2024}\u{2025}",
        "a\u{200F}b\u{2027}c\u{2030}d\u{200B}e\u{2028}f\u{2029}g\u{203F}h\u{2040}i\u{2070}j\u{207F}k",
        "word\u{A0}word 2\u{A0}500 12345\u{A0}678 \u{A0}\u{A0}x \u{A0}\n\u{A0}y caf\u{E9}\u{A0}bar na\u{EF}ve",
        "\tTab\tseparated\t2024\t2025\n\t\n\tnext \t line\r\nCRLF\u{2026}\u{2026}. Done! Yes? @x a:b",
        "5\u{2013}10 $5\u{2026} 3.5\u{2019} \u{2019}99 (\u{201C}2024\u{201D}) www.example.org\u{2014}see",
        "ALLCAPS\u{2019}S Mixed\u{2019}s lower\u{2019}s a\u{2019}b\u{2019}c\u{2019} \u{2019}",
        "longwordthatgoesonandon\u{2014}another\u{00A0}yetanotherlongword\u{2026}z",
        "one; two;three ;; 4; $5; -6% \u{2013}7; twice; \u{2022}; ;\u{037E}\u{FF1B} percent;\nthirty-one;",
    ])
    func fastPathsWriteWhatStepWrites(text: String) {
        #expect(sameTokens(text), "\(text.debugDescription)")
    }

    /// Random texts of words, numbers, spaces and the scalars the shortcuts read agree with `step` alone.
    @Test func randomTextsWriteWhatStepWrites() {
        let pieces = ["a", "Word", "ALL", "x", "2024", "3.5", "1,234", " ", " ", "  ", "\n", "\n\n", "\t", ".", ",",
                      "!", "?", ":", "@", "(", ")", "%", "$", "\u{A0}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}",
                      "\u{2014}", "\u{2026}", "\u{2022}", "\u{2030}", "\u{2028}", "\u{E9}", "\u{65E5}\u{672C}", "\u{BD}",
                      "\r\n", "www", "http", "//", "-", ";", "percent", "Twice", "DOLLARS", "yen"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<200 {
            var text = ""
            for _ in 0..<(round % 40 + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(sameTokens(text), "\(text.debugDescription)")
        }
    }

    /// ASCII words of every length from one to twenty-four letters (within one chunk, two, or more), in lower,
    /// capital and upper case, stopped by each kind of item, are written as `step` writes them: same span, key,
    /// class and case flags.
    @Test(arguments: [" ", ",", ".", "\n", "\u{2019}", "\u{A0}", "7", "\u{E9}", ""])
    func asciiWordsOfEveryLengthWriteWhatStepWrites(stop: String) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for length in 1...24 {
            let lower = String(letters[0..<length])
            for word in [lower, lower.capitalized, lower.uppercased(), "x" + lower.uppercased().dropFirst()] {
                #expect(sameTokens(word + stop + "end"), "\(word)\(stop.debugDescription)")
                #expect(sameTokens("(" + word + stop), "\(word)\(stop.debugDescription)")
            }
        }
        #expect(sameTokens("percent Percent PERCENT dollars Japanese governments government"))
    }

    /// `Token.write` stores the flags, digit counts, class and kind as the last eight bytes of a token: they lie
    /// there, in that order, and a written token reads back as the one `init` makes.
    @Test func tokenTailLiesWhereWriteStoresIt() {
        #expect(MemoryLayout<Token>.offset(of: \Token.flags) == Token.tailOffset)
        #expect(MemoryLayout<Token>.offset(of: \Token.intDigits) == Token.tailOffset + 2)
        #expect(MemoryLayout<Token>.offset(of: \Token.fracDigits) == Token.tailOffset + 3)
        #expect(MemoryLayout<Token>.offset(of: \Token.wordClass) == Token.tailOffset + 4)
        #expect(MemoryLayout<Token>.offset(of: \Token.kind) == Token.tailOffset + 5)
        #expect(MemoryLayout<Token>.stride >= Token.tailOffset + 8)
        let written = UnsafeMutablePointer<Token>.allocate(capacity: 1)
        defer { written.deallocate() }
        Token.write(written, kind: .symbol, start: 3, end: 4, byteStart: 5, byteEnd: 8, key: 0x2D, flags: 0x1003,
                    wordClass: .quantityStart)
        let made = Token(kind: .symbol, start: 3, end: 4, byteStart: 5, byteEnd: 8, key: 0x2D, value: 0,
                         flags: Token.Flags(rawValue: 0x1003), intDigits: 0, fracDigits: 0, wordClass: .quantityStart)
        #expect(fields(written.pointee) == fields(made))
        #expect(written.pointee.key == made.key && written.pointee.wordClass == made.wordClass)
    }

    /// Texts with more tokens than the first guess of the buffer's size (a token per four bytes) go on in larger
    /// buffers, carrying the tokens and the classed-token list written so far.
    @Test(arguments: [";", "a;", "$-%", "a two;", "1;b%"])
    func denseTextsGrowTheirBuffers(unit: String) {
        let text = String(repeating: unit, count: 500)
        #expect(sameTokens(text), "\(unit.debugDescription)")
        #expect(tokens(text).count * 4 > text.utf8.count + 64)
    }

    /// Every lexicon word sits within a short run of slots of its own, and no lexicon key is the empty-slot zero.
    @Test func lexiconKeysProbeShortRuns() {
        #expect(WordClass.table.longestProbe <= 8)
        #expect(WordClass.table.longestProbe >= 1)
        #expect(WordClass.table[WordKey.of("percent")].contains(.percent))
        #expect(WordKey.of("") == 0)
        #expect(WordKey.of("a") != 0)
    }

    /// A table answers every key it was built from with its class, across runs of neighbouring slots and the
    /// wrap from the last slot to the first, and answers keys it does not hold (same top bits or not) with none.
    @Test func wordClassTableAnswersItsKeysAndNoOthers() {
        var pairs: [UInt64: WordClass] = [:]
        // Keys whose slot bits (the low ones xor'ed with those from bit 29) agree crowd the slots from 250 on, past
        // the last (of 256) to the first; their top sixteen bits agree, so the bitmap lets them through.
        for k in 1...40 { pairs[UInt64(0xABCD) << 48 | UInt64(k) << 40 | 250] = WordClass(rawValue: UInt8(k % 255 + 1)) }
        for word in ["percent", "yen", "survey", "about", "fiscal"] { pairs[WordKey.of(word)] = .cue }
        let table = WordClassTable(pairs)
        for (key, value) in pairs { #expect(table[key] == value, "\(key)") }
        #expect(table.longestProbe > 1)
        for k in 41...80 { #expect(table[UInt64(0xABCD) << 48 | UInt64(k) << 40 | 250] == [], "\(k)") }
        #expect(table[WordKey.of("japan")] == [])
        #expect(table[1] == [])
    }
}
