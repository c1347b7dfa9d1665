import BriefingModel
import Foundation
import Testing

@testable import Extraction

/// `YearResolver.mentions(from:to:classed:cursor:)` reads only the classed tokens and counts quotes only up to
/// each mention: checked against `mentionsByTokens`, the walk over every token it replaced.
struct YearMentionsTests {
    /// One line per mention: its token, year, flags.
    private func described(_ mentions: [YearResolver.Mention]) -> [String] {
        mentions.map { "\($0.token) \($0.year) b\($0.base) h\($0.horizon) l\($0.label) q\($0.quoted)" }
    }

    /// The sentences of `text` whose mentions differ between the two ways, read in text order with one cursor
    /// (as the extraction run reads them), and each again with a cursor left past it (the binary-search path).
    private func disagreements(_ text: String) -> [String] {
        guard let run = extractionRun(text) else { return [] }
        var cursor = 0
        var found: [String] = []
        for sentence in run.layout.sentences {
            let expected = described(run.years.mentionsByTokens(from: sentence.start, to: sentence.end))
            let inOrder = run.years.mentions(from: sentence.start, to: sentence.end, classed: run.classified,
                                             cursor: &cursor)
            var stale = run.classified.count
            let searched = run.years.mentions(from: sentence.start, to: sentence.end, classed: run.classified,
                                              cursor: &stale)
            if described(inOrder) != expected || described(searched) != expected {
                found.append(run.text.string(run.tokens[sentence.start], run.tokens[sentence.end - 1]))
            }
        }
        return found
    }

    @Test("mentions agree with the token walk on years in quotes, names and fiscal labels", arguments: [
        "In 2023, exports rose 5% to $148 billion from 2019, and the \"2030 Vision\" aims higher by 2030.",
        "The report “Japan in 2040” said 2,000 firms hired 12 percent more in FY21 than in FY 2020.",
        "Expo 2025 drew 28 million visitors; the 1990s saw 31 million; G2020 met in 2021–2022.",
        "\"In 2019,\" he said, \"we had 48 members\" and \"2020\" was worse: 2021: 71 pct, 2022: 68 pct.",
        "The Trade Expansion Act of 1962 and the 2019 level of 3.2 million; since 2015 up 6 points over 2018.",
        "″2024″ and ‟2025” with 14 pages in mid-2021 and pre-2020, 2024a and www.example.com/2024 links.",
    ])
    func handwritten(_ text: String) {
        #expect(disagreements(text) == [])
    }

    @Test("mentions agree with the token walk on the held-out documents")
    func heldOutDocuments() throws {
        let documents = try heldOutTexts()
        #expect(documents.count >= 8)
        for (name, text) in documents {
            #expect(disagreements(text) == [], "\(name)")
        }
    }

    @Test("mentions agree with the token walk on random sentences of years, quotes and words")
    func randomSentences() {
        let words = ["2021", "2019", "FY", "FY21", "21", "\"", "“", "”", "in", "since", "the", "Expo", "level", "of",
                     "Act", "by", "12", "1,500", "3.5", ":", "-", "mid", "s", "from", "than", "a", "June", "-2020",
                     "1990s", "year", "fiscal", ",", "(", ")", "than", "on", "Tokyo"]
        let sentences = randomTestSentences(of: words, count: 2_000, maxWords: 14)
        // Several sentences per text, so that the cursor carries from one to the next.
        for start in stride(from: 0, to: sentences.count, by: 8) {
            let text = sentences[start..<min(sentences.count, start + 8)].joined(separator: " ")
            #expect(disagreements(text) == [], "\(text)")
        }
    }
}
