import Foundation
import Testing

/// What a run redoes and why, and how it shows it: a bar on a terminal, plain lines elsewhere.
@Suite struct SourcesIncrementalTests {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pipelines/metrics.yml")

    func workspace() throws -> SourcesWorkspace {
        let workspace = try SourcesWorkspace()
        try workspace.write("metrics.yml", bytes: [UInt8](try Data(contentsOf: Self.catalog)))
        for index in 1 ... 3 {
            try workspace.write("docs/d\(index).txt", "Some \(index),200 students took part in the exchange.\n")
        }
        try workspace.writePipeline(sources: ["- path: docs/*.txt"], extra: "catalog: metrics.yml")
        return workspace
    }

    @Test func aChangedCatalogRedoesEveryDocumentAndSaysSo() throws {
        let workspace = try workspace()
        #expect(try workspace.runPipeline().status == 0)
        try workspace.write("metrics.yml", bytes: [UInt8](try Data(contentsOf: Self.catalog)) + Array("# edited\n".utf8))
        let again = try workspace.runPipeline()
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("(3 extracted, 0 unchanged)"), "\(again.standardOutput)")
        #expect(again.standardError.components(separatedBy: "(the metric catalog changed)").count - 1 == 3, "\(again.standardError)")
    }

    @Test func aChangedPipelineFileRedoesEveryDocumentAndSaysSo() throws {
        let workspace = try workspace()
        #expect(try workspace.runPipeline().status == 0)
        let pipeline = try String(contentsOfFile: workspace.pipelinePath, encoding: .utf8)
        try workspace.write("sources.yml", pipeline.replacingOccurrences(of: "title: Source test briefing", with: "title: Renamed"))
        let again = try workspace.runPipeline()
        #expect(again.standardOutput.contains("(3 extracted, 0 unchanged)"), "\(again.standardOutput)")
        #expect(again.standardError.components(separatedBy: "(the pipeline file changed)").count - 1 == 3, "\(again.standardError)")
        #expect(try String(contentsOfFile: workspace.summaryPath, encoding: .utf8).hasPrefix("# Renamed"))
    }

    @Test func aNewFileWithTheSameNameGivesTheOldOneAPathIDAndRedoesIt() throws {
        let workspace = try workspace()
        try workspace.writePipeline(sources: ["- path: docs/**/*.txt"], extra: "catalog: metrics.yml")
        #expect(try workspace.runPipeline().status == 0)
        try workspace.write("docs/more/d1.txt", "Some 9,900 teachers joined.\n")
        let again = try workspace.runPipeline()
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.contains("extracted docs/d1.txt: 1 facts (its document id is now docs-d1)"), "\(again.standardError)")
        #expect(again.standardError.contains("extracted docs/more/d1.txt: 1 facts (new source)"))
        #expect(again.standardError.contains("skipped docs/d2.txt: unchanged"))
        #expect(try workspace.query("SELECT document FROM facts WHERE run_id = 2 ORDER BY document") == ["d2", "d3", "docs-d1", "docs-more-d1"])
    }

    @Test func aTerminalGetsABarAndPipesGetPlainLines() throws {
        let workspace = try workspace()
        let command = [BriefingProcess.executableURL.path, "run", "sources.yml", "--as-of", "2025-06-01"].joined(separator: " ")
        let onTerminal = try Self.runOnTerminal(command, in: workspace.folder.url)
        #expect(onTerminal.contains("█"), "\(onTerminal)")
        #expect(onTerminal.contains("3/3 documents"))
        #expect(onTerminal.contains("\r\u{1B}[2K"), "the bar is redrawn in place")
        #expect(onTerminal.contains("extracted docs/d2.txt: 1 facts (first run)"))
        let again = try Self.runOnTerminal(command, in: workspace.folder.url)
        #expect(again.contains("skipped docs/d3.txt: unchanged, kept 1 facts"), "what was skipped and why: \(again)")
        #expect(again.contains("██████████████████████████████ 3/3 documents"))

        try workspace.write("docs/d1.txt", "Some 4,400 students took part in the exchange.\n")
        let piped = try workspace.runPipeline()
        #expect(!piped.standardError.contains("█") && !piped.standardError.contains("\r"))
        #expect(piped.standardError.split(separator: "\n").contains("extracted docs/d1.txt: 1 facts (content changed)"))
        #expect(piped.standardError.split(separator: "\n").contains("skipped docs/d2.txt: unchanged, kept 1 facts"))
    }

    /// Runs `command` under `script`, which gives it a pseudo-terminal, and returns what the terminal showed.
    static func runOnTerminal(_ command: String, in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: data, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }
}
