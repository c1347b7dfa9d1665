import BriefingModel

/// A run as kept in the store: the model's `Run` plus its provenance.
public struct StoredRun: Codable, Sendable, Hashable {
    /// Number, times, status and counts.
    public var run: Run
    /// Path of the pipeline file.
    public var pipelineFile: String
    /// Hash of the metric catalog used.
    public var catalogHash: String
    /// Content hash of every input, by location.
    public var inputHashes: [String: String]
    /// Why the run failed, when it did.
    public var error: String?

    /// Creates a stored run.
    public init(run: Run, pipelineFile: String, catalogHash: String, inputHashes: [String: String], error: String? = nil) {
        self.run = run
        self.pipelineFile = pipelineFile
        self.catalogHash = catalogHash
        self.inputHashes = inputHashes
        self.error = error
    }
}
