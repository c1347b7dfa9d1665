import BriefingModel
import Testing

@testable import Extraction

/// The byte tokenizer: word keys agree with the lexicons' `WordKey.of` whatever the word's length, case or script,
/// and offsets count Unicode scalars even after multi-byte characters.
struct TokenizerTests {
    private func tokens(_ text: String) -> (ScalarText, [Token]) {
        let source = ScalarText(text)
        let tokens = source.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens }
        return (source, tokens)
    }

    /// Words of every length around the eight-byte chunks, in lower, upper and mixed case.
    @Test(arguments: Array(1...26))
    func asciiWordKeysMatchTheLexiconKeys(length: Int) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let word = String(letters.prefix(length))
        for spelling in [word, word.uppercased(), String(word.enumerated().map { $0.offset % 2 == 0 ? Character($0.element.uppercased()) : $0.element })] {
            let (_, found) = tokens("(\(spelling)) x")
            #expect(found.count == 4)
            #expect(found[1].isWord)
            #expect(found[1].key == WordKey.of(word), "\(spelling)")
            #expect(found[1].start == 1 && found[1].end == 1 + length)
        }
    }

    @Test func wordsOfDifferentLengthsOrLettersHaveDifferentKeys() {
        let words = ["a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghabcdefgh", "abcdefghabcdefgha",
                     "percent", "percents", "million", "millions", "café", "cafe", "naïve", "naive", "ﬁve", "Σ", "σ"]
        let keys = Set(words.map(WordKey.of))
        // "ﬁve" folds to "five"; "Σ" and "σ" fold together; the rest are distinct.
        #expect(WordKey.of("ﬁve") == WordKey.of("five"))
        #expect(WordKey.of("Σ") == WordKey.of("σ"))
        #expect(keys.count == words.count - 1)
    }

    /// Letters beyond ASCII continue a word and are folded like the lexicon's; ligatures are spelled out.
    @Test func wordsWithOtherLettersAreOneTokenWithTheLexiconKey() {
        let (text, found) = tokens("Tōkyō’s naïve ﬁnancial CAFÉ")
        let words = found.filter(\.isWord)
        #expect(words.map { text.string($0, $0) } == ["Tōkyō", "s", "naïve", "ﬁnancial", "CAFÉ"])
        #expect(words[0].key == WordKey.of("tōkyō"))
        #expect(words[2].key == WordKey.of("NAÏVE"))
        #expect(words[3].key == WordKey.of("financial"))
        #expect(words[4].key == WordKey.of("café"))
        #expect(words[4].flags.contains(.allCaps))
        #expect(words[0].isCapitalized && !words[0].flags.contains(.allCaps))
    }

    /// Offsets after multi-byte characters count scalars, and grouping by no-break or thin spaces reads one number.
    @Test func offsetsCountScalarsAndSpaceGroupsSpanMultiByteSpaces() {
        let (text, found) = tokens("日本 😀 €40\u{202F}000 and 1\u{A0}234\u{2009}567.5")
        let numbers = found.filter(\.isNumber)
        #expect(numbers.map(\.value) == [40_000, 1_234_567.5])
        #expect(numbers.map { text.string($0, $0) } == ["40\u{202F}000", "1\u{A0}234\u{2009}567.5"])
        let euro = found.first { $0.isSymbol && $0.key == 0x20AC }
        #expect(euro?.start == 5)
        #expect(text.count == Array("日本 😀 €40\u{202F}000 and 1\u{A0}234\u{2009}567.5".unicodeScalars).count)
    }

    @Test func linksAreMarkedAndOtherChunksAreNot() {
        let (_, found) = tokens("See https://x.jp/a1 or mail a@b.org; 3.5 percent. End")
        // "https : / / x . jp / a 1" and "a @ b . org ;": the whole whitespace-delimited chunk.
        #expect(found.filter(\.inLink).count == 16)
        #expect(!found.contains { $0.isNumber && $0.value == 3.5 && $0.inLink })
    }

    /// Text denser in tokens than the tokenizer's first buffer (a token per byte) continues in a larger one: every
    /// token is kept with its offsets, and a link that spans the switch is marked whole.
    @Test func tokenDenseTextKeepsEveryTokenAndWholeLinks() {
        let dots = String(repeating: "a.", count: 600)
        let (_, found) = tokens("x " + dots + " https://" + dots + " y")
        // "x", 1,200 tokens, "https" ":" "/" "/", 1,200 tokens, "y".
        #expect(found.count == 1 + 1_200 + 4 + 1_200 + 1)
        for i in found.indices.dropFirst() { #expect(found[i].start >= found[i - 1].end) }
        #expect(found[1].start == 2 && found[1_200].end == 2 + 1_200)
        #expect(!found[1_200].inLink)
        #expect(found[1_201...2_404].allSatisfy { $0.inLink })
        let last = found[found.count - 1]
        #expect(last.isWord && !last.inLink)
    }

    /// The lines, sentence stops and year-header lines the tokenizer notes are those its tokens show, with "\r\n",
    /// blank lines and a token buffer that grows twice.
    @Test func notedLinesStopsAndHeadersMatchTheTokens() {
        let dense = String(repeating: "a.", count: 300)
        let text = "Title\r\n\r\nYear  2023  2024\nJapan 1 2\n" + dense + "\nDone? Yes! “Quoted…”\n\n\nlast"
        let source = ScalarText(text)
        let (found, marks) = source.utf8.withUnsafeBufferPointer {
            Tokenizer(bytes: $0, n: source.byteCount).tokenize()
        }
        #expect(found.count == 1 + 3 + 3 + 600 + 8 + 1)
        let starts = [0] + found.indices.dropFirst().filter { found[$0].lineBreakBefore }
        #expect(marks.lines.count == 6)
        #expect(marks.lines.map(\.start) == starts)
        #expect(marks.lines.map(\.end) == Array(starts.dropFirst()) + [found.count])
        let stops = found.indices.filter { found[$0].isSymbol && [0x2E, 0x21, 0x3F, 0x2026].contains(found[$0].key) }
        #expect(stops.count == 300 + 3)
        #expect(marks.stops == stops)
        #expect(marks.headers == [1])
    }

    /// Numbers and symbols carry the word-class bits of the sentence marks they make, and `quantityStart` where
    /// the scanner may start ("$", "-", symbols beyond ASCII); other symbols none.
    @Test func numbersAndSymbolsCarryTheirSentenceMarks() {
        let (_, found) = tokens("Up 5% to $3 (€2, ¼) -4")
        let classes = found.map(\.wordClass)
        #expect(classes[1] == .quantityStart)  // 5
        #expect(classes[2] == .percent)
        #expect(classes[4] == [.money, .quantityStart])  // $
        #expect(classes[6] == [])  // (
        #expect(classes[7] == [.money, .quantityStart])  // €
        #expect(classes[9] == [])  // ,
        #expect(classes[10] == .quantityStart)  // ¼
        #expect(classes[12] == .quantityStart)  // -
    }
}

/// Texts too long for 32-bit token offsets are read in paragraph-aligned pieces; the facts are those of the whole.
struct PieceTests {
    @Test func piecesGiveTheFactsOfTheWholeText() {
        let paragraph = "Japan invested $12.5 billion in Ohio in 2023, supporting about 75,000 jobs.\n"
            + "Visitors from Japan rose 40% to 1.2 million — “a record”, said the café’s owner.\n\n"
        let text = String(repeating: paragraph, count: 12)
        let document = Document(id: "d", location: "d.txt", date: DocumentDate(year: 2024), text: text, contentHash: "abc")
        let whole = Extractor().extract(document)
        let pieced = Extractor().extract(document, pieceBytes: 700)
        let one = Extractor().extract(Document(id: "d", location: "d.txt", date: DocumentDate(year: 2024), text: paragraph))
        #expect(one.count >= 3)
        #expect(whole.count == 12 * one.count)
        #expect(pieced == whole)
        for fact in pieced {
            let scalars = Array(text.unicodeScalars)[fact.start..<fact.end]
            #expect(String(String.UnicodeScalarView(scalars)) == fact.text)
        }
    }

    @Test(arguments: [7, 64, 300])
    func piecesCoverTheTextWithoutSplittingScalars(maximumBytes: Int) {
        let text = String(repeating: "日本 😀 €40 and words\nmore words here 1,234.\n\n", count: 20) + "end"
        let pieces = Extractor.pieces(of: text, maximumBytes: maximumBytes)
        #expect(pieces.joined() == text)
        #expect(pieces.allSatisfy { $0.utf8.count < maximumBytes || $0.unicodeScalars.count == 1 })
    }
}
