import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A pipeline in its own temporary folder for the error matrix: sources beside the pipeline file, outputs and
/// store in `out/` (or wherever a case puts them), each case free to break one thing.
struct MatrixWorkspace {
    let folder: TemporaryFolder
    var root: URL { folder.url }
    var pipelinePath: String { path("pipeline.yml") }
    var outputFolder: String
    var workbookPath: String { outputFolder + "/matrix-briefing.xlsx" }
    var summaryPath: String { outputFolder + "/matrix-briefing.md" }
    var storePath: String

    static let goodText = """
        Exchange Report

        There are more than 30,000 American alumni of the JET program. Japanese owned firms support 860,000 jobs \
        in the United States. The U.S. aims for 90 million visitors by 2027.
        """

    /// Creates the folder with one good source (`good.txt`) and a pipeline reading it.
    init(outputFolder: String? = nil, storePath: String? = nil) throws {
        folder = try TemporaryFolder()
        self.outputFolder = outputFolder ?? folder.url.appendingPathComponent("out").path
        self.storePath = storePath ?? folder.url.appendingPathComponent("out/matrix.sqlite").path
        try FileManager.default.createDirectory(atPath: self.outputFolder, withIntermediateDirectories: true)
        try folder.write("good.txt", Self.goodText)
        try writePipeline(sources: ["- path: good.txt\n    date: 2024-05"])
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// `path` as Briefing prints it when run in the workspace: relative to the workspace when inside it.
    func shown(_ path: String) -> String {
        let base = root.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// Writes the pipeline file with `sources` (YAML list entries without indentation) and `extra` top-level YAML.
    func writePipeline(sources: [String], extra: String = "") throws {
        let list = sources.map { "  " + $0 }.joined(separator: "\n")
        try folder.write("pipeline.yml", """
            name: matrix
            title: Error matrix briefing
            sources:
            \(list)
            store: \(storePath)
            outputs:
              workbook: \(workbookPath)
              summary: \(summaryPath)
            \(extra)
            """)
    }

    /// Runs `briefing` in the workspace.
    func run(_ arguments: [String], as user: MatrixUser = .current, timeout: TimeInterval = 120) throws -> BriefingProcess.Result {
        try MatrixProcess.start(arguments, in: root, as: user).wait(timeout: timeout)
    }

    /// A good first run; fails the test (with its output) when it does not succeed.
    func goodRun(as user: MatrixUser = .current) throws {
        let result = try run(["run", pipelinePath, "--as-of", "2025-12-01"], as: user)
        try #require(result.status == 0, "the good run failed: \(result.standardError)")
    }

    /// Outputs and store as they are now.
    func snapshot() throws -> MatrixSnapshot {
        try MatrixSnapshot(workbook: workbookPath, summary: summaryPath, store: storePath, outputFolder: outputFolder)
    }

    /// Lets another user (the permission cases run as nobody) read and write everything in the workspace.
    func openToEveryone() throws {
        for path in [root.path, outputFolder] + ((try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []).map(self.path) {
            chmod(path, 0o777)
        }
    }
}

/// Who runs the binary: this user, or nobody (root ignores file permissions, so the permission cases drop to nobody).
enum MatrixUser {
    case current
    case nobody

    /// `setpriv`, when it is installed (util-linux); without it the permission cases cannot be run as nobody.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// True when the tests run as root (CI) and can switch to nobody.
    static var canDropToNobody: Bool { getuid() == 0 && setpriv != nil }
}

/// A `briefing` process started in the background: for the concurrency cases and for timeouts.
final class MatrixProcess: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let reader = DispatchGroup()
    private var outData = Data()
    private var errData = Data()

    static func start(_ arguments: [String], in directory: URL, as user: MatrixUser = .current,
                      environment: [String: String] = [:]) throws -> MatrixProcess {
        let started = MatrixProcess()
        let binary = BriefingProcess.executableURL.path
        switch user {
        case .current:
            started.process.executableURL = URL(fileURLWithPath: binary)
            started.process.arguments = arguments
        case .nobody:
            started.process.executableURL = URL(fileURLWithPath: MatrixUser.setpriv ?? "/usr/bin/setpriv")
            started.process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        }
        started.process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = directory.path
        for (key, value) in environment { env[key] = value }
        started.process.environment = env
        started.process.standardOutput = started.output
        started.process.standardError = started.errors
        started.process.standardInput = FileHandle.nullDevice
        try started.process.run()
        // Drain both pipes on their own threads so a chatty process never blocks on a full pipe.
        started.reader.enter()
        Thread { started.outData = started.output.fileHandleForReading.readDataToEndOfFile(); started.reader.leave() }.start()
        started.reader.enter()
        Thread { started.errData = started.errors.fileHandleForReading.readDataToEndOfFile(); started.reader.leave() }.start()
        return started
    }

    /// Waits for the process; kills it and fails the test when it runs past `timeout` (a hang). The end is seen
    /// as both pipes closing, which needs no help from Foundation's child-process monitoring.
    func wait(timeout: TimeInterval = 120) throws -> BriefingProcess.Result {
        if reader.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("briefing \(process.arguments ?? []) did not finish within \(Int(timeout)) s: killed")
            reader.wait()
        }
        process.waitUntilExit()
        return BriefingProcess.Result(status: process.terminationStatus,
                                      standardOutput: String(decoding: outData, as: UTF8.self),
                                      standardError: String(decoding: errData, as: UTF8.self))
    }

    /// True until the process has closed its output (it has ended).
    var isRunning: Bool { reader.wait(timeout: .now()) == .timedOut }
}

/// Outputs and store at one moment, to prove a failure changed nothing.
struct MatrixSnapshot: Equatable {
    var workbook: Data?
    var summary: Data?
    /// Every file in the output folder (a failed write must leave no temporary file behind).
    var outputFiles: [String]
    /// The rows of every table that holds facts or their provenance, as the sqlite3 CLI prints them.
    var storeTables: [String: String]
    /// `id|status` of every run, oldest first.
    var runs: [String]

    static let tables = [
        "facts": "SELECT * FROM facts ORDER BY run_id, id",
        "documents": "SELECT id, content_hash, location, title, publisher, date, date_origin, format, length(text), hex(substr(text, 1, 64)) FROM documents ORDER BY location, content_hash",
        "run_documents": "SELECT * FROM run_documents ORDER BY run_id, location",
        "metrics": "SELECT * FROM metrics ORDER BY id",
        "source_cache": "SELECT location, etag, last_modified, hex(bytes) FROM source_cache ORDER BY location",
    ]

    init(workbook: String, summary: String, store: String, outputFolder: String) throws {
        self.workbook = FileManager.default.contents(atPath: workbook)
        self.summary = FileManager.default.contents(atPath: summary)
        outputFiles = ((try? FileManager.default.contentsOfDirectory(atPath: outputFolder)) ?? [])
            .filter { !$0.hasSuffix("-journal") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted()
        var tables: [String: String] = [:]
        for (name, sql) in Self.tables { tables[name] = try SQLiteShell.query(store, sql) }
        storeTables = tables
        runs = try SQLiteShell.query(store, "SELECT id || '|' || status FROM runs ORDER BY id")
            .split(separator: "\n").map(String.init)
    }

    /// Expects `after` to hold the same outputs and facts; the runs table may only have gained failed runs.
    func expectUnchanged(_ after: MatrixSnapshot, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(after.workbook == workbook, "the workbook changed", sourceLocation: sourceLocation)
        #expect(after.summary == summary, "the summary changed", sourceLocation: sourceLocation)
        #expect(after.outputFiles == outputFiles, "files in the output folder changed", sourceLocation: sourceLocation)
        for (name, rows) in storeTables {
            #expect(after.storeTables[name] == rows, "store table \(name) changed", sourceLocation: sourceLocation)
        }
        #expect(Array(after.runs.prefix(runs.count)) == runs, "earlier runs changed", sourceLocation: sourceLocation)
        let added = after.runs.dropFirst(runs.count)
        #expect(added.count <= 1 && added.allSatisfy { $0.hasSuffix("|failed") },
                "a failed run may add one 'failed' row, it added \(Array(added))", sourceLocation: sourceLocation)
    }
}

/// The sqlite3 command-line shell, used to read the store independently of Briefing and to lock it.
enum SQLiteShell {
    static let path = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `sql` read-only and returns what sqlite3 prints.
    static func query(_ database: String, _ sql: String) throws -> String {
        try run(["-readonly", database, sql], describing: "\(database) '\(sql)'")
    }

    /// The lines `sql` prints, with write access so that a hot journal left by a killed run is rolled back first.
    static func rows(_ database: String, _ sql: String) throws -> [String] {
        try run(["-batch", database, sql], describing: "\(database) '\(sql)'").split(separator: "\n").map(String.init)
    }

    /// Runs `sql` with write access.
    static func execute(_ database: String, _ sql: String) throws {
        _ = try run([database, sql], describing: "\(database) '\(sql)'")
    }

    private static func run(_ arguments: [String], describing what: String) throws -> String {
        guard let path else { throw MatrixSetupError("sqlite3 is not installed (apt-get install sqlite3)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting so a large answer cannot fill a pipe and deadlock.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MatrixSetupError("sqlite3 \(what): \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A test set-up step that could not be done (not a finding about Briefing).
struct MatrixSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What every failing case must show: the documented exit code, and as the last line of standard error exactly
/// one `briefing: ` line that names what is wrong (`detailLines` allows problem lines before it, as `store check`
/// prints). Prints the observed line for the matrix report.
@discardableResult
func expectCleanFailure(
    _ result: BriefingProcess.Result, exit code: Int32, mentions: [String], case name: String, detailLines: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) -> String {
    let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let errorLines = lines.filter { $0.hasPrefix("briefing: ") }
    let line = lines.last ?? ""
    print("error-matrix | \(name) | exit \(result.status) | \(line)")
    #expect(result.status == code, "exit \(result.status), expected \(code); stderr: \(result.standardError)",
            sourceLocation: sourceLocation)
    #expect((errorLines.count == 1 || detailLines) && line.hasPrefix("briefing: "), "expected one 'briefing: ' line last, got: \(result.standardError)",
            sourceLocation: sourceLocation)
    for text in mentions {
        #expect(line.contains(text), "the error line does not mention '\(text)': \(line)", sourceLocation: sourceLocation)
    }
    #expect(!result.standardError.contains("Fatal error") && !result.standardError.contains("Stack dump"),
            "crashed: \(result.standardError)", sourceLocation: sourceLocation)
    return line
}

/// Records a case that succeeds by design (a repaired input, a fallback) in the matrix report.
func noteSuccess(_ result: BriefingProcess.Result, case name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let warning = result.standardError.split(separator: "\n").last { $0.contains("warning") } ?? "no warning"
    print("error-matrix | \(name) | exit \(result.status) | \(warning)")
    #expect(result.status == 0, "expected success: \(result.standardError)", sourceLocation: sourceLocation)
}

/// A tiny HTTP server on 127.0.0.1 (python3) whose behaviour the test switches by writing a mode file:
/// `ok` serves `page.html`, `hang` never answers, `garbage` sends binary bytes, `500` fails, and `hold` keeps
/// each request waiting until the test releases it: a run reading a held URL stays at a known point (its lock
/// taken, its store open) for as long as the test needs.
final class MatrixServer {
    let port: Int
    private let process: Process
    private let modeFile: URL
    let pageFile: URL

    static let script = """
        import http.server, os, sys, threading, time
        mode_file, page_file = sys.argv[1], sys.argv[2]
        lock, held = threading.Lock(), 0
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                mode = open(mode_file).read().strip()
                if mode == "hold":
                    with lock:
                        global held
                        number, held = held, held + 1
                    open(f"{mode_file}.held-{number}", "w").close()
                    while not os.path.exists(f"{mode_file}.release-{number}"):
                        time.sleep(0.02)
                    mode = "ok"
                if mode == "hang":
                    time.sleep(600)
                    return
                if mode == "500":
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if mode == "garbage":
                    body, kind = bytes(range(256)) * 64, "application/octet-stream"
                else:
                    body, kind = open(page_file, "rb").read(), "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    init(in folder: TemporaryFolder, page: String) throws {
        modeFile = folder.url.appendingPathComponent("server-mode")
        pageFile = folder.url.appendingPathComponent("server-page.html")
        try Data("ok".utf8).write(to: modeFile)
        try Data(page.utf8).write(to: pageFile)
        let scriptPath = try folder.write("server.py", Self.script)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptPath, modeFile.path, pageFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw MatrixSetupError("the test HTTP server did not start")
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    func set(mode: String) throws { try Data(mode.utf8).write(to: modeFile) }

    /// Waits until the `number`th held request (from 0) arrives; false after `timeout`.
    func waitUntilHeld(_ number: Int, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: modeFile.path + ".held-\(number)") { return true }
            usleep(20_000)
        }
        return false
    }

    /// Lets the `number`th held request be answered with the page.
    func release(_ number: Int) {
        _ = FileManager.default.createFile(atPath: modeFile.path + ".release-\(number)", contents: nil)
    }

    /// Stops the server; its port then refuses connections.
    func stop() {
        if process.isRunning {
            // SIGKILL: a child of the test runner may inherit SIGTERM ignored.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}
