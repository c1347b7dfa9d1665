import BriefingModel
import Foundation
import Ingest

/// Everything a run needs, resolved from a pipeline file: concrete sources and output paths.
public struct RunPlan: Sendable {
    /// One document to read: a file path or an http(s) URL, with what the pipeline file says about it.
    public struct Source: Sendable, Hashable {
        /// File path or URL, as it will be recorded in the store.
        public var location: String
        /// True for http(s) URLs.
        public var isURL: Bool
        /// Title, publisher, date and format given in the pipeline file.
        public var hints: SourceHints
        /// The id its document and facts get; the plan sets it, unique among its sources (`DocumentID.unique`).
        public internal(set) var documentID: String

        /// Creates a source.
        public init(location: String, isURL: Bool = false, hints: SourceHints = SourceHints()) {
            self.location = location
            self.isURL = isURL
            self.hints = hints
            documentID = isURL ? DocumentID.slug(forURL: location) : DocumentID.forFile(location)
        }
    }

    /// Pipeline name (default: the file name without extension).
    public var name: String
    /// Title for the outputs.
    public var title: String
    /// Description for the cover.
    public var description: String
    /// Contact line for the cover.
    public var contact: String?
    /// Path of the pipeline file.
    public var pipelineFile: String
    /// Hash of the pipeline file's bytes (and the overrides file's), so a changed configuration redoes work.
    public var configurationHash: String
    /// Sources in the order the pipeline lists them, globs expanded.
    public var sources: [Source]
    /// The SQLite store.
    public var storePath: String
    /// The briefing workbook.
    public var workbookPath: String
    /// The Markdown summary.
    public var summaryPath: String
    /// A Mustache template replacing the built-in one.
    public var templatePath: String?
    /// A metric catalog replacing the built-in one.
    public var catalogPath: String?
    /// The analyst's overrides file, when present.
    public var overridesPath: String?
    /// Seconds before a URL fetch gives up.
    public var fetchTimeout: Double
    /// The `User-Agent` URL fetches send.
    public var userAgent: String
    /// When the schedule next fires, for the cover.
    public var nextScheduledRun: Date?
    /// The pipeline's schedule, when it has one.
    public var schedule: Schedule?

    /// Creates a plan.
    public init(
        name: String, title: String, description: String = "", contact: String? = nil, pipelineFile: String,
        configurationHash: String = "", sources: [Source], storePath: String, workbookPath: String,
        summaryPath: String, templatePath: String? = nil, catalogPath: String? = nil, overridesPath: String? = nil,
        fetchTimeout: Double = 30, userAgent: String = "Briefing/1.0", nextScheduledRun: Date? = nil,
        schedule: Schedule? = nil
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.contact = contact
        self.pipelineFile = pipelineFile
        self.configurationHash = configurationHash
        // Two sources named alike (same file name in two folders) must not share a document id.
        let ids = DocumentID.unique(for: sources.map { ($0.location, $0.isURL) })
        self.sources = zip(sources, ids).map { source, id in
            var source = source
            source.documentID = id
            return source
        }
        self.storePath = storePath
        self.workbookPath = workbookPath
        self.summaryPath = summaryPath
        self.templatePath = templatePath
        self.catalogPath = catalogPath
        self.overridesPath = overridesPath
        self.fetchTimeout = fetchTimeout
        self.userAgent = userAgent
        self.nextScheduledRun = nextScheduledRun
        self.schedule = schedule
    }
}
