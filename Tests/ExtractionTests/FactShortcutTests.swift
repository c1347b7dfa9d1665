import BriefingModel
import Foundation
import Testing

@testable import Extraction

/// Shortcuts the extraction run takes per fact, each checked against the long way it replaced.
struct FactShortcutTests {
    /// The tokens of `text`, with the noun finder the run uses.
    private func nounFinder(_ text: String) -> (ScalarText, [Token], NounFinder) {
        let scalars = ScalarText(text)
        let (tokens, _) = scalars.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: scalars.byteCount).tokenize() }
        return (scalars, tokens, NounFinder(tokens: tokens, text: scalars))
    }

    /// A word token's key is the key of its lower-case spelling: what the category of a counted noun taken from
    /// context reads (it built the lower-case string and keyed it).
    private func wordKeysAgree(_ text: String) -> [String] {
        let (_, tokens, nouns) = nounFinder(text)
        return tokens.indices.filter { tokens[$0].isWord && tokens[$0].key != WordKey.of(nouns.lowered($0)) }
            .map { nouns.text($0) }
    }

    @Test("a word token's key is the key of its lower-case spelling", arguments: [
        "Students, STUDENTS and Alumni of the JET Programme visited 12 cities.",
        "Ärzte, İstanbul, ΣΟΦΙΑ, Straße, ﬁrms and ﬂights: Œuvres, naïve café-goers, Ǆemal.",
        "東京 and Ōsaka hosted 3,000 visitors; Ｆｕｌｌｗｉｄｔｈ words too.",
    ])
    func wordKeys(_ text: String) {
        #expect(wordKeysAgree(text) == [])
    }

    @Test("word keys agree with lower-case spellings on the held-out documents")
    func wordKeysOnHeldOutDocuments() throws {
        let documents = try heldOutTexts()
        #expect(documents.count >= 8)
        for (name, text) in documents {
            #expect(wordKeysAgree(text) == [], "\(name)")
        }
    }

    @Test("word keys agree with lower-case spellings on random letters of many scripts")
    func wordKeysOnRandomWords() {
        let letters: [Unicode.Scalar] = ["a", "Z", "é", "É", "ß", "İ", "ı", "Σ", "ς", "ﬁ", "ﬆ", "Ǆ", "ǅ", "Ω", "K",
                                         "Å", "ŉ", "Ａ", "ｚ", "Ж", "ж", "東", "ῼ", "ﬀ"]
        var generator = SystemRandomNumberGenerator()
        var words: [String] = []
        for _ in 0..<2_000 {
            var word = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...9, using: &generator) {
                word.append(letters.randomElement(using: &generator) ?? "a")
            }
            words.append(String(word))
        }
        #expect(wordKeysAgree(words.joined(separator: " ")) == [])
    }

    @Test("units found among those already spelled are the units their names spell")
    func unitSpellings() {
        let spellings = ["count", "percent", "USD", "JPY", "square_km", "british_thermal_units", "count", "USD",
                         "tons", "percent"] + (0..<40).map { "unit\($0)" } + ["count", "unit3", "unit39"]
        var units = UnitSpellings()
        for spelling in spellings {
            let name = UnitName(spelling)
            #expect(units.unit(name) == name.unit)
            #expect(units.unit(name).rawValue == spelling)
        }
    }
}
