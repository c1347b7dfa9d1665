import BriefingModel
import Foundation
import Testing

@testable import Extraction

/// `ExtractionRun.sentenceMarks`: the scanner is skipped on sentences not marked `quantityStart`, so such a
/// sentence must never hold a quantity. Checked by running the scanner on every sentence anyway.
struct SentenceMarksTests {
    /// The sentences of `text` that are not marked as holding a quantity start, with what the scanner finds in
    /// them all the same (with and without a percent and a money context).
    private func quantitiesInUnmarkedSentences(_ text: String) -> [String] {
        guard let run = extractionRun(text) else { return [] }
        let marks = run.sentenceMarks()
        var found: [String] = []
        for (index, sentence) in run.layout.sentences.enumerated() where !marks[index].contains(.quantityStart) {
            for context in [(false, false), (true, true)] {
                let quantities = run.scanner.scan(from: sentence.start, to: sentence.end, hasPercent: context.0,
                                                  moneyContext: context.1)
                for q in quantities {
                    found.append(run.text.string(run.tokens[q.start], run.tokens[q.end - 1]))
                }
            }
        }
        return found
    }

    @Test("sentences with only currency letters, articles or odd symbols hold no quantity", arguments: [
        "The U.S. and Japan met in Tokyo.",
        "US officials and USD markets reacted…",
        "A gallon of milk costs more now.",
        "An acre of land was returned.",
        "A$ 5 was paid. US$ 3 more. USD five million. € 12 in all.",
        "Half a dozen firms came; a third of them stayed.",
        "Exports doubled, the second-largest rise.",
        "It was a hard year for the alliance — a test.",
        "C $ and A $ are the dollars of Canada and Australia.",
        "The yen fell. The euro rose. The pound held.",
    ])
    func handwritten(_ text: String) {
        #expect(quantitiesInUnmarkedSentences(text) == [])
    }

    @Test("the held-out documents have no quantity in a sentence the marks skip")
    func heldOutDocuments() throws {
        let documents = try heldOutTexts()
        #expect(documents.count >= 8)
        for (name, text) in documents {
            #expect(quantitiesInUnmarkedSentences(text) == [], "\(name)")
        }
    }

    @Test("random sentences of currency words, articles, units and numbers agree with the scanner")
    func randomSentences() {
        let words = ["a", "an", "A", "US", "U.S.", "USD", "usd", "C", "$", "€", "£", "¥", "…", "gallon", "of", "acre",
                     "dollars", "yen", "million", "dozen", "third", "half", "the", "five", "12", "3.5", "2021", "%",
                     "percent", "doubled", "second", "largest", "-", "in", "Can", "S", "RMB", "JPY", "pounds", "km"]
        for sentence in randomTestSentences(of: words, count: 3_000, maxWords: 9) {
            #expect(quantitiesInUnmarkedSentences(sentence) == [], "\(sentence)")
        }
    }

    /// Sentence marks and section topics read from the classed tokens equal the passes over every token.
    private func classedPassesAgree(_ text: String) -> Bool {
        guard let run = extractionRun(text) else { return true }
        guard run.sentenceMarks().map(\.rawValue) == run.sentenceMarksByTokens().map(\.rawValue) else { return false }
        let sections = run.layout.sections
        for (k, section) in sections.enumerated() {
            let end = k + 1 < sections.count ? sections[k + 1].start : run.tokens.count
            for threshold in [0.1, 3, 6] {
                let fast = run.categories.topic(classed: run.classified, from: section.start, to: end,
                                                threshold: threshold)
                if fast != run.categories.topic(from: section.start, to: end, threshold: threshold) { return false }
            }
        }
        return true
    }

    @Test("marks and topics from the classed tokens equal the full passes on the held-out documents")
    func classedPassesOnHeldOutDocuments() throws {
        for (name, text) in try heldOutTexts() {
            #expect(classedPassesAgree(text), "\(name)")
        }
    }

    @Test("marks and topics from the classed tokens equal the full passes on random texts")
    func classedPassesOnRandomTexts() {
        let words = ["a", "An", "US", "USD", "$", "€", "12", "2021", "%", "percent", "trade", "trade deficit", "jobs",
                     "survey", "polled", "say", "will", "aims", "exports", "the", ";", ".", "\n", "\n\n", "# Heading\n",
                     "direct investment", "food security", "| 2023 |", "—", "JET", "visitors", "ODA", "who", "WHO"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let count = Int.random(in: 1...60, using: &generator)
            let text = (0..<count).map { _ in words.randomElement(using: &generator) ?? "a" }.joined(separator: " ")
            #expect(classedPassesAgree(text), "\(text)")
        }
    }
}
