import Foundation
import Testing

/// URL sources through real runs against a local server: conditional requests, the cached copy, failures
/// that keep the last good facts, redirects.
@Suite struct SourcesURLTests {
    static let brief = SourcesServer.Route(
        body: "---\ntitle: Served brief\n---\nSome 1,200 students took part in the exchange.\n",
        contentType: "text/markdown; charset=utf-8", etag: "\"v1\"", lastModified: "Tue, 04 Feb 2025 10:00:00 GMT"
    )

    func workspace(_ server: SourcesServer, timeout: Int = 5) throws -> SourcesWorkspace {
        let workspace = try SourcesWorkspace(name: "web")
        try workspace.write("local.txt", "The programme has 300 alumni.\n")
        try workspace.writePipeline(sources: ["- path: local.txt", "- url: \(server.url("/brief"))"],
                                    extra: "fetch:\n  timeout_seconds: \(timeout)")
        return workspace
    }

    @Test func unchangedPageIsAskedConditionallyAndCountedUnchanged() throws {
        let server = try SourcesServer(routes: ["/brief": Self.brief])
        let workspace = try workspace(server)
        let first = try workspace.runPipeline()
        #expect(first.status == 0, "\(first.standardError)")
        let second = try workspace.runPipeline()
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("nothing changed since run 1"), "\(second.standardOutput)")
        #expect(second.standardError.contains("skipped \(server.url("/brief")): unchanged"))
        let requests = try server.requests()
        #expect(requests.count == 2)
        #expect(requests.first?["ifNoneMatch"] == nil && requests.first?["status"] == "200")
        #expect(requests.last?["ifNoneMatch"] == "\"v1\"" && requests.last?["ifModifiedSince"] == "Tue, 04 Feb 2025 10:00:00 GMT")
        #expect(requests.last?["status"] == "304")

        // Extracting again from the cached copy reads it as the Markdown it was served as.
        let forced = try workspace.runPipeline(["--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(forced.standardOutput.contains("(2 extracted, 0 unchanged)"))
        #expect(try server.requests().last?["status"] == "304")
        #expect(try workspace.query("SELECT title, format FROM documents WHERE location LIKE 'http%'") == ["Served brief|markdown"])
        #expect(try workspace.query("SELECT count(*) FROM facts WHERE run_id = 2 AND text = 'Some 1,200'") == ["1"])
    }

    @Test func changedPageIsFetchedAgainAndExtracted() throws {
        let server = try SourcesServer(routes: ["/brief": Self.brief])
        let workspace = try workspace(server)
        _ = try workspace.runPipeline()
        var changed = Self.brief
        changed.body += "Some 2,400 teachers joined.\n"
        changed.etag = "\"v2\""
        changed.lastModified = nil
        try server.set(["/brief": changed])
        let second = try workspace.runPipeline()
        #expect(second.standardOutput.contains("(1 extracted, 1 unchanged)"), "\(second.standardOutput)")
        #expect(second.standardError.contains("extracted \(server.url("/brief")): 2 facts (content changed)"))
    }

    enum Failure: String, CaseIterable {
        case notFound, serverError, timeout, refused
    }

    @Test(arguments: Failure.allCases)
    func aFailingPageKeepsItsLastFacts(failure: Failure) throws {
        let server = try SourcesServer(routes: ["/brief": Self.brief])
        // The default 5-second timeout: the good answers must arrive within it on a loaded CI machine (under
        // AddressSanitizer, with every suite running at once), so the slow answer is slower by far.
        let workspace = try workspace(server)
        let first = try workspace.runPipeline()
        #expect(first.status == 0, "\(first.standardError)")
        try workspace.write("local.txt", "The programme has 300 alumni. Some 75 schools joined.\n")
        switch failure {
        case .notFound: try server.set(["/other": Self.brief])
        case .serverError: try server.set(["/brief": SourcesServer.Route(status: 503, body: "down")])
        case .timeout: try server.set(["/brief": SourcesServer.Route(body: "late", delay: 30)])
        case .refused: server.stop()
        }
        let second = try workspace.runPipeline()
        #expect(second.status == 0, "\(second.standardError)")
        let url = server.url("/brief")
        let warning = second.standardError.split(separator: "\n").first { $0.hasPrefix("warning: \(url): ") }
        #expect(warning?.contains("kept the copy fetched at") == true, "\(second.standardError)")
        let expected = [Failure.notFound: "HTTP 404", .serverError: "HTTP 503", .timeout: "timed out", .refused: "could not connect"]
        #expect(warning?.contains(expected[failure] ?? "?") == true, "\(warning ?? "no warning")")
        #expect(second.standardOutput.contains("run 2: 2 documents (1 extracted, 1 unchanged)"), "\(second.standardOutput)")
        #expect(try workspace.query("SELECT text FROM facts WHERE run_id = 2 AND document LIKE '127-%'") == ["Some 1,200"])
    }

    @Test func aPageThatNeverLoadedFailsTheRunNamingIt() throws {
        let server = try SourcesServer(routes: [:])
        let workspace = try workspace(server)
        let result = try workspace.runPipeline()
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("briefing: \(server.url("/brief")): server answered HTTP 404"))
        #expect(!FileManager.default.fileExists(atPath: workspace.workbookPath))
    }

    @Test func redirectsAreFollowedAndTheAskedURLIsRecorded() throws {
        let server = try SourcesServer(routes: [
            "/brief": SourcesServer.Route(status: 301, location: "/moved/brief"), "/moved/brief": Self.brief,
        ])
        let workspace = try workspace(server)
        let result = try workspace.runPipeline()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try workspace.query("SELECT location, title FROM documents WHERE format = 'markdown'") == ["\(server.url("/brief"))|Served brief"])
        #expect(try server.requests().map { $0["path"] ?? "" } == ["/brief", "/moved/brief"])
    }
}
