import BriefingModel

/// A source document as the reports list it: the ingested document and how many facts came from it.
public struct ReportDocument: Codable, Sendable, Hashable {
    /// The document; its `text` is not shown and may be left empty.
    public var document: Document
    /// How many facts the run stored from it.
    public var factCount: Int

    /// Creates a listed document.
    public init(document: Document, factCount: Int) {
        self.document = document
        self.factCount = factCount
    }

    /// The title, or the id when the document has none.
    public var displayTitle: String {
        guard let title = document.title, !title.isEmpty else { return document.id }
        return title
    }

    /// The document's date with "(inferred)" appended when it was not given, or nil when unknown.
    public var displayDate: String? {
        guard let date = document.date else { return nil }
        return document.dateOrigin == .inferred ? "\(date) (inferred)" : date.description
    }
}
