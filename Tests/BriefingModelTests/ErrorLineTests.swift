import BriefingModel
import Testing

/// Error messages stay on one line whatever line breaks the quoted input holds.
@Suite struct ErrorLineTests {
    @Test(arguments: [
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb"),
        ("a\rb", "a\\rb"),
        ("a\n\u{736}b", "a\\n\u{736}b"),
        ("a\u{2028}b\u{2029}c\u{85}d", "a\\u{2028}b\\u{2029}c\\u{85}d"),
        ("a\u{0B}b\u{0C}c", "a\\u{B}b\\u{C}c"),
        ("plain 'value' é", "plain 'value' é"),
    ])
    func lineBreaksBecomeEscapes(text: String, expected: String) {
        let line = ErrorLine.escaped(text)
        #expect(line == expected)
        let breaks = line.filter(\.isNewline)
        #expect(breaks.isEmpty)
    }

    struct MultiLine: Error, CustomStringConvertible {
        var description: String { "\n\nfirst\u{2028}second\nthird" }
    }

    @Test func causeIsItsFirstNonEmptyLine() {
        #expect(ErrorLine.firstLine(of: MultiLine()) == "first")
    }
}
