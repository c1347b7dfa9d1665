import BriefingModel
import Foundation
import GRDB

/// The SQLite fact store of one pipeline (by default `Output/<pipeline>.sqlite`): documents, facts, runs,
/// metrics, fetched sources and schedule state, behind versioned migrations.
public final class FactStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating when missing) and migrates the store at `path`. Waits up to `busyTimeout` seconds for
    /// another process's write lock before failing with `.locked`; refuses a store written by a newer schema.
    public init(path: String, busyTimeout: Double = 3) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.cannotOpen, "cannot create the store's folder \(directory)", path: path,
                                 cause: SendableDescription(error))
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrap(error, doing: "opening the store", path: path)
        }
        try refuseNewerSchema()
        do {
            try StoreSchema.migrator.migrate(queue)
        } catch {
            let wrapped = StoreError.wrap(error, doing: "migrating the store", path: path)
            if wrapped.code == .io {
                throw StoreError(.migration, "migrating the store to schema \(StoreSchema.identifiers.last ?? "") failed",
                                 path: path, cause: wrapped.cause)
            }
            throw wrapped
        }
    }

    /// The schema identifiers applied to this store, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read("reading the schema version") { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// Runs SQLite's `PRAGMA integrity_check` and foreign-key check; returns the problems found, empty when sound.
    public func check() throws -> [String] {
        // Outside a transaction: a damaged page makes SQLite stop the check part-way, and a transaction around
        // it would turn that into an error instead of a finding.
        do {
            return try queue.inDatabase(Self.problems)
        } catch {
            throw StoreError.wrap(error, doing: "checking the store's integrity", path: path)
        }
    }

    private static func problems(in db: Database) throws -> [String] {
        var problems: [String] = []
        do {
            let lines = try String.fetchCursor(db, sql: "PRAGMA integrity_check")
            while let line = try lines.next() {
                if line != "ok" && !line.hasPrefix("*** in database") { problems.append(line) }
            }
        } catch let error as DatabaseError {
            return problems + ["the integrity check stopped: \(error.message ?? "\(error.resultCode)")"]
        }
        let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        return problems + orphans.map { row in
            "row \(row[1] as Int64? ?? 0) of table \(row[0] as String? ?? "?") points to a missing \(row[2] as String? ?? "?") row"
        }
    }

    private func refuseNewerSchema() throws {
        let applied: [String] = try read("reading the schema version") { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        let unknown = applied.filter { !StoreSchema.identifiers.contains($0) }
        if !unknown.isEmpty {
            throw StoreError(.newerSchema,
                             "the store was written by a newer Briefing (schema \(unknown.joined(separator: ", "))); "
                                 + "upgrade Briefing or point the pipeline at another store",
                             path: path)
        }
    }

    /// Reads in a snapshot, mapping failures to `StoreError`.
    func read<T>(_ doing: String, _ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw StoreError.wrap(error, doing: doing, path: path) }
    }

    /// Writes in one transaction, mapping failures to `StoreError`; nothing is kept when `body` throws.
    func write<T>(_ doing: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let caller as CallerError {
            throw caller.underlying
        } catch {
            throw StoreError.wrap(error, doing: doing, path: path)
        }
    }
}

/// An error thrown by a caller's closure inside a transaction: rolled back like any other, then rethrown as is.
struct CallerError: Error {
    let underlying: any Error
}
