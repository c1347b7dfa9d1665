import BriefingModel
import FactStore
import Foundation
import GRDB
import Testing

@Suite("Store schema: migrations, newer schemas, corruption, locks")
struct SchemaTests {
    @Test("a v1 store written by hand is migrated and keeps its data")
    func migratesVersion1() throws {
        let path = StoreFixtures.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        do {
            let old = try DatabaseQueue(path: path)
            try old.write { db in
                try db.execute(sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1-documents-facts-runs');
                    CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, pipeline TEXT NOT NULL,
                        started_at REAL NOT NULL, finished_at REAL, status TEXT NOT NULL,
                        document_count INTEGER NOT NULL DEFAULT 0, fact_count INTEGER NOT NULL DEFAULT 0,
                        input_hash TEXT NOT NULL DEFAULT '', extractor_version TEXT NOT NULL DEFAULT '');
                    CREATE TABLE documents (id TEXT NOT NULL, content_hash TEXT NOT NULL, location TEXT NOT NULL,
                        title TEXT, publisher TEXT, date TEXT, date_origin TEXT, format TEXT NOT NULL DEFAULT 'text',
                        text TEXT NOT NULL, PRIMARY KEY (location, content_hash));
                    CREATE TABLE run_documents (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        location TEXT NOT NULL, content_hash TEXT NOT NULL, PRIMARY KEY (run_id, location));
                    CREATE TABLE facts (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        id TEXT NOT NULL, document TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL, sentence TEXT NOT NULL, value REAL NOT NULL, low REAL, high REAL,
                        unit TEXT NOT NULL, noun TEXT, qualifier TEXT NOT NULL, category TEXT NOT NULL,
                        kind TEXT NOT NULL, year INTEGER, metric TEXT, subject TEXT, confidence REAL NOT NULL,
                        PRIMARY KEY (run_id, id));
                    CREATE INDEX facts_by_metric ON facts(metric, year);
                    INSERT INTO runs (pipeline, started_at, finished_at, status, document_count, fact_count)
                        VALUES ('sample', 1000, 1001, 'succeeded', 1, 1);
                    INSERT INTO documents (id, content_hash, location, title, date, text)
                        VALUES ('s02', 'abc', '/s/s02.txt', 'Fact sheet', '2020-01', 'more than 30,000 alumni');
                    INSERT INTO run_documents VALUES (1, '/s/s02.txt', 'abc');
                    INSERT INTO facts (run_id, id, document, text, start, "end", sentence, value, unit, noun,
                        qualifier, category, kind, year, metric, confidence)
                        VALUES (1, 'f1', 's02', 'more than 30,000', 0, 16, 'more than 30,000 alumni', 30000,
                        'count', 'alumni', 'more_than', 'exchange', 'observation', 2020, 'jet_alumni_us', 0.9);
                    """)
            }
        }
        let store = try FactStore(path: path)
        #expect(try store.appliedMigrations() == ["v1-documents-facts-runs", "v2-cache-state-metrics-overrides",
                                                  "v3-fact-pages-cache-types", "v4-facts-by-run-document"])
        let facts = try store.facts()
        #expect(facts.count == 1)
        #expect(facts.first?.fact.qualifier == .moreThan)
        #expect(facts.first?.fact.metric == "jet_alumni_us")
        #expect(facts.first?.overrideNote == nil)
        #expect(try store.documents().first?.date == DocumentDate(year: 2020, month: 1))
        #expect(try store.runs().map(\.run.pipeline) == ["sample"])
        // The v2 tables work on the upgraded file.
        try store.setState("k", to: "v")
        #expect(try store.state("k") == "v")
        #expect(try store.check().isEmpty)
    }

    @Test("a store written by a newer schema is refused with a clear error")
    func refusesNewerSchema() throws {
        let path = StoreFixtures.temporaryPath()
        _ = try FactStore(path: path)
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        let error = #expect(throws: StoreError.self) { try FactStore(path: path) }
        #expect(error?.code == .newerSchema)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("newer Briefing") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test("a file that is not SQLite gives a corrupt-store error")
    func rejectsGarbage() throws {
        let path = StoreFixtures.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try FactStore(path: path) }
        #expect(error?.code == .corrupt)
    }

    @Test("damaged pages are reported by check() or refused on open")
    func detectsDamagedPages() throws {
        let path = StoreFixtures.temporaryPath()
        do {
            let store = try FactStore(path: path)
            let many = (0..<400).map { index in
                StoreFixtures.fact("s02", "fact \(index)", Double(index), year: 2020, metric: "m\(index)", start: index * 10)
            }
            try store.record(store.beginRun(pipeline: "sample"), documents: [StoreFixtures.document("s02", year: 2020)],
                             facts: many)
            #expect(try store.check().isEmpty)
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        #expect(size > 4096 * 4)
        try handle.seek(toOffset: 4096 * 2 + 16)
        handle.write(Data(repeating: 0xFF, count: 4096 * 2))
        try handle.close()
        do {
            let reopened = try FactStore(path: path)
            let problems = (try? reopened.check()) ?? ["check failed"]
            let readable = (try? reopened.facts()) != nil
            #expect(!problems.isEmpty || !readable)
        } catch let error as StoreError {
            #expect(error.code == .corrupt)
        }
    }

    @Test("a write lock held by another connection gives a locked error after the busy timeout")
    func reportsLock() throws {
        let path = StoreFixtures.temporaryPath()
        let store = try FactStore(path: path, busyTimeout: 0.2)
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true  // this connection plays the other process holding the lock
        let other = try DatabaseQueue(path: path, configuration: unsafe)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let error = #expect(throws: StoreError.self) {
            try store.record(store.beginRun(pipeline: "sample"), documents: [], facts: [])
        }
        #expect(error?.code == .locked)
        #expect(error?.description.contains("locked") == true)
        try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try store.record(store.beginRun(pipeline: "sample"), documents: [], facts: [])
        #expect(try store.runs().count == 1)
    }

    @Test("the store's folder is created when missing")
    func createsFolder() throws {
        let path = StoreFixtures.temporaryPath("Output/sample.sqlite")
        _ = try FactStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
