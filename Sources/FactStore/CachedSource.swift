import Foundation
import GRDB

/// A fetched URL body kept so unchanged sources are not downloaded again.
public struct CachedSource: Codable, Sendable, Hashable {
    /// The URL.
    public var location: String
    /// The server's `ETag`, for `If-None-Match`.
    public var etag: String?
    /// The server's `Last-Modified`, for `If-Modified-Since`.
    public var lastModified: String?
    /// The body as fetched.
    public var bytes: Data
    /// When it was fetched, seconds since 1970.
    public var fetchedAt: Double
    /// The server's `Content-Type`, so the cached body is read in the format it was served as.
    public var contentType: String?

    /// Creates a cache entry.
    public init(location: String, etag: String? = nil, lastModified: String? = nil, bytes: Data,
                fetchedAt: Double = Date().timeIntervalSince1970, contentType: String? = nil) {
        self.location = location
        self.etag = etag
        self.lastModified = lastModified
        self.bytes = bytes
        self.fetchedAt = fetchedAt
        self.contentType = contentType
    }
}

extension CachedSource {
    /// Inserts or replaces this copy in the cache, inside the caller's transaction.
    func insert(into db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO source_cache (location, etag, last_modified, bytes, fetched_at, content_type)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [location, etag, lastModified, bytes, fetchedAt, contentType])
    }
}
