import Foundation
import Glibc
@testable import Ingest
import Testing

/// A Python `http.server` on a free 127.0.0.1 port, serving the cases the fetcher must handle.
final class TestHTTPServer {
    let process = Process()
    let port: Int

    static let script = #"""
    import http.server, sys, time
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def send_body(self, status, body, headers):
            self.send_response(status)
            for key, value in headers.items(): self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def do_GET(self):
            if self.path == "/page":
                if self.headers.get("If-None-Match") == '"v1"' or self.headers.get("If-Modified-Since") == "Tue, 04 Feb 2025 10:00:00 GMT":
                    self.send_response(304); self.send_header("ETag", '"v1"'); self.end_headers(); return
                self.send_body(200, b"<html><body><p>Exports rose 5 percent.</p></body></html>",
                    {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"', "Last-Modified": "Tue, 04 Feb 2025 10:00:00 GMT"})
            elif self.path == "/moved":
                self.send_body(301, b"", {"Location": "/page"})
            elif self.path == "/slow":
                time.sleep(5); self.send_body(200, b"late", {})
            elif self.path == "/broken":
                self.send_body(500, b"oops", {})
            else:
                self.send_body(404, b"missing", {})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

    init() throws {
        // The system Python, not a version-manager shim, so the process id is Python's own.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw IngestError(.network, "test server", "did not start")
        }
        self.port = port
    }

    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)") ?? URL(fileURLWithPath: "/")
    }

    /// SIGKILL, because the test runner may leave SIGTERM ignored in its children.
    private func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }
}

@Suite(.serialized) struct HTTPFetcherTests {
    @Test func freshThenNotModified() async throws {
        let server = try TestHTTPServer()
        let fetcher = HTTPFetcher(timeout: 5)
        let first = try await fetcher.fetch(server.url("/page"))
        guard case .fresh(let resource) = first else {
            Issue.record("expected a fresh body, got \(first)")
            return
        }
        #expect(resource.etag == "\"v1\"")
        #expect(resource.lastModified == "Tue, 04 Feb 2025 10:00:00 GMT")
        #expect(resource.contentType?.hasPrefix("text/html") == true)
        #expect(String(decoding: resource.bytes, as: UTF8.self).contains("Exports rose"))

        let second = try await fetcher.fetch(server.url("/page"), previous: resource)
        #expect(second == .notModified(resource))

        var onlyDate = resource
        onlyDate.etag = nil
        #expect(try await fetcher.fetch(server.url("/page"), previous: onlyDate) == .notModified(onlyDate))
    }

    @Test func followsRedirects() async throws {
        let server = try TestHTTPServer()
        let result = try await HTTPFetcher(timeout: 5).fetch(server.url("/moved"))
        #expect(result.resource.finalURL == server.url("/page").absoluteString)
        #expect(result.resource.url == server.url("/moved").absoluteString)
        #expect(String(decoding: result.resource.bytes, as: UTF8.self).contains("Exports rose"))
    }

    @Test(arguments: [("/missing", 404), ("/broken", 500)])
    func errorStatuses(path: String, status: Int) async throws {
        let server = try TestHTTPServer()
        await #expect { try await HTTPFetcher(timeout: 5).fetch(server.url(path)) } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == .httpStatus && error.status == status && error.isFetchFailure
                && error.description.contains("HTTP \(status)")
        }
    }

    @Test func timesOut() async throws {
        let server = try TestHTTPServer()
        await #expect { try await HTTPFetcher(timeout: 1).fetch(server.url("/slow")) } throws: { error in
            (error as? IngestError)?.code == .timeout
        }
    }

    @Test func refusedConnection() async throws {
        let port = try closedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/page"))
        await #expect { try await HTTPFetcher(timeout: 2).fetch(url) } throws: { error in
            (error as? IngestError)?.code == .connectionFailed && (error as? IngestError)?.isFetchFailure == true
        }
    }

    @Test func rejectsNonHTTP() async throws {
        let url = try #require(URL(string: "ftp://example.org/x"))
        await #expect { try await HTTPFetcher().fetch(url) } throws: { ($0 as? IngestError)?.code == .invalidSource }
    }

    /// A port that was just free: bind to port 0, read the port, close.
    private func closedPort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw IngestError(.network, "test", "could not bind") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
