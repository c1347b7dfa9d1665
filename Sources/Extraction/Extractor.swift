import BriefingModel

/// Finds every numeric fact in a document (GUIDELINES.md). Deterministic; no I/O.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output can change, so incremental runs redo stale documents.
    public static let version = "0.0.1"

    /// Creates an extractor.
    public init() {}

    /// Returns the facts of a document, in text order.
    public func extract(_ document: Document) -> [Fact] {
        []
    }
}
