/// One execution of a pipeline, as recorded in the store.
public struct Run: Codable, Sendable, Hashable {
    /// How a run ended.
    public enum Status: String, Codable, Sendable, Hashable {
        case running, succeeded, failed
    }

    /// Sequential run number within a store.
    public var id: Int64
    /// Pipeline name (file name without extension).
    public var pipeline: String
    /// When the run started, seconds since 1970.
    public var startedAt: Double
    /// When it ended.
    public var finishedAt: Double?
    /// Outcome.
    public var status: Status
    /// Documents read.
    public var documentCount: Int
    /// Facts stored.
    public var factCount: Int
    /// Hash of the pipeline file, catalog, extractor version and document hashes.
    public var inputHash: String
    /// Extractor version string.
    public var extractorVersion: String

    /// Creates a run record.
    public init(
        id: Int64, pipeline: String, startedAt: Double, finishedAt: Double? = nil, status: Status,
        documentCount: Int = 0, factCount: Int = 0, inputHash: String = "", extractorVersion: String = ""
    ) {
        self.id = id
        self.pipeline = pipeline
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.documentCount = documentCount
        self.factCount = factCount
        self.inputHash = inputHash
        self.extractorVersion = extractorVersion
    }
}
