import BriefingModel

/// One value of a metric's series with its source, for `briefing history`.
public struct HistoryPoint: Codable, Sendable, Hashable {
    /// The year the value refers to; nil when unknown.
    public var year: Int?
    /// The fact, overrides applied.
    public var fact: Fact
    /// Title of the source document, when known.
    public var documentTitle: String?
    /// Where the source was read from.
    public var documentLocation: String
    /// The source's date, when known.
    public var documentDate: DocumentDate?
    /// The override note, when an override touched the fact.
    public var overrideNote: String?

    /// Creates a point.
    public init(year: Int?, fact: Fact, documentTitle: String?, documentLocation: String, documentDate: DocumentDate?,
                overrideNote: String?) {
        self.year = year
        self.fact = fact
        self.documentTitle = documentTitle
        self.documentLocation = documentLocation
        self.documentDate = documentDate
        self.overrideNote = overrideNote
    }
}
