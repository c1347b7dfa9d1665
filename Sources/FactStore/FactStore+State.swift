import Foundation
import GRDB

extension FactStore {
    /// The cached body of a URL, nil when it was never fetched.
    public func cachedSource(at location: String) throws -> CachedSource? {
        try read("reading the source cache") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM source_cache WHERE location = ?", arguments: [location]).map { row in
                CachedSource(location: row["location"], etag: row["etag"], lastModified: row["last_modified"],
                             bytes: row["bytes"], fetchedAt: row["fetched_at"], contentType: row["content_type"])
            }
        }
    }

    /// Stores (or replaces) the cached body of a URL.
    public func cacheSource(_ source: CachedSource) throws {
        try write("writing the source cache") { db in try source.insert(into: db) }
    }

    /// A value from the key/value state table.
    public func state(_ key: String) throws -> String? {
        try read("reading state \(key)") { db in
            try String.fetchOne(db, sql: "SELECT value FROM state WHERE key = ?", arguments: [key])
        }
    }

    /// Sets (or, with nil, removes) a value in the key/value state table.
    public func setState(_ key: String, to value: String?) throws {
        try write("writing state \(key)") { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM state WHERE key = ?", arguments: [key])
            }
        }
    }

    /// When the scheduler last started a run of `pipeline`, seconds since 1970.
    public func lastScheduledRun(pipeline: String) throws -> Double? {
        try state("schedule.last_run." + pipeline).flatMap(Double.init)
    }

    /// Remembers when the scheduler last started a run of `pipeline`.
    public func setLastScheduledRun(pipeline: String, at time: Double) throws {
        try setState("schedule.last_run." + pipeline, to: String(time))
    }
}
