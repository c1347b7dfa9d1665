import BriefingModel

/// Finds every numeric fact in a document (GUIDELINES.md). Deterministic; no I/O. One pass tokenizes the text's
/// UTF-8 bytes; each sentence is then scanned once with bounded look-ahead and look-behind.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output can change, so incremental runs redo stale documents.
    public static let version = "1.1.0"

    /// Creates an extractor.
    public init() {}

    /// Returns the facts of a document, in text order.
    public func extract(_ document: Document) -> [Fact] {
        let text = ScalarText(document.text)
        let tokens = text.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: text.byteCount).tokenize() }
        guard !tokens.isEmpty else { return [] }
        let run = ExtractionRun(document: document, text: text, tokens: tokens)
        return run.facts()
    }
}
