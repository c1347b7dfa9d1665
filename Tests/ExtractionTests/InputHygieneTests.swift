import BriefingModel
import PropertyBased
import Testing

/// Odd but normal input (BOM, CRLF, no-break spaces, curly quotes, dashes, ligatures) and arbitrary strings:
/// nothing crashes, offsets stay in bounds and `text` is the slice at the offsets.
struct InputHygieneTests {
    /// The text between two scalar offsets, as Python's `text[start:end]`.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return nil }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[start..<end])
        return out
    }

    static func checkOffsets(_ text: String) {
        for fact in facts(text) {
            #expect(Self.slice(text, fact.start, fact.end) == fact.text)
            #expect(fact.value.isFinite)
        }
    }

    @Test func typographicInput() {
        let text = "\u{FEFF}Visitors spent \u{201C}about\u{201D} ¥8.1\u{00A0}trillion\r\n"
            + "in 2024 \u{2014} roughly 40\u{2013}45 per\u{00A0}cent more; the e\u{FB03}cient 😀 group had 12 members.\r\n"
        let found = facts(text)
        #expect(found.map(\.unit.rawValue) == ["JPY", "percent", "count"])
        Self.checkOffsets(text)
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Café 🇯🇵 résumé: 1,000 students."
        let fact = try #require(onlyFact(text))
        #expect(fact.start == 16 && fact.text == "1,000")
        Self.checkOffsets(text)
    }

    @Test func emptyAndDegenerateInput() {
        for text in ["", " ", "\n\n", "$", "-", "1", "%", "¥", "1/0", "a a a", "|||", "| 2019 |\n|---|\n| x | 1 |"] {
            Self.checkOffsets(text)
        }
    }

    static let fragments = [
        "1", "2,000", "3.5", "1,5", "12 000", "2019", "FY", "-", "–", "—", "/", ":", "$", "US$", "¥", "€", "£", "%",
        "percent", "per cent", "million", "bn", "k", "m", "half", "a", "third", "one", "in", "five", "and", "to",
        "between", "about", "more than", "up to", "+", "(", ")", "[1]", "|", "\n", "\r\n", "\u{00A0}", "\u{2009}",
        "\u{FEFF}", "é", "😀", "\u{0301}", "ﬁ", "twenty", "-", "pm", "a.m.", "st", "th", "Section", "G", "km2",
        "pounds", "yen", "USD", "www.", "@", "http://", ".", ",", ";", " ",
    ]

    @Test func fragmentSoupNeverCrashes() async {
        let soup = Gen.int(in: 0...(Self.fragments.count - 1)).array(of: 0...40)
        await propertyCheck(count: 300, input: soup) { picks in
            let parts = picks.map { Self.fragments[$0] }
            let text = parts.joined(separator: parts.count % 3 == 0 ? "" : " ")
            Self.checkOffsets(text)
        }
    }

    @Test func arbitraryScalarsNeverCrash() async {
        let scalars = Gen.unicodeScalar(in: "\u{0}"..."\u{2FFF}").array(of: 0...60)
        await propertyCheck(count: 300, input: scalars) { list in
            var text = ""
            text.unicodeScalars.append(contentsOf: list)
            Self.checkOffsets(text)
        }
    }
}
