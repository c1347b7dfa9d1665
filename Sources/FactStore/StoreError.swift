import GRDB

/// Every failure of the fact store: what went wrong (`code`), a message naming what was being done,
/// the database path, and the underlying cause; prints as one line.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure, stable for callers that branch on it.
    public enum Code: String, Sendable {
        /// The file could not be opened or created.
        case cannotOpen = "cannot_open"
        /// The file is not an SQLite database or its pages are damaged.
        case corrupt
        /// The file was written by a newer version of Briefing.
        case newerSchema = "newer_schema"
        /// Another process holds the write lock longer than the busy timeout.
        case locked
        /// A migration failed.
        case migration
        /// A read or write failed for another reason.
        case io
        /// A value stored in the database cannot be read back.
        case invalidData = "invalid_data"
    }

    /// The kind of failure.
    public var code: Code
    /// What was being done and what went wrong.
    public var message: String
    /// The database file.
    public var path: String
    /// The underlying error, when there is one.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.cause = cause
    }

    /// `path: message (cause)` on one line.
    public var description: String {
        var line = "\(path): \(message)"
        if let cause {
            let text = Self.oneLine(cause)
            if !text.isEmpty { line += " (\(text))" }
        }
        return line
    }

    private static func oneLine(_ error: any Error) -> String {
        if let database = error as? DatabaseError {
            return "SQLite \(database.resultCode.rawValue): \(database.message ?? "\(database.resultCode)")"
        }
        return String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Maps a GRDB or other error raised while `doing` something to a store error with the right code.
    static func wrap(_ error: any Error, doing: String, path: String) -> StoreError {
        if let store = error as? StoreError { return store }
        guard let database = error as? DatabaseError else {
            return StoreError(.io, "\(doing) failed", path: path, cause: SendableDescription(error))
        }
        switch database.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.locked, "\(doing): the database is locked by another process; try again when it finishes",
                              path: path, cause: database)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(.corrupt, "\(doing): the file is not a valid Briefing store (corrupted or not SQLite)",
                              path: path, cause: database)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return StoreError(.cannotOpen, "\(doing): cannot open or write the database file", path: path, cause: database)
        default:
            return StoreError(.io, "\(doing) failed", path: path, cause: database)
        }
    }
}

/// Carries a non-Sendable error's description across isolation boundaries.
struct SendableDescription: Error, CustomStringConvertible, Sendable {
    let description: String
    init(_ error: any Error) { description = String(describing: error) }
}
