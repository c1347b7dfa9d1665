import Foundation
import Testing

/// The error matrix, pipeline file rows: every broken pipeline file is refused before any work with exit 2 and
/// one line naming the file (and the line and column when the YAML has them); outputs and store stay as they were.
@Suite struct ErrorMatrixPipelineFileTests {
    /// Breaks the pipeline file of a workspace that has had one good run, runs it, and checks nothing changed.
    private func expectRefused(_ yaml: String, mentions: [String], case name: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        try workspace.folder.write("pipeline.yml", yaml)
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: ["pipeline.yml"] + mentions, case: name, sourceLocation: sourceLocation)
        let after = try workspace.snapshot()
        before.expectUnchanged(after, sourceLocation: sourceLocation)
        #expect(after.runs == before.runs, "a refused pipeline file must not even record a failed run", sourceLocation: sourceLocation)
    }

    @Test("matrix: pipeline file missing") func missing() throws {
        let folder = try TemporaryFolder()
        let result = try BriefingProcess.run(["run", "nowhere.yml"], in: folder.url)
        expectCleanFailure(result, exit: 2, mentions: ["nowhere.yml", "no such pipeline file"], case: "pipeline file missing")
    }

    @Test("matrix: pipeline file empty") func empty() throws {
        try expectRefused("", mentions: ["is empty", "sources"], case: "pipeline file empty")
    }

    @Test("matrix: pipeline file not YAML") func notYAML() throws {
        try expectRefused("name: matrix\nsources: [good.txt\n  title: \"unclosed\n", mentions: ["pipeline.yml:", "not valid YAML"],
                          case: "pipeline file not YAML")
    }

    @Test("matrix: pipeline file is binary") func binary() throws {
        let workspace = try MatrixWorkspace()
        try workspace.folder.write("pipeline.yml", bytes: [0xFF, 0xFE, 0x00, 0x81, 0x00, 0x13, 0x37])
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: ["pipeline.yml", "UTF-8"], case: "pipeline file binary")
    }

    @Test("matrix: pipeline file wrong types") func wrongTypes() throws {
        try expectRefused("name: matrix\nsources:\n  path: good.txt\n", mentions: ["pipeline.yml:3:3", "'sources' must be a list"],
                          case: "pipeline file wrong types (sources a mapping)")
    }

    @Test("matrix: pipeline file wrong type of a value") func wrongValueType() throws {
        try expectRefused("name: matrix\ntitle: [a, b]\nsources: [good.txt]\n", mentions: ["pipeline.yml:2:8", "'title' must be a single value"],
                          case: "pipeline file wrong types (title a list)")
    }

    @Test("matrix: pipeline file unknown key suggests the nearest") func unknownKey() throws {
        try expectRefused("name: matrix\nsources: [good.txt]\noutputs:\n  workbok: x.xlsx\n",
                          mentions: ["pipeline.yml:4:3", "unknown key 'workbok'", "did you mean 'workbook'?"],
                          case: "pipeline file unknown key")
    }

    @Test("matrix: pipeline file without sources") func noSources() throws {
        try expectRefused("name: matrix\ntitle: Nothing to read\n", mentions: ["pipeline.yml:1:1", "needs a 'sources' list"],
                          case: "pipeline file no sources")
    }

    @Test("matrix: pipeline file with an empty sources list") func emptySources() throws {
        try expectRefused("name: matrix\nsources: []\n", mentions: ["pipeline.yml:2:10", "'sources' is empty"],
                          case: "pipeline file empty sources list")
    }

    @Test("matrix: pipeline file duplicate sources") func duplicateSources() throws {
        try expectRefused("name: matrix\nsources:\n  - good.txt\n  - path: good.txt\n",
                          mentions: ["pipeline.yml:4:5", "listed twice (first at line 3)"], case: "pipeline file duplicate sources")
    }

    @Test("matrix: pipeline file bad cron") func badCron() throws {
        try expectRefused("name: matrix\nsources: [good.txt]\nschedule:\n  cron: \"61 7 * * *\"\n",
                          mentions: ["pipeline.yml:4:9", "61"], case: "pipeline file bad cron")
    }

    @Test("matrix: pipeline file bad time zone") func badTimeZone() throws {
        try expectRefused("name: matrix\nsources: [good.txt]\nschedule:\n  cron: \"0 7 * * *\"\n  timezone: Asia/Tokio\n",
                          mentions: ["pipeline.yml:5:13", "unknown time zone 'Asia/Tokio'"], case: "pipeline file bad time zone")
    }

    @Test("matrix: pipeline file bad date") func badDate() throws {
        try expectRefused("name: matrix\nsources:\n  - path: good.txt\n    date: 2024-13-45\n",
                          mentions: ["pipeline.yml:4:11", "date '2024-13-45' is not a date"], case: "pipeline file bad date")
    }

    @Test("matrix: output path inside a missing folder") func outputInMissingFolder() throws {
        let workspace = try MatrixWorkspace()
        try workspace.goodRun()
        let before = try workspace.snapshot()
        let missing = workspace.path("no-such-folder/briefing.xlsx")
        try workspace.folder.write("pipeline.yml", """
            name: matrix
            sources: [good.txt]
            store: \(workspace.storePath)
            outputs:
              workbook: \(missing)
              summary: \(workspace.summaryPath)
            """)
        let result = try workspace.run(["run", workspace.pipelinePath])
        expectCleanFailure(result, exit: 2, mentions: [workspace.shown(missing), "folder", "does not exist"], case: "output path in a missing folder")
        before.expectUnchanged(try workspace.snapshot())
        #expect(!FileManager.default.fileExists(atPath: workspace.path("no-such-folder")), "the run must not create the folder")
    }
}
