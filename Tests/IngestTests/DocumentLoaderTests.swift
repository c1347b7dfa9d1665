import BriefingModel
import Foundation
@testable import Ingest
import Testing

@Suite struct DocumentLoaderTests {
    let loader = DocumentLoader(now: Date(timeIntervalSince1970: 1_751_284_800))

    @Test func plainTextKeepsItsBytesAndHashesThem() throws {
        let directory = try TestDirectory()
        let text = "Japan invested $783 billion in the United States in 2023.\r\nIt supports 1 million jobs.\n"
        let path = try directory.write("fdi-2023.txt", text)
        let result = try loader.load(file: path)
        #expect(result.document.id == "fdi-2023")
        #expect(result.document.location == path)
        #expect(result.document.text == text)
        #expect(result.document.format == "text")
        #expect(result.document.contentHash == SHA256.hex(of: Array(text.utf8)))
        #expect(result.document.date == nil)
        #expect(result.warnings.isEmpty)
    }

    @Test func givenHintsWinOverTheDocument() throws {
        let directory = try TestDirectory()
        let path = try directory.write("a.md", "---\ntitle: Own title\ndate: 2024-01-01\n---\nUpdated March 5, 2025\n")
        let result = try loader.load(file: path, hints: SourceHints(title: "Given", publisher: "Embassy", date: DocumentDate(year: 2022)))
        #expect(result.document.title == "Given")
        #expect(result.document.publisher == "Embassy")
        #expect(result.document.date?.description == "2022")
        #expect(result.document.dateOrigin == .given)
    }

    @Test func markdownFrontMatterIsReadAndStripped() throws {
        let directory = try TestDirectory()
        let source = "---\r\ntitle: \"Exchange programs\"\r\ndate: 2024-09-30\r\npublisher: Fulbright Japan\r\n---\r\n# Alumni\r\n\r\n6,700 alumni.\r\n"
        let result = try loader.load(file: try directory.write("exchange.md", source))
        #expect(result.document.title == "Exchange programs")
        #expect(result.document.publisher == "Fulbright Japan")
        #expect(result.document.date?.description == "2024-09-30")
        #expect(result.document.dateOrigin == .inferred)
        #expect(result.document.text == "# Alumni\r\n\r\n6,700 alumni.\r\n")
        #expect(result.document.format == "markdown")
    }

    @Test func markdownWithoutFrontMatterTakesTitleFromHeadingAndInfersDate() throws {
        let directory = try TestDirectory()
        let result = try loader.load(file: try directory.write("n.markdown", "# Visitor targets\n\nLast updated: February 3, 2025\n"))
        #expect(result.document.title == "Visitor targets")
        #expect(result.document.date?.description == "2025-02-03")
        #expect(result.document.dateOrigin == .inferred)
    }

    @Test func badFrontMatterIsAWarningNotAFailure() throws {
        let directory = try TestDirectory()
        let result = try loader.load(file: try directory.write("b.md", "---\ntitle: [unclosed\n---\nBody 5 jobs.\n"))
        #expect(result.document.text == "Body 5 jobs.\n")
        #expect(result.warnings.contains { $0.message.contains("not valid YAML") })
    }

    @Test func htmlBodyTextTitleAndMetaDate() throws {
        let html = """
        <!DOCTYPE html><html><head><title>U.S.-Japan Trade &amp; Investment</title>
        <meta property="article:published_time" content="2024-11-05T09:00:00Z">
        <meta property="og:site_name" content="Embassy of Japan">
        <style>p { color: red }</style><script>var x = "1,000,000";</script></head>
        <body><nav><a href="/">Home</a> 999 links</nav>
        <h1>Trade</h1><p>Bilateral   trade reached
        <b>$230 billion</b> in 2023.</p>
        <ul><li>Exports: 1.2 million tons</li><li>Imports: 3 percent</li></ul>
        <table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2024</td><td>2.5 million</td></tr></table>
        <p>Line one<br>Line two&nbsp;here</p></body></html>
        """
        let directory = try TestDirectory()
        let result = try loader.load(file: try directory.write("trade.html", html))
        let document = result.document
        #expect(document.title == "U.S.-Japan Trade & Investment")
        #expect(document.publisher == "Embassy of Japan")
        #expect(document.date?.description == "2024-11-05")
        #expect(document.dateOrigin == .inferred)
        #expect(!document.text.contains("1,000,000"))
        #expect(!document.text.contains("999 links"))
        #expect(!document.text.contains("color"))
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "Trade", "", "Bilateral trade reached $230 billion in 2023.", "",
            "Exports: 1.2 million tons", "Imports: 3 percent", "",
            "Year\tVisitors", "2024\t2.5 million", "",
            "Line one", "Line two here",
        ])
    }

    @Test func htmlInADeclaredLegacyCharset() throws {
        let head = "<html><head><meta charset=\"iso-8859-1\"><title>Caf"
        let bytes = Array(head.utf8) + [0xE9] + Array("</title></head><body><p>Prix 5 \u{20AC}?</p></body></html>".utf8)
        let directory = try TestDirectory()
        let result = try loader.load(file: try directory.write("latin.htm", bytes))
        #expect(result.document.title == "Café")
        #expect(result.warnings.isEmpty)
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let directory = try TestDirectory()
        let path = try directory.write("bad.txt", Array("Visitors: 3".utf8) + [0xFF] + Array(" million".utf8))
        let result = try loader.load(file: path)
        #expect(result.document.text == "Visitors: 3\u{FFFD} million")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.description.hasPrefix(path + ": invalid UTF-8 repaired") == true)
    }

    @Test func pdfPagesAreRecorded() throws {
        guard PDFTextExtractor.findTool() != nil else {
            print("skipping PDF test: pdftotext is not installed (apt-get install poppler-utils)")
            return
        }
        let directory = try TestDirectory()
        let path = try directory.write("report.pdf", makePDF(pages: ["Alumni reached 6,700 in 2024.", "Visitors rose 12 percent."]))
        let result = try loader.load(file: path)
        let text = result.document.text
        #expect(result.document.format == "pdf")
        #expect(result.pageStarts.count == 2)
        #expect(result.pageStarts.first == 0)
        let scalars = Array(text.unicodeScalars)
        let secondPage = String(String.UnicodeScalarView(scalars[(result.pageStarts.last ?? 0)...]))
        #expect(secondPage.contains("Visitors rose 12 percent."))
        #expect(!secondPage.contains("Alumni"))
        #expect(!text.contains("\u{0C}"))
        let offset = text.unicodeScalars.count - 3
        #expect(result.page(atOffset: offset) == 2)
        #expect(result.page(atOffset: 0) == 1)
    }

    @Test func brokenPDFIsAToolError() throws {
        guard PDFTextExtractor.findTool() != nil else { return }
        let directory = try TestDirectory()
        let path = try directory.write("broken.pdf", "%PDF-1.4\nthis is not really a pdf\n")
        #expect { try loader.load(file: path) } throws: { ($0 as? IngestError)?.code == .toolFailed }
    }

    @Test func missingPdftotextSaysWhatToInstall() throws {
        let directory = try TestDirectory()
        let path = try directory.write("r.pdf", makePDF(pages: ["x"]))
        let noTool = DocumentLoader(now: Date(), pdfToTextPath: directory.path + "/no-such-pdftotext")
        #expect { try noTool.load(file: path) } throws: { error in
            "\(error)".contains("could not start") || "\(error)".contains("poppler-utils")
        }
        #expect(throws: IngestError.self) {
            try PDFTextExtractor.extract(path: path, location: path, tool: nil)
        }
        #expect("\(IngestError(.toolMissing, path, "x"))" == "\(path): x")
    }

    @Test(arguments: [
        ("photo.png", [UInt8]([0x89, 0x50, 0x4E, 0x47]), IngestError.Code.unsupportedFormat),
        ("empty.txt", [UInt8](), IngestError.Code.empty),
        ("blank.md", Array("   \n\n".utf8), IngestError.Code.empty),
        ("data.txt", [UInt8]([0x41, 0, 0, 0x42]), IngestError.Code.binary),
    ])
    func badFilesGiveClearErrors(name: String, bytes: [UInt8], code: IngestError.Code) throws {
        let directory = try TestDirectory()
        let path = try directory.write(name, bytes)
        #expect { try loader.load(file: path) } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.code == code && error.description.hasPrefix(path + ": ")
        }
    }

    @Test func directoriesAndMissingFiles() throws {
        let directory = try TestDirectory()
        #expect { try loader.load(file: directory.path) } throws: { ($0 as? IngestError)?.code == .isDirectory }
        #expect { try loader.load(file: directory.path + "/nope.txt") } throws: { ($0 as? IngestError)?.code == .notFound }
    }

    @Test func unreadableFile() throws {
        let directory = try TestDirectory()
        var path = try directory.write("secret.txt", "x")
        chmod(path, 0)
        // Root reads any file, but no one can read /proc/self/mem from its start.
        if getuid() == 0 { path = "/proc/self/mem" }
        #expect { try loader.load(file: path) } throws: { ($0 as? IngestError)?.code == .unreadable }
    }

    @Test func fetchedBytesUseContentTypeAndURLSlug() throws {
        let html = Array("<html><head><title>T</title></head><body><p>Updated March 5, 2025</p></body></html>".utf8)
        let result = try loader.load(bytes: html, location: "https://www.example.org/trade/page?id=2", contentType: "text/html; charset=utf-8")
        #expect(result.document.id == "www-example-org-trade-page-id-2")
        #expect(result.document.format == "html")
        #expect(result.document.text == "Updated March 5, 2025")
        #expect(result.document.date?.description == "2025-03-05")
    }

    @Test func formatOverrideAndSniffing() throws {
        let directory = try TestDirectory()
        let path = try directory.write("page.data", "<p>Hello 5</p>")
        #expect(try loader.load(file: path, hints: SourceHints(format: .html)).document.text == "Hello 5")
        let bare = try directory.write("README", "<!doctype html><p>Sniffed 7</p>")
        #expect(try loader.load(file: bare).document.text == "Sniffed 7")
    }
}
