import BriefingModel
import GRDB

/// One row of the `facts` table: a fact of one run with its stored-only fields.
struct FactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "facts"

    var runID: Int64
    var id: String
    var document: String
    var documentHash: String
    var text: String
    var start: Int
    var end: Int
    var sentence: String
    var value: Double
    var low: Double?
    var high: Double?
    var unit: String
    var noun: String?
    var qualifier: String
    var category: String
    var kind: String
    var year: Int?
    var metric: String?
    var subject: String?
    var confidence: Double
    var overrideNote: String?
    var page: Int?

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", id, document, documentHash = "document_hash", text, start, end, sentence, value, low, high
        case unit, noun, qualifier, category, kind, year, metric, subject, confidence, overrideNote = "override_note", page
    }

    init(_ fact: Fact, runID: Int64, documentHash: String, overrideNote: String?) {
        self.runID = runID
        id = fact.id
        document = fact.document
        self.documentHash = documentHash
        text = fact.text
        start = fact.start
        end = fact.end
        sentence = fact.sentence
        value = fact.value
        low = fact.low
        high = fact.high
        unit = fact.unit.rawValue
        noun = fact.noun
        qualifier = fact.qualifier.rawValue
        category = fact.category.rawValue
        kind = fact.kind.rawValue
        year = fact.year
        metric = fact.metric
        subject = fact.subject
        confidence = fact.confidence
        self.overrideNote = overrideNote
        page = fact.page
    }

    /// Every column, in the order `init(row:)` and `insertArguments` use them; `SELECT *` would tie both to the
    /// order migrations happened to add the columns in.
    static let columns = """
        run_id, id, document, document_hash, text, start, "end", sentence, value, low, high, unit, noun, qualifier, \
        category, kind, year, metric, subject, confidence, override_note, page
        """

    /// The statement that `record` prepares once and runs for every fact of a run.
    static let insertSQL = "INSERT INTO facts (\(columns)) VALUES (\(Array(repeating: "?", count: 22).joined(separator: ", ")))"

    /// Reads a row selected with `columns` by position: a run reads back every fact, and GRDB's Codable path
    /// looks each column up by name, which dominated reading 200,000 facts.
    init(row: Row) {
        runID = row[0]
        id = row[1]
        document = row[2]
        documentHash = row[3]
        text = row[4]
        start = row[5]
        end = row[6]
        sentence = row[7]
        value = row[8]
        low = row[9]
        high = row[10]
        unit = row[11]
        noun = row[12]
        qualifier = row[13]
        category = row[14]
        kind = row[15]
        year = row[16]
        metric = row[17]
        subject = row[18]
        confidence = row[19]
        overrideNote = row[20]
        page = row[21]
    }

    /// The values for `insertSQL`, in `columns` order.
    var insertArguments: StatementArguments {
        [runID, id, document, documentHash, text, start, end, sentence, value, low, high, unit, noun, qualifier,
         category, kind, year, metric, subject, confidence, overrideNote, page]
    }

    /// The model value; unknown enum spellings (from a hand-edited store) fall back to neutral values.
    var fact: Fact {
        Fact(id: id, document: document, text: text, start: start, end: end, sentence: sentence, value: value,
             low: low, high: high, unit: Unit(rawValue: unit), noun: noun,
             qualifier: Qualifier(rawValue: qualifier) ?? .exact, category: Category(rawValue: category) ?? .other,
             kind: Kind(rawValue: kind) ?? .observation, year: year, metric: metric, subject: subject,
             confidence: confidence, page: page)
    }
}
