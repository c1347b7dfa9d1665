import BriefingModel
import Foundation
import GRDB

/// One row of the `runs` table.
struct RunRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "runs"

    var id: Int64?
    var pipeline: String
    var startedAt: Double
    var finishedAt: Double?
    var status: String
    var documentCount: Int
    var factCount: Int
    var inputHash: String
    var extractorVersion: String
    var pipelineFile: String
    var catalogHash: String
    var inputHashes: String
    var error: String?

    enum CodingKeys: String, CodingKey {
        case id, pipeline, startedAt = "started_at", finishedAt = "finished_at", status
        case documentCount = "document_count", factCount = "fact_count", inputHash = "input_hash"
        case extractorVersion = "extractor_version", pipelineFile = "pipeline_file", catalogHash = "catalog_hash"
        case inputHashes = "input_hashes", error
    }

    init(_ draft: RunDraft, status: Run.Status, finishedAt: Double, documentCount: Int, factCount: Int, error: String?) {
        pipeline = draft.pipeline
        startedAt = draft.startedAt
        self.finishedAt = finishedAt
        self.status = status.rawValue
        self.documentCount = documentCount
        self.factCount = factCount
        inputHash = draft.inputHash
        extractorVersion = draft.extractorVersion
        pipelineFile = draft.pipelineFile
        catalogHash = draft.catalogHash
        let encoded = (try? JSONEncoder.sorted.encode(draft.inputHashes)) ?? Data("{}".utf8)
        inputHashes = String(decoding: encoded, as: UTF8.self)
        self.error = error
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var stored: StoredRun {
        let hashes = (try? JSONDecoder().decode([String: String].self, from: Data(inputHashes.utf8))) ?? [:]
        let run = Run(id: id ?? 0, pipeline: pipeline, startedAt: startedAt, finishedAt: finishedAt,
                      status: Run.Status(rawValue: status) ?? .failed, documentCount: documentCount,
                      factCount: factCount, inputHash: inputHash, extractorVersion: extractorVersion)
        return StoredRun(run: run, pipelineFile: pipelineFile, catalogHash: catalogHash, inputHashes: hashes, error: error)
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so stored JSON is byte-stable.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
