import Testing

@testable import Extraction

/// The number reader's shortcut for a lone token of digits gives what the whole grammar gives, whatever follows
/// the digits: scale letters and words, fractions, joiners, units, punctuation, other numbers.
struct NumberReaderFastPathTests {
    private static let numbers = ["5", "40", "2023", "1,200", "3.5", "0", "07"]

    private static let followers = [
        "", ".", ",", ", two", ",000", " percent", "%", " years", "k", " k", "K", " K", "M", " M", "m", " m", "b",
        "B", "T", " T", "bn", " bn", " mln", " lakh", " million", " Million", " hundred", " dozen", " thousand",
        " and a half", " and 3", " and", " & 4", "&4", "/4", "/0", " 1/2", "½", " ½", " 7", "-fold", " - 6",
        "–6", " to 6", " a", " an", " point five", " one", " twenty", " half", " third", " minus", " US$", " $",
        "th", "st", " (", ")", " mn", "tr", " tr", " Tn", " crore",
    ]

    @Test(arguments: [false, true])
    func loneDigitsReadAsTheGrammarReads(currency: Bool) {
        for number in Self.numbers {
            for follower in Self.followers {
                let text = number + follower + " tail"
                let source = ScalarText(text)
                let tokens = source.utf8.withUnsafeBufferPointer {
                    Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens
                }
                let reader = NumberReader(tokens: tokens, scalars: source)
                for limit in [1, 2, 3, tokens.count] where limit <= tokens.count {
                    let fast = reader.read(at: 0, limit: limit, currency: currency)
                    let full = reader.readByGrammar(at: 0, limit: limit, currency: currency)
                    #expect(fast == full, "\(text.debugDescription) limit \(limit) currency \(currency)")
                }
            }
        }
    }

    @Test func shortcutTakesPlainNumbers() throws {
        let source = ScalarText("In 2023, 40 percent agreed")
        let tokens = source.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: source.byteCount).tokenize().tokens }
        let reader = NumberReader(tokens: tokens, scalars: source)
        let year = try #require(reader.read(at: 1, limit: tokens.count))
        #expect(year.value == 2023 && year.end == 2 && year.atoms == 1 && !year.scaled && !year.inWords)
        let share = try #require(reader.read(at: 3, limit: tokens.count))
        #expect(share.value == 40 && share.end == 4)
    }
}
