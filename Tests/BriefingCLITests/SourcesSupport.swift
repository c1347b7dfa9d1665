import Foundation
import Glibc
import Testing
import ZIPFoundation

/// A pipeline folder for source tests: files written by the test, a pipeline file listing them with paths
/// relative to the folder (so two folders with the same inputs give byte-identical outputs), outputs in `out/`.
struct SourcesWorkspace {
    let folder: TemporaryFolder
    let name: String

    init(name: String = "sources") throws {
        folder = try TemporaryFolder()
        self.name = name
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
    }

    var pipelinePath: String { path("\(name).yml") }
    var storePath: String { path("out/\(name).sqlite") }
    var workbookPath: String { path("out/\(name).xlsx") }
    var summaryPath: String { path("out/\(name).md") }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String { folder.url.appendingPathComponent(relative).path }

    /// Writes `bytes` to `relative`, creating folders.
    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = folder.url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes UTF-8 `text` to `relative`.
    func write(_ relative: String, _ text: String) throws { try write(relative, bytes: Array(text.utf8)) }

    /// Writes the pipeline file: `sources` are YAML list items (`- path: a.txt`), `extra` more top-level keys.
    func writePipeline(sources: [String], extra: String = "") throws {
        let items = sources.map { "  " + $0.replacingOccurrences(of: "\n", with: "\n    ") }.joined(separator: "\n")
        try write("\(name).yml", """
            name: \(name)
            title: Source test briefing
            sources:
            \(items)
            store: out/\(name).sqlite
            outputs:
              workbook: out/\(name).xlsx
              summary: out/\(name).md
            \(extra)

            """)
    }

    /// Runs `briefing` in the folder.
    func run(_ arguments: [String]) throws -> BriefingProcess.Result {
        try BriefingProcess.run(arguments, in: folder.url)
    }

    /// `briefing run` of this pipeline with a fixed logical date, so outputs are reproducible.
    func runPipeline(_ more: [String] = []) throws -> BriefingProcess.Result {
        try run(["run", "\(name).yml", "--as-of", "2025-06-01"] + more)
    }

    /// Rows of `sql` against the store, fields joined by `|`.
    func query(_ sql: String) throws -> [String] { try SQLiteShell.rows(storePath, sql) }

    /// The bytes of a file, nil when it does not exist.
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}

/// A `briefing` process left running in the background, its output going to files so it never blocks.
final class BackgroundBriefing {
    let process = Process()
    private let outputURL: URL
    private let errorURL: URL

    init(_ arguments: [String], in directory: URL) throws {
        let id = UUID().uuidString
        outputURL = directory.appendingPathComponent(".bg-\(id).out")
        errorURL = directory.appendingPathComponent(".bg-\(id).err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.executableURL = BriefingProcess.executableURL
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to end and returns what it did.
    func wait() -> BriefingProcess.Result {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        return BriefingProcess.Result(status: process.terminationStatus, standardOutput: standardOutput, standardError: standardError)
    }

    var standardOutput: String { (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "" }
    var standardError: String { (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "" }

    /// Polls until `condition` holds or `seconds` pass; true when it held.
    static func poll(for seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// An HTTP server on a free 127.0.0.1 port whose answers the test changes between runs: it reads
/// `routes.json` at every request and logs every request to `requests.jsonl`.
final class SourcesServer {
    /// One path's answer.
    struct Route: Encodable {
        var status = 200
        var body = ""
        var contentType = "text/html; charset=utf-8"
        var etag: String?
        var lastModified: String?
        var location: String?
        var delay = 0.0
    }

    private let process = Process()
    private let folder: TemporaryFolder
    private(set) var port = 0

    static let script = #"""
    import http.server, json, sys, time, os
    folder = sys.argv[1]
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def do_GET(self):
            with open(os.path.join(folder, "routes.json")) as f: routes = json.load(f)
            route = routes.get(self.path, {"status": 404, "body": "missing", "contentType": "text/plain"})
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            time.sleep(route.get("delay", 0))
            status = route["status"]
            if status == 200 and ((inm and inm == route.get("etag")) or (ims and ims == route.get("lastModified"))):
                status = 304
            with open(os.path.join(folder, "requests.jsonl"), "a") as log:
                log.write(json.dumps({"path": self.path, "ifNoneMatch": inm, "ifModifiedSince": ims, "status": status}) + "\n")
            body = route.get("body", "").encode() if status != 304 else b""
            self.send_response(status)
            if route.get("etag"): self.send_header("ETag", route["etag"])
            if route.get("lastModified"): self.send_header("Last-Modified", route["lastModified"])
            if route.get("location"): self.send_header("Location", route["location"])
            if status != 304:
                self.send_header("Content-Type", route.get("contentType", "text/plain"))
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

    init(routes: [String: Route]) throws {
        folder = try TemporaryFolder()
        try set(routes)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.script, folder.url.path]
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
            stop()
            throw MatrixSetupError("the test HTTP server did not start")
        }
        self.port = port
    }

    /// Replaces the answers.
    func set(_ routes: [String: Route]) throws {
        try JSONEncoder().encode(routes).write(to: folder.url.appendingPathComponent("routes.json"), options: .atomic)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request so far: path, the conditional headers sent and the status answered.
    func requests() throws -> [[String: String]] {
        guard let data = FileManager.default.contents(atPath: folder.url.appendingPathComponent("requests.jsonl").path) else { return [] }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return object.compactMapValues { value in (value as? String) ?? (value as? Int).map(String.init) }
        }
    }

    /// Ends the server (SIGKILL: the test runner may leave SIGTERM ignored in its children); later requests are refused.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }
}

/// Checks that a file is a complete workbook: a ZIP whose entries all read back with matching checksums.
func expectCompleteWorkbook(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var names: [String] = []
        for entry in archive {
            names.append(entry.path)
            _ = try archive.extract(entry, skipCRC32: false) { _ in }
        }
        #expect(names.contains("xl/workbook.xml"), "\(path) has no xl/workbook.xml", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(path) is not a readable workbook: \(error)", sourceLocation: sourceLocation)
    }
}

/// A small valid PDF with one line of text per page, for pdftotext; object offsets are computed.
enum SourcesPDF {
    static func make(pages: [String]) -> [UInt8] {
        let fontNumber = 3 + 2 * pages.count
        var bodies = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
                + "] /Count \(pages.count) >>",
        ]
        for (index, line) in pages.enumerated() {
            let content = "BT /F1 11 Tf 50 700 Td (\(line)) Tj ET"
            bodies.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(4 + 2 * index) 0 R"
                + " /Resources << /Font << /F1 \(fontNumber) 0 R >> >> >>")
            bodies.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
        }
        bodies.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
        var pdf = Array("%PDF-1.4\n".utf8)
        var starts: [Int] = []
        for (index, body) in bodies.enumerated() {
            starts.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let table = pdf.count
        pdf += Array("xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n".utf8)
        for start in starts { pdf += Array(String(format: "%010d 00000 n \n", start).utf8) }
        pdf += Array("trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return pdf
    }
}
