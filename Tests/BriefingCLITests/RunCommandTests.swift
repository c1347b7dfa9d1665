import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func firstRunWritesWorkbookSummaryAndStore() throws {
        let fixture = try PipelineFixture()
        let result = try fixture.run(["run", fixture.pipelinePath, "--as-of", "2025-12-01"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("run 1: 2 documents (2 extracted, 0 unchanged)"))
        for path in [fixture.workbookPath, fixture.summaryPath, fixture.storePath] {
            #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
        }
        let summary = try String(contentsOfFile: fixture.summaryPath, encoding: .utf8)
        #expect(summary.hasPrefix("# Bilateral test briefing"))
        #expect(summary.contains("| more than 30,000 |"))
        #expect(summary.contains("Fact sheet"))
    }

    @Test func unchangedRerunSkipsEveryDocumentAndSaysWhy() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath))
        let again = try fixture.run(["run", fixture.pipelinePath])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("nothing changed since run 1"))
        #expect(again.standardError.components(separatedBy: "skipped ").count - 1 == 2)
        #expect(again.standardError.contains("unchanged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath)) == before)
    }

    @Test func changedDocumentIsTheOnlyOneExtractedAgain() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        try fixture.folder.write("symposium.txt", PipelineFixture.symposium + "\nSome 431 U.S. cities have partners.\n")
        let again = try fixture.run(["run", fixture.pipelinePath])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("run 2: 2 documents (1 extracted, 1 unchanged)"))
        #expect(again.standardError.contains("symposium.txt: ") && again.standardError.contains("(content changed)"))
        #expect(again.standardOutput.contains("since run 1: 1 facts added"))
    }

    @Test func forceExtractsEverythingAgain() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        let forced = try fixture.run(["run", fixture.pipelinePath, "--force"])
        #expect(forced.status == 0)
        #expect(forced.standardOutput.contains("(2 extracted, 0 unchanged)"))
        #expect(forced.standardError.contains("(--force)"))
    }

    @Test func sameInputsAndDateGiveByteIdenticalOutputs() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath, "--as-of", "2025-12-01"])
        let workbook = try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath))
        let summary = try Data(contentsOf: URL(fileURLWithPath: fixture.summaryPath))
        _ = try fixture.run(["run", fixture.pipelinePath, "--as-of", "2025-12-01", "--force"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.workbookPath)) == workbook)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.summaryPath)) == summary)
    }

    @Test func diffShowsTheAlumniSeriesWithItsQualifier() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        let diff = try fixture.run(["diff", fixture.pipelinePath, "--format", "jsonl"])
        #expect(diff.status == 0, "\(diff.standardError)")
        let rows = try diff.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let alumni = try #require(rows.first { $0["metric"] as? String == "jet_alumni_us" })
        let from = try #require(alumni["from"] as? [String: Any])
        let to = try #require(alumni["to"] as? [String: Any])
        #expect(from["year"] as? Int == 2020 && from["value"] as? Double == 30_000 && from["qualifier"] as? String == "more_than")
        #expect(to["year"] as? Int == 2025 && to["value"] as? Double == 45_000)
        #expect(alumni["change"] as? Double == 15_000)
    }

    @Test func reportRegeneratesOneOutputWithoutExtracting() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        let target = fixture.folder.url.appendingPathComponent("copy.md").path
        let report = try fixture.run(["report", fixture.pipelinePath, "--format", "markdown", "--output", target])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == String(contentsOfFile: fixture.summaryPath, encoding: .utf8))
    }

    @Test func historyListsRunsAndAMetricSeries() throws {
        let fixture = try PipelineFixture()
        _ = try fixture.run(["run", fixture.pipelinePath])
        let runs = try fixture.run(["history", fixture.pipelinePath])
        #expect(runs.status == 0)
        #expect(runs.standardOutput.contains("succeeded"))
        let series = try fixture.run(["history", fixture.pipelinePath, "--metric", "jet_alumni_us"])
        #expect(series.standardOutput.contains("more than 30,000"))
        #expect(series.standardOutput.contains("45,000"))
    }

    @Test func readingCommandsWithoutAStoreSayRunFirst() throws {
        let fixture = try PipelineFixture()
        let diff = try fixture.run(["diff", fixture.pipelinePath])
        #expect(diff.status == 1)
        #expect(diff.standardError.contains("no fact store yet"))
    }
}
