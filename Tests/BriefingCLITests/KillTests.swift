import Foundation
import Glibc
import Testing

/// `kill -9` at many moments of a real run: the last good workbook, summary and store must survive whole (or be
/// replaced whole by the new ones), and the next run must succeed with exactly the outputs a clean run gives.
@Suite(.serialized) struct KillTests {
    static let documentCount = 150

    /// A run's whole observable result.
    struct Outcome: Equatable {
        let workbook: Data
        let summary: Data
        let factCount: Int
    }

    /// A pipeline with many documents, run once (the last good state); `changed` rewrites every document so the
    /// next run has everything to redo.
    static func goodState() throws -> SourcesWorkspace {
        let workspace = try SourcesWorkspace()
        for index in 0 ..< documentCount {
            try workspace.write("docs/d\(index).txt", document(index, version: 1))
        }
        try workspace.writePipeline(sources: ["- path: docs/*.txt"])
        let first = try workspace.runPipeline()
        #expect(first.status == 0, "\(first.standardError)")
        return workspace
    }

    static func document(_ index: Int, version: Int) -> String {
        "Report \(index)\n\n" + (1 ... version + 1).map { sentence in
            "Some \(index * 10 + sentence),\(version)00 students took part in exchange round \(sentence)."
        }.joined(separator: " ") + "\n"
    }

    static func change(_ workspace: SourcesWorkspace) throws {
        for index in 0 ..< documentCount { try workspace.write("docs/d\(index).txt", document(index, version: 2)) }
    }

    static func outcome(_ workspace: SourcesWorkspace) throws -> Outcome {
        let latest = try workspace.query("SELECT fact_count FROM runs WHERE status = 'succeeded' ORDER BY id DESC LIMIT 1")
        return Outcome(workbook: workspace.bytes(workspace.workbookPath) ?? Data(), summary: workspace.bytes(workspace.summaryPath) ?? Data(),
                       factCount: Int(latest.first ?? "") ?? -1)
    }

    /// A copy of the good state, in a new folder, with the same relative paths.
    static func copy(_ good: SourcesWorkspace) throws -> SourcesWorkspace {
        let copy = try SourcesWorkspace()
        for name in try FileManager.default.contentsOfDirectory(atPath: good.folder.url.path) {
            let target = copy.folder.url.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: good.folder.url.appendingPathComponent(name), to: target)
        }
        return copy
    }

    /// When to kill the run: after a delay, or as soon as the run reaches a visible point.
    enum KillPoint: CustomStringConvertible {
        case after(milliseconds: Int)
        case extractedLines(Int)
        case temporaryOutput(String)
        case replaced(String)

        var description: String {
            switch self {
            case .after(let milliseconds): "after \(milliseconds) ms"
            case .extractedLines(let count): "after \(count) documents extracted"
            case .temporaryOutput(let name): "while writing \(name)"
            case .replaced(let name): "right after \(name) was replaced"
            }
        }
    }

    static let killPoints: [KillPoint] = [
        .after(milliseconds: 0), .after(milliseconds: 40), .extractedLines(1), .extractedLines(documentCount / 2),
        .extractedLines(documentCount), .temporaryOutput("sources.xlsx"), .replaced("sources.xlsx"),
        .temporaryOutput("sources.md"), .replaced("sources.md"), .after(milliseconds: 400), .after(milliseconds: 1200),
        .after(milliseconds: 2500),
    ]

    @Test func killNineAnywhereLeavesTheLastGoodStateOrTheNewOneWhole() throws {
        let good = try Self.goodState()
        let old = try Self.outcome(good)
        let reference = try Self.copy(good)
        try Self.change(reference)
        let clean = try reference.runPipeline()
        #expect(clean.status == 0, "\(clean.standardError)")
        let new = try Self.outcome(reference)
        #expect(old.factCount != new.factCount && old.workbook != new.workbook && old.summary != new.summary)

        var landed: [String] = []
        for point in Self.killPoints {
            let workspace = try Self.copy(good)
            try Self.change(workspace)
            let run = try BackgroundBriefing(["run", "sources.yml", "--as-of", "2025-06-01"], in: workspace.folder.url)
            Self.wait(for: point, run: run, workspace: workspace, old: old)
            run.send(SIGKILL)
            let result = run.wait()
            let state = try Self.expectWhole(workspace, old: old, new: new, point: point)
            landed.append("\(point): \(result.status == 0 ? "run had finished" : "killed"), \(state)")

            let next = try workspace.runPipeline()
            #expect(next.status == 0, "next run after a kill \(point): \(next.standardError)")
            #expect(try Self.outcome(workspace) == new, "next run after a kill \(point) gives what a clean run gives")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "temporary files left after the next run: \(leftovers)")
        }
        print("kill points:\n  " + landed.joined(separator: "\n  "))
    }

    static func wait(for point: KillPoint, run: BackgroundBriefing, workspace: SourcesWorkspace, old: Outcome) {
        let limit = 30.0
        switch point {
        case .after(let milliseconds):
            usleep(useconds_t(milliseconds * 1000))
        case .extractedLines(let count):
            _ = BackgroundBriefing.poll(for: limit) {
                !run.process.isRunning || run.standardError.components(separatedBy: "\nextracted ").count + (run.standardError.hasPrefix("extracted ") ? 0 : -1) >= count
            }
        case .temporaryOutput(let name):
            _ = BackgroundBriefing.poll(for: limit) {
                !run.process.isRunning
                    || ((try? FileManager.default.contentsOfDirectory(atPath: workspace.path("out"))) ?? []).contains { $0.hasPrefix(".\(name).tmp-") }
            }
        case .replaced(let name):
            let original = name.hasSuffix(".xlsx") ? old.workbook : old.summary
            _ = BackgroundBriefing.poll(for: limit) { !run.process.isRunning || workspace.bytes(workspace.path("out/\(name)")) != original }
        }
    }

    /// Checks the folder after a kill and says which state it holds.
    static func expectWhole(_ workspace: SourcesWorkspace, old: Outcome, new: Outcome, point: KillPoint) throws -> String {
        let workbook = workspace.bytes(workspace.workbookPath)
        let summary = workspace.bytes(workspace.summaryPath)
        #expect(workbook == old.workbook || workbook == new.workbook, "workbook is neither the old nor the new one \(point)")
        #expect(summary == old.summary || summary == new.summary, "summary is neither the old nor the new one \(point)")
        expectCompleteWorkbook(workspace.workbookPath)
        #expect(try SQLiteShell.rows(workspace.storePath, "PRAGMA integrity_check") == ["ok"], "store damaged \(point)")
        let partial = try workspace.query("""
            SELECT r.id FROM runs r WHERE r.fact_count != (SELECT count(*) FROM facts f WHERE f.run_id = r.id)
            """)
        #expect(partial.isEmpty, "runs whose facts are not all there \(point): \(partial)")
        let latest = try outcome(workspace).factCount
        #expect(latest == old.factCount || latest == new.factCount, "the store holds neither run's facts \(point)")
        let strays = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")).filter {
            // SQLite's own journal is part of the store: the next open rolls back what it holds.
            !["sources.xlsx", "sources.md", "sources.sqlite", "sources.sqlite-journal", "sources.sqlite-wal", "sources.sqlite-shm",
              ".sources.lock"].contains($0)
        }
        #expect(strays.allSatisfy { $0.hasPrefix(".") && $0.contains(".tmp-") }, "files that could pass for outputs \(point): \(strays)")
        let outputs = [workbook == new.workbook ? "new workbook" : "old workbook", summary == new.summary ? "new summary" : "old summary"]
        return (outputs + [latest == new.factCount ? "store has the new run" : "store has the old run"]).joined(separator: ", ")
    }

    @Test func aSecondRunIsRefusedNamingTheHolderOrWaitsWithWait() throws {
        // The first run holds the lock while its page is slow: 8 s, so that the refused run (a debug binary, under
        // AddressSanitizer on a loaded CI machine) surely starts while the lock is still held.
        let server = try SourcesServer(routes: ["/slow": SourcesServer.Route(body: "Some 1,200 students.", contentType: "text/plain", delay: 8)])
        let workspace = try SourcesWorkspace()
        try workspace.write("a.txt", "The programme has 300 alumni.\n")
        try workspace.writePipeline(sources: ["- path: a.txt", "- url: \(server.url("/slow"))"])
        let first = try BackgroundBriefing(["run", "sources.yml"], in: workspace.folder.url)
        let lockFile = workspace.path("out/.sources.lock")
        let holds = BackgroundBriefing.poll(for: 10) {
            (try? String(contentsOfFile: lockFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == String(first.pid)
        }
        #expect(holds, "the first run should hold the lock")

        let refused = try workspace.run(["run", "sources.yml"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("already running in process \(first.pid)"), "\(refused.standardError)")
        #expect(refused.standardError.split(separator: "\n").count == 1)

        let waited = try workspace.run(["run", "sources.yml", "--wait"])
        #expect(waited.status == 0, "\(waited.standardError)")
        let firstResult = first.wait()
        #expect(firstResult.status == 0, "\(firstResult.standardError)")
        #expect(waited.standardOutput.contains("nothing changed since run 1"), "the waiting run ran after the first: \(waited.standardOutput)")
    }
}
