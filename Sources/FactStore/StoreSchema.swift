import GRDB

/// The versioned schema of the store. Migrations are append-only: a released identifier never changes,
/// so a store written by an older Briefing is upgraded in place and one written by a newer Briefing is refused.
enum StoreSchema {
    /// Identifiers in the order they are applied.
    static let identifiers = [
        "v1-documents-facts-runs", "v2-cache-state-metrics-overrides", "v3-fact-pages-cache-types", "v4-facts-by-run-document",
    ]

    /// The migrator with every known migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(identifiers[0]) { db in try db.execute(sql: version1) }
        migrator.registerMigration(identifiers[1]) { db in try db.execute(sql: version2) }
        migrator.registerMigration(identifiers[2]) { db in try db.execute(sql: version3) }
        migrator.registerMigration(identifiers[3]) { db in try db.execute(sql: version4) }
        return migrator
    }

    /// Documents, facts and runs: the first released schema.
    static let version1 = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            pipeline TEXT NOT NULL,
            started_at REAL NOT NULL,
            finished_at REAL,
            status TEXT NOT NULL,
            document_count INTEGER NOT NULL DEFAULT 0,
            fact_count INTEGER NOT NULL DEFAULT 0,
            input_hash TEXT NOT NULL DEFAULT '',
            extractor_version TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE documents (
            id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            location TEXT NOT NULL,
            title TEXT,
            publisher TEXT,
            date TEXT,
            date_origin TEXT,
            format TEXT NOT NULL DEFAULT 'text',
            text TEXT NOT NULL,
            PRIMARY KEY (location, content_hash)
        );
        CREATE TABLE run_documents (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            location TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            PRIMARY KEY (run_id, location)
        );
        CREATE TABLE facts (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            document TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            value REAL NOT NULL,
            low REAL,
            high REAL,
            unit TEXT NOT NULL,
            noun TEXT,
            qualifier TEXT NOT NULL,
            category TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            metric TEXT,
            subject TEXT,
            confidence REAL NOT NULL,
            PRIMARY KEY (run_id, id)
        );
        CREATE INDEX facts_by_metric ON facts(metric, year);
        """

    /// Source cache, key/value state, the metric table, override notes and richer run provenance.
    static let version2 = """
        ALTER TABLE runs ADD COLUMN pipeline_file TEXT NOT NULL DEFAULT '';
        ALTER TABLE runs ADD COLUMN catalog_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE runs ADD COLUMN input_hashes TEXT NOT NULL DEFAULT '';
        ALTER TABLE runs ADD COLUMN error TEXT;
        ALTER TABLE facts ADD COLUMN override_note TEXT;
        ALTER TABLE facts ADD COLUMN document_hash TEXT NOT NULL DEFAULT '';
        CREATE TABLE metrics (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            unit TEXT NOT NULL,
            category TEXT NOT NULL,
            is_target INTEGER NOT NULL,
            from_catalog INTEGER NOT NULL
        );
        CREATE TABLE source_cache (
            location TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            bytes BLOB NOT NULL,
            fetched_at REAL NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """

    /// The PDF page a fact stands on, and the content type of a cached URL body (so a 304 answer is read in
    /// the format the server first declared).
    static let version3 = """
        ALTER TABLE facts ADD COLUMN page INTEGER;
        ALTER TABLE source_cache ADD COLUMN content_type TEXT;
        """

    /// Facts by run and document: an unchanged re-run counts each document's facts from this index alone
    /// instead of reading every fact row of the run (1 s → 0.07 s at 10,000 documents).
    static let version4 = """
        CREATE INDEX facts_by_run_document ON facts(run_id, document);
        """
}
