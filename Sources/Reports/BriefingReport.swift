import BriefingModel
import Foundation

/// Everything the workbook and the Markdown summary show about one run, filled by the caller from the store.
public struct BriefingReport: Codable, Sendable, Hashable {
    /// The briefing's title: the first cell of every sheet and the summary's heading.
    public var title: String
    /// One or two sentences on what the briefing covers.
    public var description: String
    /// Who to ask about the briefing (name, team or e-mail), when given.
    public var contact: String?
    /// The pipeline's name.
    public var pipeline: String
    /// The run's id, written into the workbook's custom properties.
    public var runID: String
    /// The run's logical date: the workbook's `created` property and the date shown on the cover.
    public var runDate: Date
    /// When the next scheduled run is due, if the pipeline has a schedule.
    public var nextScheduledRun: Date?
    /// The schedule's time zone (IANA name), in which the next run is shown; nil shows it in UTC.
    public var scheduleTimeZone: String?
    /// Hashes of the run's inputs (pipeline file, catalog, documents) by name, kept as custom properties.
    public var inputHashes: [String: String]
    /// The documents read, in the order they should be listed.
    public var documents: [ReportDocument]
    /// Every fact, in the order they should be listed.
    public var facts: [ReportFact]
    /// One row per catalog metric.
    public var keyFigures: [KeyFigure]
    /// The change of each metric between its two latest years.
    public var changes: [ChangeRow]

    /// Creates a report.
    public init(
        title: String, description: String, contact: String? = nil, pipeline: String, runID: String,
        runDate: Date, nextScheduledRun: Date? = nil, inputHashes: [String: String] = [:],
        documents: [ReportDocument] = [], facts: [ReportFact] = [], keyFigures: [KeyFigure] = [],
        changes: [ChangeRow] = []
    ) {
        self.title = title
        self.description = description
        self.contact = contact
        self.pipeline = pipeline
        self.runID = runID
        self.runDate = runDate
        self.nextScheduledRun = nextScheduledRun
        self.inputHashes = inputHashes
        self.documents = documents
        self.facts = facts
        self.keyFigures = keyFigures
        self.changes = changes
    }

    /// The documents by id, for lookups inside per-fact loops.
    func documentsByID() -> [String: ReportDocument] {
        Dictionary(documents.map { ($0.document.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
