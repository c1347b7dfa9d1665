import Foundation
import Testing

/// The error matrix, concurrency rows: a run is held at a known point by a URL source the local server keeps
/// waiting, and a second run or a scheduled run is started meanwhile. One waits or fails clearly; the store
/// stays sound and every run that succeeds is recorded.
@Suite struct ErrorMatrixConcurrencyTests {
    /// A workspace whose second source is a held URL, after one good run (which used hold number 0).
    private func heldWorkspace(extra: String = "") throws -> (MatrixWorkspace, MatrixServer) {
        let workspace = try MatrixWorkspace()
        let server = try MatrixServer(in: workspace.folder, page: ErrorMatrixURLTests.page)
        try server.set(mode: "hold")
        try workspace.writePipeline(sources: ["- path: good.txt", "- url: \(server.url("held.html"))"], extra: extra)
        let first = try MatrixProcess.start(["run", workspace.pipelinePath], in: workspace.root)
        try #require(server.waitUntilHeld(0), "the run never fetched the URL")
        server.release(0)
        try #require(try first.wait().status == 0)
        return (workspace, server)
    }

    private func expectSound(_ workspace: MatrixWorkspace, runs expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try workspace.run(["store", "check", workspace.pipelinePath])
        #expect(check.status == 0, "\(check.standardError)", sourceLocation: sourceLocation)
        let runs = try SQLiteShell.query(workspace.storePath, "SELECT status FROM runs ORDER BY id").split(separator: "\n").map(String.init)
        #expect(runs == expected, sourceLocation: sourceLocation)
    }

    @Test("matrix: two runs of one pipeline at once") func twoRuns() throws {
        let (workspace, server) = try heldWorkspace()
        let first = try MatrixProcess.start(["run", workspace.pipelinePath, "--force"], in: workspace.root)
        try #require(server.waitUntilHeld(1))
        let second = try workspace.run(["run", workspace.pipelinePath, "--force"])
        expectCleanFailure(second, exit: 1, mentions: ["already running in process \(first.process.processIdentifier)"],
                           case: "two runs at once (second without --wait)")
        server.release(1)
        #expect(try first.wait().status == 0)
        try expectSound(workspace, runs: ["succeeded", "succeeded"])
    }

    @Test("matrix: a second run with --wait runs after the first") func twoRunsWaiting() throws {
        let (workspace, server) = try heldWorkspace()
        let first = try MatrixProcess.start(["run", workspace.pipelinePath, "--force"], in: workspace.root)
        try #require(server.waitUntilHeld(1))
        let second = try MatrixProcess.start(["run", workspace.pipelinePath, "--force", "--wait"], in: workspace.root)
        usleep(500_000)
        #expect(second.isRunning, "--wait must wait for the lock")
        #expect(!server.waitUntilHeld(2, timeout: 0.5), "the waiting run must not start reading before the first ends")
        server.release(1)
        #expect(try first.wait().status == 0)
        try #require(server.waitUntilHeld(2))
        server.release(2)
        let result = try second.wait()
        noteSuccess(result, case: "two runs at once (second with --wait)")
        try expectSound(workspace, runs: ["succeeded", "succeeded", "succeeded"])
    }

    @Test("matrix: schedule and run together") func scheduleAndRun() throws {
        let (workspace, server) = try heldWorkspace(extra: "schedule:\n  cron: \"0 * * * *\"\n  timezone: UTC\n  catch_up: one\n")
        // The scheduler last ran two hours ago, so it owes one catch-up run and starts it at once.
        let owed = "INSERT OR REPLACE INTO state (key, value) VALUES ('schedule.last_run.matrix', '\(Date().timeIntervalSince1970 - 7200)')"
        try SQLiteShell.execute(workspace.storePath, owed)
        let scheduler = try MatrixProcess.start(["schedule", workspace.pipelinePath, "--once"], in: workspace.root)
        try #require(server.waitUntilHeld(1), "the scheduled run never started")
        // A manual run while the scheduled one is going fails at once, naming the scheduler's process.
        let manual = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(manual, exit: 1, mentions: ["already running in process \(scheduler.process.processIdentifier)"],
                           case: "run while a scheduled run is going")
        server.release(1)
        let log = try scheduler.wait()
        #expect(log.status == 0, "\(log.standardError)")
        #expect(log.standardOutput.contains("started (") && log.standardOutput.contains("done"), "\(log.standardOutput)")

        // The other way round: the scheduled run waits for a manual run to finish, then runs.
        let run = try MatrixProcess.start(["run", workspace.pipelinePath, "--force"], in: workspace.root)
        try #require(server.waitUntilHeld(2))
        try SQLiteShell.execute(workspace.storePath, owed)
        let waitingScheduler = try MatrixProcess.start(["schedule", workspace.pipelinePath, "--once"], in: workspace.root)
        #expect(!server.waitUntilHeld(3, timeout: 1), "the scheduled run must wait for the manual run")
        server.release(2)
        #expect(try run.wait().status == 0)
        try #require(server.waitUntilHeld(3), "the scheduled run never started after the manual run")
        server.release(3)
        let second = try waitingScheduler.wait()
        noteSuccess(second, case: "schedule waits for a manual run")
        // The scheduled runs found nothing changed since the run before them, so they add no run of their own.
        #expect(second.standardOutput.contains("nothing changed since run 2"), "\(second.standardOutput)")
        try expectSound(workspace, runs: ["succeeded", "succeeded"])
    }
}
