import BriefingModel

/// A document as ingest returns it: the model value plus what does not belong in it (pages, warnings).
public struct IngestedDocument: Sendable, Hashable {
    /// The document, ready for extraction.
    public var document: Document
    /// For PDFs, the offset (in Unicode scalars of `document.text`) where each page starts; page 1 starts at 0.
    /// Empty for other formats.
    public var pageStarts: [Int]
    /// Problems that did not stop reading (repaired encoding, unreadable front matter, …).
    public var warnings: [IngestWarning]

    /// Creates a result.
    public init(document: Document, pageStarts: [Int] = [], warnings: [IngestWarning] = []) {
        self.document = document
        self.pageStarts = pageStarts
        self.warnings = warnings
    }

    /// The 1-based page holding the scalar offset `offset`, or nil when the document has no pages.
    public func page(atOffset offset: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pageStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
