import BriefingModel
import GRDB

/// One row of the `documents` table: a document version, keyed by location and content hash.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "documents"

    var id: String
    var contentHash: String
    var location: String
    var title: String?
    var publisher: String?
    var date: String?
    var dateOrigin: String?
    var format: String
    var text: String

    enum CodingKeys: String, CodingKey {
        case id, contentHash = "content_hash", location, title, publisher, date, dateOrigin = "date_origin", format, text
    }

    init(_ document: Document) {
        id = document.id
        contentHash = document.contentHash
        location = document.location
        title = document.title
        publisher = document.publisher
        date = document.date?.description
        dateOrigin = document.dateOrigin?.rawValue
        format = document.format
        text = document.text
    }

    var document: Document {
        Document(id: id, location: location, title: title, publisher: publisher,
                 date: date.flatMap(DocumentDate.init(iso:)), dateOrigin: dateOrigin.flatMap(Document.DateOrigin.init(rawValue:)),
                 text: text, contentHash: contentHash, format: format)
    }
}
