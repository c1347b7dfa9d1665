/// The body of a URL and the validators a later conditional request sends back; stored between runs.
public struct FetchedResource: Sendable, Hashable, Codable {
    /// The URL asked for.
    public var url: String
    /// The URL the body finally came from, after redirects.
    public var finalURL: String
    /// The body.
    public var bytes: [UInt8]
    /// The `ETag` header, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` header, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// The `Content-Type` header.
    public var contentType: String?

    /// Creates a resource.
    public init(url: String, finalURL: String? = nil, bytes: [UInt8], etag: String? = nil, lastModified: String? = nil,
                contentType: String? = nil) {
        self.url = url
        self.finalURL = finalURL ?? url
        self.bytes = bytes
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
    }
}

/// What a fetch found.
public enum FetchResult: Sendable, Hashable {
    /// The server sent a (new) body.
    case fresh(FetchedResource)
    /// The server said the previous body is still current (HTTP 304); it is handed back unchanged.
    case notModified(FetchedResource)

    /// The resource to read, fresh or previous.
    public var resource: FetchedResource {
        switch self {
        case .fresh(let resource), .notModified(let resource): resource
        }
    }
}
