import BriefingModel

/// A fact as the reports show it: the stored fact, whether a reviewer overrode it, and where its document lives.
public struct ReportFact: Codable, Sendable, Hashable {
    /// The fact, with any override already applied to its fields.
    public var fact: Fact
    /// True when a reviewer's override changed this fact.
    public var overridden: Bool
    /// The reviewer's reason for the override, when given.
    public var overrideNote: String?
    /// The document's file path or URL, for the hyperlink; nil when unknown.
    public var documentLocation: String?

    /// Creates a reported fact.
    public init(fact: Fact, overridden: Bool = false, overrideNote: String? = nil, documentLocation: String? = nil) {
        self.fact = fact
        self.overridden = overridden
        self.overrideNote = overrideNote
        self.documentLocation = documentLocation
    }
}
