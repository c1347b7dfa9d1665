import FactStore
import Foundation
@testable import Pipeline
import Testing

/// What the runner does about the traces a killed run leaves: stale temporary outputs, outputs older than the store.
@Suite struct RunnerRecoveryTests {
    func plan(in directory: TestDirectory) throws -> RunPlan {
        try directory.write("a/report.txt", "Some 1,200 students took part in the exchange.\n")
        try directory.write("b/report.txt", "The programme has 300 alumni.\n")
        return RunPlan(
            name: "recovery", title: "Recovery", pipelineFile: directory.path + "/recovery.yml", configurationHash: "c1",
            sources: [RunPlan.Source(location: directory.path + "/a/report.txt"), RunPlan.Source(location: directory.path + "/b/report.txt")],
            storePath: directory.path + "/out/recovery.sqlite", workbookPath: directory.path + "/out/recovery.xlsx",
            summaryPath: directory.path + "/out/recovery.md"
        )
    }

    @Test func sourcesWithTheSameFileNameGetDistinctIDs() throws {
        let directory = try TestDirectory()
        let plan = try plan(in: directory)
        #expect(plan.sources.map(\.documentID).allSatisfy { $0.hasSuffix("a-report") || $0.hasSuffix("b-report") })
        #expect(Set(plan.sources.map(\.documentID)).count == 2)
    }

    @Test func outputsNotWrittenForTheLatestRunAreWrittenAgain() async throws {
        let directory = try TestDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/out", withIntermediateDirectories: true)
        let plan = try plan(in: directory)
        let first = try await PipelineRunner(plan: plan).run()
        #expect(!first.upToDate && first.facts == 2)
        #expect(try await PipelineRunner(plan: plan).run().upToDate)

        // As if the run had been killed after recording but before its outputs were in place.
        try FactStore(path: plan.storePath).setState("outputs.run.recovery", to: nil)
        let again = try await PipelineRunner(plan: plan).run()
        #expect(!again.upToDate, "the outputs must be rewritten")
        #expect(again.reused == 2 && again.extracted == 0)
        #expect(try await PipelineRunner(plan: plan).run().upToDate)
    }

    @Test func temporaryFilesOfDeadWritersAreRemovedAndLiveOnesKept() throws {
        let directory = try TestDirectory()
        let target = directory.path + "/briefing.xlsx"
        let dead = try directory.write(".briefing.xlsx.tmp-2147483646-17", "half a workbook")
        let live = try directory.write(".briefing.xlsx.tmp-\(getpid())-18", "being written")
        let other = try directory.write(".notes.md.tmp-2147483646-19", "another file's")
        AtomicFile.removeAbandonedTemporaries(of: target)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
    }
}
