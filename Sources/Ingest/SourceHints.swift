import BriefingModel

/// What the user already knows about a source (from the pipeline file or the command line); it wins over
/// anything inferred from the document.
public struct SourceHints: Sendable, Hashable {
    /// Title to use instead of the document's own.
    public var title: String?
    /// Publisher to record.
    public var publisher: String?
    /// The document's date; recorded with origin `.given`.
    public var date: DocumentDate?
    /// Format to use instead of the one the extension or content type implies.
    public var format: SourceFormat?

    /// Creates hints; all optional.
    public init(title: String? = nil, publisher: String? = nil, date: DocumentDate? = nil, format: SourceFormat? = nil) {
        self.title = title
        self.publisher = publisher
        self.date = date
        self.format = format
    }
}
