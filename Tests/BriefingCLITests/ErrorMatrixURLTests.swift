import Foundation
import Testing

/// The error matrix, URL rows, against a local server: a URL that fails with no earlier copy fails the run
/// (exit 1); one that fails after a good run keeps its last facts with a warning; garbage is refused (exit 2).
@Suite struct ErrorMatrixURLTests {
    static let page = """
        <html><head><title>Visitors</title></head><body><p>The U.S. aims for 90 million visitors by 2027. \
        Some 1,700 students studied abroad.</p></body></html>
        """

    /// A workspace whose pipeline reads the good file and `url`, with a 5-second fetch timeout: long enough for the
    /// good answers on a loaded CI machine, short enough for the hangs.
    private func workspace(url: String) throws -> MatrixWorkspace {
        let workspace = try MatrixWorkspace()
        try workspace.writePipeline(sources: ["- path: good.txt", "- url: \(url)"], extra: "fetch:\n  timeout_seconds: 5\n")
        return workspace
    }

    private func urlFacts(_ workspace: MatrixWorkspace) throws -> String {
        try SQLiteShell.query(workspace.storePath,
                              "SELECT value FROM facts WHERE run_id = (SELECT max(id) FROM runs WHERE status = 'succeeded') AND document LIKE '%page%' ORDER BY start")
    }

    @Test("matrix: URL that refuses, no earlier copy") func refusesFirstTime() throws {
        let folder = try TemporaryFolder()
        let server = try MatrixServer(in: folder, page: Self.page)
        let url = server.url("page.html")
        server.stop()
        let workspace = try workspace(url: url)
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 1, mentions: [url, "could not connect"], case: "URL refuses (first run)")
        #expect(!FileManager.default.fileExists(atPath: workspace.workbookPath))
    }

    /// A good run, then `fail` breaks the server: the next run must succeed on the cached copy, say so, and keep
    /// the URL's facts.
    private func expectKeepsFacts(case name: String, saying reason: String, fail: (MatrixServer) throws -> Void) throws {
        let folder = try TemporaryFolder()
        let server = try MatrixServer(in: folder, page: Self.page)
        let workspace = try workspace(url: server.url("page.html"))
        try workspace.goodRun()
        let facts = try urlFacts(workspace)
        #expect(facts.split(separator: "\n") == ["90000000.0", "1700.0"])
        try fail(server)
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"], timeout: 60)
        noteSuccess(result, case: name)
        #expect(result.standardError.contains(reason) && result.standardError.contains("kept the copy fetched at"), "\(result.standardError)")
        #expect(try urlFacts(workspace) == facts, "the URL's facts must survive the failed fetch")
    }

    @Test("matrix: URL that refuses after a good run keeps its facts") func refusesLater() throws {
        try expectKeepsFacts(case: "URL refuses (after a good run)", saying: "connection refused") { $0.stop() }
    }

    @Test("matrix: URL that times out after a good run keeps its facts") func timesOutLater() throws {
        try expectKeepsFacts(case: "URL times out (after a good run)", saying: "timed out") { try $0.set(mode: "hang") }
    }

    @Test("matrix: URL that answers HTTP 500 after a good run keeps its facts") func serverErrorLater() throws {
        try expectKeepsFacts(case: "URL answers HTTP 500 (after a good run)", saying: "HTTP 500") { try $0.set(mode: "500") }
    }

    @Test("matrix: URL that times out, no earlier copy") func timesOutFirstTime() throws {
        let folder = try TemporaryFolder()
        let server = try MatrixServer(in: folder, page: Self.page)
        try server.set(mode: "hang")
        let workspace = try workspace(url: server.url("page.html"))
        let result = try workspace.run(["run", workspace.pipelinePath], timeout: 60)
        expectCleanFailure(result, exit: 1, mentions: [server.url("page.html"), "timed out"], case: "URL times out (first run)")
    }

    @Test("matrix: URL that returns garbage") func garbage() throws {
        let folder = try TemporaryFolder()
        let server = try MatrixServer(in: folder, page: Self.page)
        let workspace = try workspace(url: server.url("page.html"))
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try server.set(mode: "garbage")
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"])
        expectCleanFailure(result, exit: 2, mentions: [server.url("page.html"), "not a text file"], case: "URL returns garbage")
        before.expectUnchanged(try workspace.snapshot())
    }
}
