import Foundation
@testable import Ingest
import Testing

/// `load(bytes:path:)`: the bytes a run hashed are the bytes it parses, whatever happens to the file afterwards.
@Suite struct LoadFromBytesTests {
    let loader = DocumentLoader(now: Date(timeIntervalSince1970: 1_750_000_000))

    @Test func keepsFileSemanticsWithoutReadingTheFileAgain() throws {
        let directory = try TestDirectory()
        let path = try directory.write("notes/brief.md", "---\ntitle: Brief\n---\nSome 1,200 students.\n")
        let bytes = try DocumentLoader.readFile(path)
        // The file changes after it was read: the document must still be the one that was read.
        try directory.write("notes/brief.md", "changed")
        let result = try loader.load(bytes: bytes, path: path)
        #expect(result.document.id == "brief")
        #expect(result.document.format == "markdown")
        #expect(result.document.title == "Brief")
        #expect(result.document.text == "Some 1,200 students.\n")
        #expect(result.document.contentHash == SHA256.hex(of: bytes))
        #expect(try loader.load(file: path).document.text == "changed")
    }

    @Test func pdfBytesGoToPdftotextThroughAPrivateCopy() throws {
        guard PDFTextExtractor.findTool() != nil else { return }
        let directory = try TestDirectory()
        let path = try directory.write("report.pdf", makePDF(pages: ["First page.", "Visitors rose 12 percent."]))
        let bytes = try DocumentLoader.readFile(path)
        try FileManager.default.removeItem(atPath: path)
        let result = try loader.load(bytes: bytes, path: path)
        #expect(result.document.id == "report")
        #expect(result.pageStarts.count == 2)
        #expect(result.document.text.contains("Visitors rose 12 percent."))
    }

    @Test func unreadableFilesAreRefusedFromTheirFirstBytes() throws {
        #expect(throws: Never.self) { try DocumentLoader.refuseUnreadable(path: "a.txt", bytes: Array("plain".utf8)) }
        let utf16 = [0xFF, 0xFE] + Array("h\0i\0".utf8)
        #expect(throws: Never.self) { try DocumentLoader.refuseUnreadable(path: "a.txt", bytes: utf16) }
        #expect(throws: Never.self) { try DocumentLoader.refuseUnreadable(path: "a.pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0]) }
        let binary = #expect(throws: IngestError.self) { try DocumentLoader.refuseUnreadable(path: "a.txt", bytes: [1, 0, 2]) }
        #expect(binary?.code == .binary)
        let docx = #expect(throws: IngestError.self) { try DocumentLoader.refuseUnreadable(path: "d/a.docx", bytes: Array("PK".utf8)) }
        #expect(docx?.description == "d/a.docx: has unsupported type '.docx' (Briefing reads .txt, .md, .html, .pdf; set format: to override)")
        #expect(throws: Never.self) {
            try DocumentLoader.refuseUnreadable(path: "a.docx", bytes: Array("text".utf8), hints: SourceHints(format: .text))
        }
        #expect(try DocumentLoader.format(ofFile: "README", bytes: Array("<html><body>x".utf8)) == .html)
    }

    @Test func missingFilesAndFoldersSayWhich() throws {
        let directory = try TestDirectory()
        #expect((#expect(throws: IngestError.self) { try DocumentLoader.readFile(directory.path + "/none.txt") })?.code == .notFound)
        #expect((#expect(throws: IngestError.self) { try DocumentLoader.readFile(directory.path) })?.code == .isDirectory)
    }
}
