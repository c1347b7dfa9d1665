/// A source document after ingest: its decoded text and what is known about where it came from.
public struct Document: Codable, Sendable, Hashable {
    /// Whether a document's date was stated by the user or the source, or inferred from its text.
    public enum DateOrigin: String, Codable, Sendable, Hashable {
        case given, inferred
    }

    /// Short id: the file name without its extension, or a slug of the URL.
    public var id: String
    /// Where the document was read from: a file path or an http(s) URL.
    public var location: String
    /// Title, when the pipeline, front matter or HTML gives one.
    public var title: String?
    /// Publisher, when known.
    public var publisher: String?
    /// The date the document speaks from; dates undated figures.
    public var date: DocumentDate?
    /// Whether `date` was given or inferred.
    public var dateOrigin: DateOrigin?
    /// The text facts are extracted from; fact offsets count Unicode scalars in it.
    public var text: String
    /// SHA-256 of the source bytes, lower-case hex.
    public var contentHash: String
    /// The source format: `text`, `markdown`, `html`, `pdf`.
    public var format: String

    /// Creates a document.
    public init(
        id: String, location: String, title: String? = nil, publisher: String? = nil,
        date: DocumentDate? = nil, dateOrigin: DateOrigin? = nil, text: String,
        contentHash: String = "", format: String = "text"
    ) {
        self.id = id
        self.location = location
        self.title = title
        self.publisher = publisher
        self.date = date
        self.dateOrigin = dateOrigin
        self.text = text
        self.contentHash = contentHash
        self.format = format
    }
}
