@testable import Ingest
import Testing

@Suite struct DocumentIDTests {
    @Test func usualIDsAreFileStemsAndURLSlugs() {
        #expect(DocumentID.forFile("reports/2024/trade.pdf") == "trade")
        #expect(DocumentID.forFile("archive.tar.gz") == "archive.tar")
        #expect(DocumentID.forFile(".hidden") == ".hidden")
        #expect(DocumentID.slug(forURL: "https://www.example.org/trade/2024.html") == "www-example-org-trade-2024-html")
    }

    @Test func sourcesThatWouldShareAnIDTakeTheirPath() {
        let ids = DocumentID.unique(for: [
            ("2023/report.txt", false), ("2024/report.txt", false), ("summary.txt", false), ("./notes/report.md", false),
        ])
        #expect(ids == ["2023-report", "2024-report", "summary", "notes-report"])
    }

    @Test func sameStemInOneFolderKeepsTheExtension() {
        #expect(DocumentID.unique(for: [("a/report.txt", false), ("a/report.md", false)]) == ["a-report-txt", "a-report-md"])
    }

    @Test func lookalikeURLsAndLeftoversAreNumberedInOrder() {
        let ids = DocumentID.unique(for: [
            ("http://h/trade/2024", true), ("http://h/trade_2024", true), ("http://h/trade-2024", true), ("notes.txt", false),
        ])
        #expect(ids == ["h-trade-2024", "h-trade-2024-2", "h-trade-2024-3", "notes"])
        // The same list gives the same ids every time.
        #expect(DocumentID.unique(for: [("x/a.txt", false), ("y/a.txt", false)]) == DocumentID.unique(for: [("x/a.txt", false), ("y/a.txt", false)]))
    }
}
