import Foundation

/// A run that has started but is not yet in the store; `FactStore.record` writes it with everything it
/// produced in one transaction, so a run that fails or is killed before that leaves no trace.
public struct RunDraft: Sendable, Hashable {
    /// Pipeline name (file name without extension).
    public var pipeline: String
    /// Path of the pipeline file.
    public var pipelineFile: String
    /// When the run started, seconds since 1970.
    public var startedAt: Double
    /// Hash of the metric catalog used for linking.
    public var catalogHash: String
    /// Extractor version string.
    public var extractorVersion: String
    /// Content hash of every input, by location.
    public var inputHashes: [String: String]

    /// Creates a draft.
    public init(
        pipeline: String, pipelineFile: String = "", startedAt: Double = Date().timeIntervalSince1970,
        catalogHash: String = "", extractorVersion: String = "", inputHashes: [String: String] = [:]
    ) {
        self.pipeline = pipeline
        self.pipelineFile = pipelineFile
        self.startedAt = startedAt
        self.catalogHash = catalogHash
        self.extractorVersion = extractorVersion
        self.inputHashes = inputHashes
    }

    /// One hash over the pipeline file, catalog, extractor version and every input, for "nothing changed" checks.
    public var inputHash: String {
        var parts = [pipelineFile, catalogHash, extractorVersion]
        parts += inputHashes.keys.sorted().map { "\($0)=\(inputHashes[$0] ?? "")" }
        var hash = StableHashing()
        for part in parts { hash.combine(part) }
        return hash.hex
    }
}
