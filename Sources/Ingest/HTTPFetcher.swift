import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches http(s) sources with a timeout, following redirects, and with conditional requests
/// (`If-None-Match`, `If-Modified-Since`) built from the previous response so unchanged pages cost nothing.
public struct HTTPFetcher: Sendable {
    /// Seconds without progress before a request fails; the whole transfer may take four times as long.
    public var timeout: TimeInterval
    /// The `User-Agent` header.
    public var userAgent: String

    /// Creates a fetcher.
    public init(timeout: TimeInterval = 30, userAgent: String = "Briefing/1.0") {
        self.timeout = timeout
        self.userAgent = userAgent
    }

    /// Fetches `url`; with `previous`, asks the server whether it changed. Errors are `IngestError`s whose
    /// `isFetchFailure` is true for server and network failures (the caller keeps the last good facts).
    public func fetch(_ url: URL, previous: FetchedResource? = nil) async throws -> FetchResult {
        let location = url.absoluteString
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw IngestError(.invalidSource, location, "is not an http(s) URL")
        }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        if let previous {
            if let etag = previous.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
            if let lastModified = previous.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await Self.send(request, with: session, location: location)
        guard let http = response as? HTTPURLResponse else {
            throw IngestError(.network, location, "did not answer with HTTP")
        }
        let headers = Self.headers(of: http)
        switch http.statusCode {
        case 200 ..< 300:
            return .fresh(FetchedResource(
                url: location, finalURL: http.url?.absoluteString ?? location, bytes: [UInt8](data),
                etag: headers["etag"], lastModified: headers["last-modified"], contentType: headers["content-type"]
            ))
        case 304 where previous != nil:
            guard let previous else { break }
            return .notModified(previous)
        default:
            break
        }
        let reason = HTTPURLResponse.localizedString(forStatusCode: http.statusCode)
        throw IngestError(.httpStatus, location, "server answered HTTP \(http.statusCode) \(reason)", status: http.statusCode)
    }

    private static func send(_ request: URLRequest, with session: URLSession, location: String) async throws -> (Data, URLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: classify(error, location: location))
                } else if let response {
                    continuation.resume(returning: (data ?? Data(), response))
                } else {
                    continuation.resume(throwing: IngestError(.network, location, "no response"))
                }
            }
            task.resume()
        }
    }

    private static func classify(_ error: any Error, location: String) -> IngestError {
        let code = (error as? URLError)?.code
        switch code {
        // These say all there is to say; the NSError behind them prints as a paragraph of dictionary dumps.
        case .timedOut?:
            return IngestError(.timeout, location, "timed out (no answer within the fetch timeout)")
        case .cannotConnectToHost?:
            return IngestError(.connectionFailed, location, "could not connect: connection refused")
        case .cannotFindHost?, .dnsLookupFailed?:
            return IngestError(.connectionFailed, location, "could not connect: unknown host")
        case .networkConnectionLost?, .notConnectedToInternet?:
            return IngestError(.connectionFailed, location, "could not connect: the network connection was lost")
        case .httpTooManyRedirects?, .redirectToNonExistentLocation?:
            return IngestError(.network, location, "redirects did not end", cause: error)
        default:
            return IngestError(.network, location, "could not be fetched", cause: error)
        }
    }

    private static func headers(of response: HTTPURLResponse) -> [String: String] {
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return headers
    }
}
