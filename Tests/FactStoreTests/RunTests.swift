import BriefingModel
import FactStore
import Foundation
import GRDB
import Testing

@Suite("Runs: one transaction each, run-to-run changes, cache and state")
struct RunTests {
    struct Injected: Error {}

    func rows(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var lines: [String] = []
            for table in ["runs", "documents", "run_documents", "facts", "metrics", "source_cache", "state"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table): \($0)" }
            }
            return lines
        }
    }

    @Test("an error in the middle of a run leaves the store row-for-row and byte-for-byte as before")
    func failedRunChangesNothing() throws {
        let path = StoreFixtures.temporaryPath()
        do {
            let store = try FactStore(path: path)
            try store.record(store.beginRun(pipeline: "sample"), documents: StoreFixtures.jetDocuments,
                             facts: StoreFixtures.jetFacts)
        }
        let rowsBefore = try rows(path)
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try FactStore(path: path)
            let more = StoreFixtures.jetFacts + [StoreFixtures.fact("s04", "12", 12, year: 2024, metric: "x", start: 5)]
            #expect(throws: Injected.self) {
                try store.record(store.beginRun(pipeline: "sample"),
                                 documents: StoreFixtures.jetDocuments + [StoreFixtures.document("s04", year: 2024)],
                                 facts: more, metrics: [Metric(id: "x", label: "X", unit: .count, category: .other)],
                                 checkpoint: { index in if index == 2 { throw Injected() } })
            }
            #expect(try store.runs().count == 1)
        }
        #expect(try rows(path) == rowsBefore)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytesBefore)
    }

    @Test("facts get stable ids from document hash and offsets, and keep override notes")
    func storesFacts() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        let run = try store.record(store.beginRun(pipeline: "sample", extractorVersion: "x1", inputHashes: ["/a": "h"]),
                                   documents: StoreFixtures.jetDocuments, facts: StoreFixtures.jetFacts,
                                   overrideNotes: [Fact.stableID(documentHash: "hash-s03-4", start: 20, end: 26): "checked"])
        #expect(run.run.status == .succeeded)
        #expect(run.run.factCount == 2)
        #expect(run.inputHashes == ["/a": "h"])
        let facts = try store.facts()
        #expect(facts.map(\.fact.id) == [Fact.stableID(documentHash: "hash-s02-4", start: 10, end: 26),
                                         Fact.stableID(documentHash: "hash-s03-4", start: 20, end: 26)])
        #expect(facts.map(\.overrideNote) == [nil, "checked"])
        #expect(try store.documents().map(\.id) == ["s02", "s03"])
    }

    @Test("a failed run is listed without facts")
    func recordsFailure() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        try store.recordFailure(store.beginRun(pipeline: "sample"), reason: "s02.txt: cannot read")
        let runs = try store.runs()
        #expect(runs.map(\.run.status) == [.failed])
        #expect(runs.first?.error == "s02.txt: cannot read")
        #expect(try store.latestRunID() == nil)
        #expect(try store.facts().isEmpty)
    }

    @Test("changes between the last two runs list added, removed and changed facts")
    func runChanges() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        let kept = StoreFixtures.fact("s02", "more than 30,000", 30000, qualifier: .moreThan, year: 2020, metric: "jet", start: 1)
        let dropped = StoreFixtures.fact("s02", "37", 37, year: 2020, metric: "chapters", start: 50)
        try store.record(store.beginRun(pipeline: "p"), documents: [StoreFixtures.document("s02", year: 2020)],
                         facts: [kept, dropped])
        var corrected = kept
        corrected.year = 2019
        let new = StoreFixtures.fact("s02", "nearly 200", 200, qualifier: .nearly, year: 2020, metric: "jet_state", start: 90)
        try store.record(store.beginRun(pipeline: "p"), documents: [StoreFixtures.document("s02", year: 2020)],
                         facts: [corrected, new])
        let changes = try #require(try store.changes())
        #expect(changes.from == 1 && changes.to == 2)
        #expect(changes.added.map(\.text) == ["nearly 200"])
        #expect(changes.removed.map(\.text) == ["37"])
        #expect(changes.changed.map(\.fields) == [["year"]])
        #expect(changes.changed.first?.before.year == 2020)
    }

    @Test("an edited document's figure with a new id counts as changed, not added and removed")
    func pairsEditedFigures() {
        let before = [StoreFixtures.fact("d", "860,000", 860000, year: 2020, metric: "jobs", start: 10)]
        var edited = StoreFixtures.fact("d", "963,000", 963000, year: 2020, metric: "jobs", start: 12)
        edited.id = "new"
        var old = before[0]
        old.id = "old"
        let changes = RunChanges.compare([old], [edited], from: 1, to: 2)
        #expect(changes.added.isEmpty && changes.removed.isEmpty)
        #expect(changes.changed.map(\.fields) == [["text", "value"]])
    }

    @Test("source cache and schedule state round-trip")
    func cacheAndState() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        #expect(try store.cachedSource(at: "https://example.org/a") == nil)
        let source = CachedSource(location: "https://example.org/a", etag: "\"x1\"", lastModified: "Tue, 01 Apr 2025",
                                  bytes: Data([0, 1, 2, 255]), fetchedAt: 123)
        try store.cacheSource(source)
        #expect(try store.cachedSource(at: "https://example.org/a") == source)
        #expect(try store.lastScheduledRun(pipeline: "sample") == nil)
        try store.setLastScheduledRun(pipeline: "sample", at: 1_700_000_000)
        #expect(try store.lastScheduledRun(pipeline: "sample") == 1_700_000_000)
        try store.setState("schedule.last_run.sample", to: nil)
        #expect(try store.lastScheduledRun(pipeline: "sample") == nil)
    }

    @Test("fact counts and document ids of a run agree with its facts and documents")
    func countsAndIDsMatchTheRun() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        let facts = StoreFixtures.jetFacts + [StoreFixtures.fact("s03", "12", 12, year: 2024, metric: "x", start: 40)]
        let run = try store.record(store.beginRun(pipeline: "sample"), documents: StoreFixtures.jetDocuments, facts: facts)
        let expected = Dictionary(grouping: try store.facts(run: run.run.id), by: \.fact.document).mapValues(\.count)
        #expect(try store.factCounts(run: run.run.id) == expected)
        #expect(try store.factCounts(run: run.run.id) == ["s02": 1, "s03": 2])
        #expect(try store.documentIDs(run: run.run.id) == ["/sources/s02.txt": "s02", "/sources/s03.txt": "s03"])
        #expect(try store.factCounts(run: run.run.id + 1).isEmpty)
    }
}
