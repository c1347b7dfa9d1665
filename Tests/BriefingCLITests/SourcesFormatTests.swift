import Foundation
import Testing
import ZIPFoundation

/// Every source format through a real `briefing run`: what each yields, where its title and date come from,
/// and how files Briefing cannot read are refused.
@Suite struct SourcesFormatTests {
    static let frontMatter = """
        ---
        title: Exchange brief
        publisher: Example Institute
        date: 2024-05-02
        ---
        # A heading that is not the title

        The 45,000 U.S. JET alumni are a powerful grassroots force.
        """

    static let page = """
        <!doctype html><html><head><title>Visitors page</title><meta name="date" content="2023-09-14"></head>
        <body><nav>Menu</nav><p>The U.S. aims for 90 million visitors by 2027.</p><script>var x = 77;</script></body></html>
        """

    /// Writes one source of every kind (two through a glob), a URL served locally, and runs the pipeline.
    func mixedWorkspace(server: SourcesServer) throws -> (SourcesWorkspace, BriefingProcess.Result) {
        let workspace = try SourcesWorkspace(name: "mixed")
        try workspace.write("docs/plain.txt", "Trade notes\n\nJapanese owned firms support 860,000 jobs in the United States.\n")
        try workspace.write("docs/brief.md", Self.frontMatter)
        try workspace.write("docs/page.html", Self.page)
        try workspace.write("docs/report.pdf", bytes: SourcesPDF.make(pages: [
            "Annual report on exchange", "There are more than 30,000 American alumni of the JET program.",
        ]))
        try workspace.write("docs/undated.txt", "Sister cities\n\nLast updated: March 3, 2022\n\nSome 431 U.S. cities have partners.\n")
        try workspace.write("notes/east/a.txt", "Some 1,200 students took part in the exchange.\n")
        try workspace.write("notes/west/b.txt", "The programme has 300 alumni in Oregon.\n")
        try workspace.writePipeline(sources: [
            "- path: docs/plain.txt\ndate: 2021-07",
            "- path: docs/brief.md",
            "- path: docs/page.html",
            "- path: docs/report.pdf",
            "- path: docs/undated.txt",
            "- path: notes/*/*.txt",
            "- url: \(server.url("/trade.html"))",
        ])
        return (workspace, try workspace.runPipeline())
    }

    static var tradePage: SourcesServer.Route {
        SourcesServer.Route(body: "<html><head><title>Trade page</title></head><body><p>Exports rose 5 percent in 2024.</p></body></html>")
    }

    @Test func eachFormatYieldsItsFactsWithTitlesDatesAndPages() throws {
        let server = try SourcesServer(routes: ["/trade.html": Self.tradePage])
        let (workspace, result) = try mixedWorkspace(server: server)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("run 1: 8 documents (8 extracted, 0 unchanged)"), "\(result.standardOutput)")

        let documents = try workspace.query("SELECT id, format, title, publisher, date, date_origin FROM documents").sorted()
        let slug = "127-0-0-1-\(server.port)-trade-html"
        #expect(documents == [
            "a|text||||",
            "b|text||||",
            "brief|markdown|Exchange brief|Example Institute|2024-05-02|inferred",
            "page|html|Visitors page||2023-09-14|inferred",
            "plain|text|||2021-07|given",
            "report|pdf||||",
            "undated|text|||2022-03-03|inferred",
            "\(slug)|html|Trade page|||",
        ].sorted())

        let facts = Set(try workspace.query("SELECT document, text, ifnull(page, '-') FROM facts"))
        for expected in [
            "plain|860,000|-", "brief|45,000|-", "page|90 million|-", "report|more than 30,000|2", "undated|Some 431|-",
            "a|Some 1,200|-", "b|300|-", "\(slug)|5 percent|-",
        ] {
            #expect(facts.contains(expected), "missing \(expected) in \(facts.sorted())")
        }
        // Front matter stays out of the text; the script's number is not a fact; the menu is not content.
        #expect(!facts.contains { $0.contains("2024-05-02") || $0.contains("77") })
    }

    @Test func inferredDatesAndPagesShowInTheOutputs() throws {
        let server = try SourcesServer(routes: ["/trade.html": Self.tradePage])
        let (workspace, result) = try mixedWorkspace(server: server)
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try String(contentsOfFile: workspace.summaryPath, encoding: .utf8)
        #expect(summary.contains("Exchange brief, Example Institute (2024-05-02, inferred)"), "\(summary)")
        #expect(summary.contains("Visitors page (2023-09-14, inferred)"))
        #expect(summary.contains("(2022-03-03, inferred)"))
        #expect(summary.contains("(2021-07)") && !summary.contains("(2021-07, inferred)"))
        #expect(summary.contains(", p. 2)"), "the PDF footnote names its page: \(summary)")

        let strings = try workbookPart(workspace.workbookPath, "xl/sharedStrings.xml")
        #expect(strings.contains(">inferred<") && strings.contains(">given<"), "Sources sheet shows the date origin")
        #expect(strings.contains(">report, p. 2<"), "Facts sheet shows the PDF page")
    }

    @Test(arguments: [
        ("report.docx", Array("PK\u{03}\u{04}word/document.xml".utf8), "has unsupported type '.docx'"),
        ("chart.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "has unsupported type '.png'"),
        ("notes.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 64), "is not a text file"),
    ])
    func filesBriefingCannotReadAreRefusedByName(name: String, bytes: [UInt8], message: String) throws {
        let workspace = try SourcesWorkspace()
        try workspace.write("docs/good.txt", "Some 1,200 students took part in the exchange.\n")
        try workspace.write("docs/\(name)", bytes: bytes)
        try workspace.writePipeline(sources: ["- path: docs/*"])
        let result = try workspace.runPipeline()
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("briefing: docs/\(name): \(message)"), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1, "one clear line: \(result.standardError)")
        #expect(!result.standardError.contains("extracted"), "refused before any extraction")
        #expect(!FileManager.default.fileExists(atPath: workspace.workbookPath))
    }

    @Test func sameFileNameInTwoFoldersAndLookalikeURLsGetDistinctIDs() throws {
        let server = try SourcesServer(routes: [
            "/trade/2024": SourcesServer.Route(body: "Exports rose 5 percent.", contentType: "text/plain"),
            "/trade_2024": SourcesServer.Route(body: "Imports fell 3 percent.", contentType: "text/plain"),
        ])
        let workspace = try SourcesWorkspace()
        try workspace.write("2023/report.txt", "Some 1,200 students took part in the exchange.\n")
        try workspace.write("2024/report.txt", "Some 1,500 students took part in the exchange.\n")
        try workspace.write("report.md", "Some 1,900 students took part in the exchange.\n")
        try workspace.writePipeline(sources: [
            "- path: 20*/report.txt", "- path: report.md", "- url: \(server.url("/trade/2024"))", "- url: \(server.url("/trade_2024"))",
        ])
        let first = try workspace.runPipeline()
        #expect(first.status == 0, "\(first.standardError)")
        let slug = "127-0-0-1-\(server.port)-trade-2024"
        let expected = ["2023-report|docs:2023/report.txt|Some 1,200", "2024-report|docs:2024/report.txt|Some 1,500",
                        "report|docs:report.md|Some 1,900", "\(slug)|docs:\(server.url("/trade/2024"))|5 percent",
                        "\(slug)-2|docs:\(server.url("/trade_2024"))|3 percent"]
        let rows = try workspace.query("""
            SELECT d.id, 'docs:' || d.location, f.text FROM documents d JOIN facts f ON f.document = d.id ORDER BY d.location
            """)
        #expect(rows.sorted() == expected.sorted())
        let again = try workspace.runPipeline()
        #expect(again.standardOutput.contains("nothing changed"), "the same ids next time: \(again.standardOutput)")
    }

    /// The text of one part of the workbook.
    func workbookPart(_ path: String, _ part: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive[part] else { return "" }
        var text = Data()
        _ = try archive.extract(entry) { text.append($0) }
        return String(decoding: text, as: UTF8.self)
    }
}
