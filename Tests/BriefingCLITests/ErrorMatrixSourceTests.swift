import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The error matrix, source rows: a source that cannot be read fails the run with one line naming the file and
/// the documented exit code, after a good run whose outputs and facts must survive untouched.
@Suite struct ErrorMatrixSourceTests {
    private func expectRunFails(_ name: String, bytes: [UInt8], exit: Int32 = 2, mentions: [String], case caseName: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try workspace.folder.write(name, bytes: bytes)
        try workspace.writePipeline(sources: ["- path: good.txt\n    date: 2024-05", "- path: \(name)"])
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: exit, mentions: [name] + mentions, case: caseName, sourceLocation: sourceLocation)
        before.expectUnchanged(try workspace.snapshot(), sourceLocation: sourceLocation)
    }

    @Test("matrix: source file missing") func missing() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try workspace.writePipeline(sources: ["- path: good.txt", "- path: gone.txt"])
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: ["pipeline.yml:", "gone.txt", "does not exist"], case: "source missing")
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: source is a directory") func directory() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try FileManager.default.createDirectory(atPath: workspace.path("folder.txt"), withIntermediateDirectories: true)
        try workspace.writePipeline(sources: ["- path: good.txt", "- path: folder.txt"])
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: ["pipeline.yml:", "folder.txt", "is a folder"], case: "source is a directory")
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: source without read permission", .enabled(if: MatrixUser.canDropToNobody, "needs root and setpriv to run as nobody"))
    func unreadable() throws {
        let workspace = try MatrixWorkspace()
        try workspace.folder.write("secret.txt", "Some 40 delegates attended.")
        try workspace.writePipeline(sources: ["- path: good.txt", "- path: secret.txt"])
        try workspace.openToEveryone()
        try workspace.goodRun(as: .nobody)
        let before = try workspace.snapshot()
        chmod(workspace.path("secret.txt"), 0o000)
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"], as: .nobody)
        expectCleanFailure(result, exit: 2, mentions: ["secret.txt", "could not be read"], case: "source without read permission")
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: source empty") func empty() throws {
        try expectRunFails("empty.txt", bytes: [], mentions: ["is empty"], case: "source empty")
    }

    @Test("matrix: source binary") func binary() throws {
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        try expectRunFails("image.txt", bytes: bytes, mentions: ["not a text file"], case: "source binary")
    }

    @Test("matrix: source with invalid UTF-8 is repaired with a warning") func invalidUTF8() throws {
        let workspace = try MatrixWorkspace()
        var bytes = Array("Some 1,200 students took part in the exchange. ".utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array(" The programme has 300 alumni.\n".utf8)
        try workspace.folder.write("latin.txt", bytes: bytes)
        try workspace.writePipeline(sources: ["- path: good.txt", "- path: latin.txt"])
        let result = try workspace.run(["run", workspace.pipelinePath])
        noteSuccess(result, case: "source with invalid UTF-8")
        #expect(result.standardError.contains("latin.txt") && result.standardError.contains("U+FFFD"),
                "the repair must be reported, not silent: \(result.standardError)")
        let facts = try SQLiteShell.query(workspace.storePath, "SELECT value FROM facts WHERE document = 'latin' ORDER BY start")
        #expect(facts.split(separator: "\n") == ["1200.0", "300.0"])
    }

    @Test("matrix: HTML with no body") func htmlWithoutBody() throws {
        try expectRunFails("page.html", bytes: Array("<html><head><title>Nothing here</title></head></html>".utf8),
                           mentions: ["has no text"], case: "HTML with no body")
    }

    @Test("matrix: PDF that is encrypted") func encryptedPDF() throws {
        try expectRunFails("locked.pdf", bytes: MatrixPDF.encrypted(), mentions: ["PDF"], case: "PDF encrypted")
    }

    @Test("matrix: PDF without a text layer") func pdfWithoutText() throws {
        try expectRunFails("scan.pdf", bytes: MatrixPDF.withoutText(), mentions: ["no text"], case: "PDF without a text layer")
    }

    @Test("matrix: source that disappears mid-run") func disappearsMidRun() throws {
        let workspace = try MatrixWorkspace()
        let server = try MatrixServer(in: workspace.folder, page: ErrorMatrixURLTests.page)
        try workspace.folder.write("later.txt", "Some 75 cities have sister-city ties.")
        try workspace.writePipeline(sources: ["- path: good.txt", "- url: \(server.url("slow.html"))", "- path: later.txt"])
        try workspace.goodRun()
        let before = try workspace.snapshot()
        // The run reads its sources in order: while the server holds the URL, the file after it goes away.
        try server.set(mode: "hold")
        let run = try MatrixProcess.start(["run", workspace.pipelinePath, "--force"], in: workspace.root)
        try #require(server.waitUntilHeld(0), "the run never fetched the URL")
        try FileManager.default.removeItem(atPath: workspace.path("later.txt"))
        server.release(0)
        let result = try run.wait()
        expectCleanFailure(result, exit: 2, mentions: ["later.txt", "no such file"], case: "source disappears mid-run")
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: 200 MB single-line source") func hugeSingleLine() throws {
        try expectRunFailsWith(named: "huge.txt", mentions: ["200 MB", "at most 64 MB"], case: "200 MB single-line source") { path in
            try MatrixHugeFile.write(path: path, megabytes: 200)
        }
    }

    /// Like `expectRunFails`, for a source too large to build in memory: `make` writes it in place.
    private func expectRunFailsWith(named name: String, mentions: [String], case caseName: String,
                                    make: (String) throws -> Void) throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try make(workspace.path(name))
        try workspace.writePipeline(sources: ["- path: good.txt\n    date: 2024-05", "- path: \(name)"])
        let started = Date()
        let result = try workspace.run(["run", workspace.pipelinePath])
        print("error-matrix | \(caseName) | answered in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        expectCleanFailure(result, exit: 2, mentions: [name] + mentions, case: caseName)
        before.expectUnchanged(try workspace.snapshot())
        try? FileManager.default.removeItem(atPath: workspace.path(name))
    }
}

/// Hand-made PDFs: one encrypted with an unknown user password, one whose only page draws a box and holds no text.
enum MatrixPDF {
    static func encrypted() -> [UInt8] {
        let hex32 = String(repeating: "5A", count: 32)
        return build(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <\(hex32)> /U <\(hex32)> /P -44 >>",
        ], trailerExtra: "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]")
    }

    static func withoutText() -> [UInt8] {
        let drawing = "0 0 1 rg 20 20 160 160 re f"
        return build(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            "<< /Length \(drawing.utf8.count) >>\nstream\n\(drawing)\nendstream",
        ], trailerExtra: "")
    }

    private static func build(objects: [String], trailerExtra: String) -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }
}

/// A large single-line text (no line break at all) with a few facts in it.
enum MatrixHugeFile {
    private static let factCount = 10
    private static let filler = "the delegations met again to discuss cooperation and exchange and the weather "
    private static let fact = "The exchange programme has 4,200 alumni. "

    static func write(path: String, megabytes: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw MatrixSetupError("cannot create \(path)")
        }
        defer { try? handle.close() }
        var chunk = Data(String(repeating: filler, count: (1 << 20) / filler.utf8.count).utf8)
        chunk.append(Data(repeating: UInt8(ascii: " "), count: (1 << 20) - chunk.count))
        let every = megabytes / factCount
        for index in 0..<megabytes {
            if index % every == 0 { try handle.write(contentsOf: Data(fact.utf8)) }
            try handle.write(contentsOf: chunk)
        }
    }
}
