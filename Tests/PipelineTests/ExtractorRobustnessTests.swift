import BriefingModel
import Extraction
import PropertyBased
import Testing

/// The extractor on generated text full of numbers, units, scales, separators and odd Unicode: never a crash or a
/// hang, and every fact points at its own text (offsets inside the document, `text` the characters there, the
/// sentence containing it, a finite value).
@Suite(.timeLimit(.minutes(30))) struct ExtractorRobustnessTests {
    static let pieces = [
        "0", "7", "42", "1,234", "1,234,567", "3.5", "0.07", "12.", ".5", "-3", "−4", "1/2", "½", "¾", "2024", "FY2023",
        "1990s", "%", " per cent", " percent", "$", "US$", "¥", "€", "£", " million", " billion", " trillion", " thousand",
        "k", "m", "bn", " hundred", " dozen", " one", " twenty-five", " a third", "more than ", "about ", "nearly ",
        "up to ", "at least ", " to ", "–", "-", "—", " and ", " or ", " of ", " jobs", " alumni", " visitors", " students",
        " by 2030", " in 2019", " No. ", "Tel. ", "+81 ", "3-4567-8901", "U.S.", "Japan", " the ", " program", ".", ",",
        ";", ":", "!", "?", " ", "  ", "\n", "\n\n", "\t", "|", "(", ")", "[", "]", "\"", "'", "’", "#", "*", "/",
        "\u{0301}", "\u{200B}", "\u{FEFF}", "\u{202E}", "😀", "👩‍👩‍👧", "日本", "１２３", "٣", "\r\n", "\u{0}", "\u{FFFD}",
        "km", " sq ft", " kg", " tonnes", " gallons", " mph", "x", "×", "e9", "1e6",
    ]

    @Test func generatedTextNeverBreaksTheExtractor() async {
        let extractor = Extractor()
        await propertyCheck(count: FuzzBudget.count, input: SeedStream.text(of: Self.pieces, count: 0...80)) { text in
            let document = Document(id: "fuzz", location: "fuzz.txt", text: text)
            let scalars = Array(text.unicodeScalars)
            for fact in extractor.extract(document) {
                guard fact.start >= 0, fact.start < fact.end, fact.end <= scalars.count else {
                    Issue.record("offsets \(fact.start)..<\(fact.end) outside \(scalars.count) scalars: \(text.debugDescription)")
                    continue
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[fact.start..<fact.end])
                #expect(fact.text == String(view), "fact text \(fact.text.debugDescription) is not the text at its offsets in \(text.debugDescription)")
                // By scalars: a fact may end inside a grapheme ("42£" of "42£" + combining accent).
                #expect(Self.contains(Array(fact.sentence.unicodeScalars), Array(fact.text.unicodeScalars)),
                        "sentence lacks the fact: \(text.debugDescription)")
                #expect(fact.value.isFinite, "value \(fact.value) for \(text.debugDescription)")
            }
        }
    }

    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func randomScalarsNeverBreakTheExtractor() async {
        let extractor = Extractor()
        await propertyCheck(count: FuzzBudget.count, input: SeedStream.text(scalarsIn: 0...0x2FFF, count: 0...200)) { text in
            let count = text.unicodeScalars.count
            for fact in extractor.extract(Document(id: "fuzz", location: "fuzz.txt", text: text)) {
                #expect(fact.start >= 0 && fact.start < fact.end && fact.end <= count, "\(text.debugDescription)")
            }
        }
    }
}
