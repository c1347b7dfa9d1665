import BriefingModel

@testable import Extraction

/// The extraction run of `text` as the extractor sets it up (a document of 2024), for tests of the run's passes;
/// nil for a text with no tokens.
func extractionRun(_ text: String) -> ExtractionRun? {
    let document = Document(id: "t", location: "t.txt", date: DocumentDate(year: 2024), text: text, contentHash: "h")
    let scalars = ScalarText(text)
    let (tokens, lineMarks) = scalars.utf8.withUnsafeBufferPointer {
        Tokenizer(bytes: $0, n: scalars.byteCount).tokenize()
    }
    guard !tokens.isEmpty else { return nil }
    return ExtractionRun(document: document, text: scalars, tokens: tokens, marks: lineMarks)
}

/// `count` random sentences of one to `maxWords` words drawn from `words`, joined by spaces or (half the time)
/// by nothing, each ending in ".": inputs on which a fast path must agree with the general one.
func randomTestSentences(of words: [String], count: Int, maxWords: Int) -> [String] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
        let length = Int.random(in: 1...maxWords, using: &generator)
        return (0..<length).map { _ in words.randomElement(using: &generator) ?? "a" }
            .joined(separator: Bool.random(using: &generator) ? " " : "") + "."
    }
}
