import Foundation

/// The document properties Excel shows under File › Info (docProps/core.xml).
public struct DocumentProperties: Sendable, Equatable {
    /// Title.
    public var title: String?
    /// Subject.
    public var subject: String?
    /// Author (dc:creator).
    public var author: String?
    /// Manager.
    public var manager: String?
    /// Company.
    public var company: String?
    /// Category.
    public var category: String?
    /// Keywords.
    public var keywords: String?
    /// Comments (dc:description).
    public var comments: String?
    /// Status.
    public var status: String?
    /// Creation date written as dcterms:created and dcterms:modified; pin it for byte-identical output.
    /// nil lets libxlsxwriter use the current time.
    public var created: Date?

    /// Properties; unset fields are left out of the file.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
                company: String? = nil, category: String? = nil, keywords: String? = nil, comments: String? = nil,
                status: String? = nil, created: Date? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }
}

/// A value for a custom document property (docProps/custom.xml).
public enum CustomPropertyValue: Sendable, Equatable {
    /// Text.
    case string(String)
    /// A number (must be finite).
    case number(Double)
    /// True or false.
    case bool(Bool)
    /// A date and time.
    case dateTime(ExcelDateTime)
}
