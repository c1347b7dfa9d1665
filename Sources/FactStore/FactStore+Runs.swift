import BriefingModel
import Foundation
import GRDB

extension FactStore {
    /// Starts a run in memory; nothing is written until `record` (or `recordFailure`).
    public func beginRun(
        pipeline: String, pipelineFile: String = "", catalogHash: String = "", extractorVersion: String = "",
        inputHashes: [String: String] = [:]
    ) -> RunDraft {
        RunDraft(pipeline: pipeline, pipelineFile: pipelineFile, catalogHash: catalogHash,
                 extractorVersion: extractorVersion, inputHashes: inputHashes)
    }

    /// Writes a successful run, its documents, facts and metrics in ONE transaction and returns the run.
    /// Facts without an id get `Fact.stableID`. `overrideNotes` maps fact ids to the note an override left.
    /// `checkpoint` is called before each fact is written; throwing from it (cancellation, a fault) rolls the
    /// whole run back so the store is exactly as before, and the closure's error is rethrown unchanged.
    /// `sources` are fresh copies of fetched URLs, cached in the same transaction.
    @discardableResult
    public func record(
        _ draft: RunDraft, documents: [Document], facts: [Fact], metrics: [Metric] = [],
        overrideNotes: [String: String] = [:], sources: [CachedSource] = [], checkpoint: (Int) throws -> Void = { _ in }
    ) throws -> StoredRun {
        let hashByDocument = Dictionary(documents.map { ($0.id, $0.contentHash) }, uniquingKeysWith: { first, _ in first })
        return try write("recording run of \(draft.pipeline)") { db in
            var run = RunRecord(draft, status: .succeeded, finishedAt: Date().timeIntervalSince1970,
                                documentCount: documents.count, factCount: facts.count, error: nil)
            try run.insert(db)
            guard let runID = run.id else { throw StoreError(.io, "the run got no id", path: path) }
            for document in documents {
                try DocumentRecord(document).insert(db, onConflict: .replace)
                try db.execute(sql: "INSERT OR REPLACE INTO run_documents (run_id, location, content_hash) VALUES (?, ?, ?)",
                               arguments: [runID, document.location, document.contentHash])
            }
            // One prepared statement for every fact: the record API would build and compile the INSERT per row.
            let insertFact = try db.makeStatement(sql: FactRecord.insertSQL)
            for (index, original) in facts.enumerated() {
                do { try checkpoint(index) } catch { throw CallerError(underlying: error) }
                var fact = original
                let documentHash = hashByDocument[fact.document] ?? ""
                if fact.id.isEmpty {
                    fact.id = Fact.stableID(documentHash: documentHash, start: fact.start, end: fact.end)
                }
                let record = FactRecord(fact, runID: runID, documentHash: documentHash, overrideNote: overrideNotes[fact.id])
                try insertFact.execute(arguments: record.insertArguments)
            }
            for metric in metrics {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO metrics (id, label, unit, category, is_target, from_catalog)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [metric.id, metric.label, metric.unit.rawValue, metric.category.rawValue,
                                metric.isTarget, metric.fromCatalog])
            }
            for source in sources { try source.insert(into: db) }
            return run.stored
        }
    }

    /// Notes a failed run (times, status, reason) without any of its documents or facts.
    @discardableResult
    public func recordFailure(_ draft: RunDraft, reason: String) throws -> StoredRun {
        try write("recording the failure of a run of \(draft.pipeline)") { db in
            var run = RunRecord(draft, status: .failed, finishedAt: Date().timeIntervalSince1970,
                                documentCount: 0, factCount: 0, error: reason)
            try run.insert(db)
            return run.stored
        }
    }

    /// Every run, oldest first.
    public func runs() throws -> [StoredRun] {
        try read("listing runs") { db in
            try RunRecord.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map(\.stored)
        }
    }

    /// The id of the latest successful run, nil when there is none.
    public func latestRunID() throws -> Int64? {
        try read("finding the latest run") { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM runs WHERE status = ?", arguments: [Run.Status.succeeded.rawValue])
        }
    }

    /// The facts of a run (default: the latest successful one) in document and offset order.
    public func facts(run: Int64? = nil) throws -> [StoredFact] {
        guard let runID = try run ?? latestRunID() else { return [] }
        return try read("reading the facts of run \(runID)") { db in
            try FactRecord.fetchAll(db, sql: "SELECT \(FactRecord.columns) FROM facts WHERE run_id = ? ORDER BY document, start, \"end\", id",
                                    arguments: [runID])
                .map { StoredFact(fact: $0.fact, runID: runID, overrideNote: $0.overrideNote) }
        }
    }

    /// The documents a run read (default: the latest successful one), in id order.
    public func documents(run: Int64? = nil) throws -> [Document] {
        guard let runID = try run ?? latestRunID() else { return [] }
        return try read("reading the documents of run \(runID)") { db in
            try DocumentRecord.fetchAll(db, sql: """
                SELECT d.* FROM documents d JOIN run_documents r
                ON r.location = d.location AND r.content_hash = d.content_hash
                WHERE r.run_id = ? ORDER BY d.id
                """, arguments: [runID]).map(\.document)
        }
    }

    /// How many facts each document of a run has, by document id, counted in SQL: an unchanged re-run needs the
    /// counts, not the facts.
    public func factCounts(run runID: Int64) throws -> [String: Int] {
        try read("counting the facts of run \(runID)") { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT document, count(*) FROM facts WHERE run_id = ? GROUP BY document",
                                           arguments: [runID])
            while let row = try rows.next() { counts[row[0]] = row[1] }
            return counts
        }
    }

    /// The document id of each location a run read, without loading the documents' text.
    public func documentIDs(run runID: Int64) throws -> [String: String] {
        try read("reading the document ids of run \(runID)") { db in
            var ids: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.location, d.id FROM documents d JOIN run_documents r
                ON r.location = d.location AND r.content_hash = d.content_hash
                WHERE r.run_id = ? ORDER BY d.id
                """, arguments: [runID])
            while let row = try rows.next() {
                let location: String = row[0]
                if ids[location] == nil { ids[location] = row[1] }
            }
            return ids
        }
    }

    /// Every metric recorded by any run, by id.
    public func metrics() throws -> [String: Metric] {
        try read("reading metrics") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM metrics")
            var metrics: [String: Metric] = [:]
            for row in rows {
                let id: String = row["id"]
                metrics[id] = Metric(id: id, label: row["label"], unit: Unit(rawValue: row["unit"]),
                                     category: Category(rawValue: row["category"]) ?? .other,
                                     isTarget: row["is_target"], fromCatalog: row["from_catalog"])
            }
            return metrics
        }
    }
}

extension FactStore {
    /// Removes a run and everything recorded with it, in one transaction: the way back when a step after
    /// `record` (writing the outputs) fails, so that a failed run leaves the store as it was.
    public func discardRun(_ id: Int64) throws {
        try write("discarding run \(id)") { db in
            try db.execute(sql: "DELETE FROM facts WHERE run_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM run_documents WHERE run_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [id])
            try db.execute(sql: """
                DELETE FROM documents WHERE NOT EXISTS (
                    SELECT 1 FROM run_documents r WHERE r.location = documents.location AND r.content_hash = documents.content_hash)
                """)
            // Metrics are recorded only for the facts that use them: one no fact uses came with the discarded run.
            try db.execute(sql: "DELETE FROM metrics WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.metric = metrics.id)")
        }
    }
}
