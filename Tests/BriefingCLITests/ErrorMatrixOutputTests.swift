import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The error matrix, output rows: an output that cannot be written fails the run and leaves the previous
/// outputs, and the facts of the previous run, exactly as they were.
@Suite struct ErrorMatrixOutputTests {
    @Test("matrix: output folder not writable", .enabled(if: MatrixUser.canDropToNobody, "needs root and setpriv to run as nobody"))
    func folderNotWritable() throws {
        let workspace = try MatrixWorkspace(storePath: nil)
        // The store sits apart so that only the output folder loses write permission.
        let storeFolder = workspace.path("store")
        try FileManager.default.createDirectory(atPath: storeFolder, withIntermediateDirectories: true)
        var moved = workspace
        moved.storePath = storeFolder + "/matrix.sqlite"
        try moved.writePipeline(sources: ["- path: good.txt"])
        try moved.openToEveryone()
        try moved.goodRun(as: .nobody)
        let before = try moved.snapshot()
        chmod(moved.outputFolder, 0o555)
        defer { chmod(moved.outputFolder, 0o777) }
        try moved.folder.write("good.txt", MatrixWorkspace.goodText + " Some 12 new consulates opened.")
        let result = try moved.run(["run", moved.pipelinePath], as: .nobody)
        expectCleanFailure(result, exit: 1, mentions: [moved.shown(moved.workbookPath), "not writable"], case: "output folder not writable")
        before.expectUnchanged(try moved.snapshot())
    }

    @Test("matrix: output path is a directory") func outputIsDirectory() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        let folderPath = workspace.outputFolder + "/folder.md"
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        try workspace.folder.write("pipeline.yml", """
            name: matrix
            sources: [good.txt]
            store: \(workspace.storePath)
            outputs:
              workbook: \(workspace.workbookPath)
              summary: \(folderPath)
            """)
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: [workspace.shown(folderPath), "is a folder"], case: "output path is a directory")
        var after = try workspace.snapshot()
        after.outputFiles.removeAll { $0 == "folder.md" }
        before.expectUnchanged(after)
    }

    @Test("matrix: disk fills mid-write", .enabled(if: SmallFileSystem.canMount, "needs a machine that lets root mount a tmpfs"))
    func diskFull() throws {
        let mount = try SmallFileSystem(megabytes: 2)
        let workspace = try MatrixWorkspace(outputFolder: mount.path + "/out")
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try mount.fill()
        try workspace.folder.write("good.txt", MatrixWorkspace.goodText + " Some 12 new consulates opened.")
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 1, mentions: [workspace.workbookPath], case: "disk fills mid-write")
        before.expectUnchanged(try workspace.snapshot())
    }

    @Test("matrix: workbook held open by another process") func workbookHeldOpen() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let old = try Data(contentsOf: URL(fileURLWithPath: workspace.workbookPath))
        // A reader (a spreadsheet program, a backup) holds the old workbook open while a new run replaces it.
        let holder = try #require(FileHandle(forReadingAtPath: workspace.workbookPath))
        defer { try? holder.close() }
        try workspace.folder.write("good.txt", MatrixWorkspace.goodText + " Some 12 new consulates opened.")
        let result = try workspace.run(["run", workspace.pipelinePath])
        noteSuccess(result, case: "workbook held open by another process")
        #expect(try holder.readToEnd() == old, "the open reader must keep seeing the complete old workbook")
        let new = try Data(contentsOf: URL(fileURLWithPath: workspace.workbookPath))
        #expect(new != old && new.starts(with: [0x50, 0x4B]), "the new workbook must be complete and in place")
    }
}

/// A tmpfs of a few megabytes, mounted for one test and unmounted after it: the way to make a disk fill up.
final class SmallFileSystem {
    let path: String

    init(megabytes: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let status = Self.command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path])
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw MatrixSetupError("mount -t tmpfs failed (status \(status)); this machine does not allow mounts")
        }
    }

    /// True when this process may mount a tmpfs (root, and a sandbox that allows it).
    static let canMount: Bool = getuid() == 0 && (try? SmallFileSystem(megabytes: 1)) != nil

    /// Fills the file system until a write fails with ENOSPC.
    func fill() throws {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw MatrixSetupError("cannot create the filler file") }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x41, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        var small: UInt8 = 0x41
        while write(descriptor, &small, 1) > 0 {}
    }

    deinit {
        _ = Self.command("/bin/umount", ["-l", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func command(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
