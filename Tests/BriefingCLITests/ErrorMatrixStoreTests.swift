import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The error matrix, store rows: a locked, damaged or newer store fails the run with one line naming it, and the
/// store file is left byte for byte as it was (a damaged store is never written to, never replaced).
@Suite struct ErrorMatrixStoreTests {
    private func storeBytes(_ workspace: MatrixWorkspace) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: workspace.storePath))
    }

    @Test("matrix: store locked by another process") func locked() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        let sqlite = try #require(SQLiteShell.path, "sqlite3 is not installed")
        // sqlite3 takes the write lock and keeps it while it sleeps; a reader of its stdout knows it holds the lock.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: sqlite)
        holder.arguments = [workspace.storePath]
        let input = Pipe()
        let output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }
            holder.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        let started = Date()
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"])
        let waited = Date().timeIntervalSince(started)
        expectCleanFailure(result, exit: 1, mentions: [workspace.shown(workspace.storePath), "locked by another process"], case: "store locked")
        #expect(waited >= 2.5, "the run should wait out the busy timeout (3 s) before failing, waited \(waited) s")
        input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: store file is not a database") func notADatabase() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        var bytes = try storeBytes(workspace)
        bytes.replaceSubrange(0..<32, with: Data(repeating: 0x47, count: 32))
        try bytes.write(to: URL(fileURLWithPath: workspace.storePath))
        let workbook = try Data(contentsOf: URL(fileURLWithPath: workspace.workbookPath))
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"])
        expectCleanFailure(result, exit: 1, mentions: [workspace.shown(workspace.storePath), "not a valid Briefing store"], case: "store not a database")
        #expect(try storeBytes(workspace) == bytes, "a damaged store must not be touched")
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.workbookPath)) == workbook)
        let check = try workspace.run(["store", "check", workspace.pipelinePath])
        expectCleanFailure(check, exit: 1, mentions: [workspace.shown(workspace.storePath), "damaged"], case: "store check (not a database)", detailLines: true)
        #expect(check.standardError.contains("file is not a database"))
    }

    @Test("matrix: store with a damaged page") func damagedPage() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let page = try SQLiteShell.query(workspace.storePath, "SELECT rootpage FROM sqlite_master WHERE name = 'facts'")
        let pageSize = try SQLiteShell.query(workspace.storePath, "PRAGMA page_size")
        let number = try #require(Int(page.trimmingCharacters(in: .whitespacesAndNewlines)))
        let size = try #require(Int(pageSize.trimmingCharacters(in: .whitespacesAndNewlines)))
        var bytes = try storeBytes(workspace)
        let start = (number - 1) * size
        bytes.replaceSubrange(start..<(start + size), with: (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        try bytes.write(to: URL(fileURLWithPath: workspace.storePath))
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"])
        expectCleanFailure(result, exit: 1, mentions: [workspace.shown(workspace.storePath), "malformed"], case: "store with a damaged page")
        #expect(try storeBytes(workspace) == bytes, "a damaged store must not be written to")
        let check = try workspace.run(["store", "check", workspace.pipelinePath])
        expectCleanFailure(check, exit: 1, mentions: [workspace.shown(workspace.storePath), "damaged"], case: "store check (damaged page)", detailLines: true)
        #expect(check.standardError.contains("malformed") || check.standardError.contains("Page \(number)"))
        #expect(try storeBytes(workspace) == bytes, "store check must not change the store")
    }

    @Test("matrix: store check of a sound store") func soundStore() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let check = try workspace.run(["store", "check", workspace.pipelinePath])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("sound") && check.standardOutput.contains("1 run(s), 0 failed"))
        #expect(check.standardOutput.contains("3 fact(s)"))
    }

    @Test("matrix: store written by a newer version") func newerVersion() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        try SQLiteShell.execute(workspace.storePath, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
        let bytes = try storeBytes(workspace)
        let before = try workspace.snapshot()
        let result = try workspace.run(["run", workspace.pipelinePath, "--force"])
        expectCleanFailure(result, exit: 2, mentions: [workspace.shown(workspace.storePath), "newer Briefing", "v99-from-the-future"],
                           case: "store written by a newer version")
        #expect(try storeBytes(workspace) == bytes)
        before.expectUnchanged(try workspace.snapshot())
    }
}
