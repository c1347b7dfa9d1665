import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func aUsablePipelineIsValid() throws {
        let fixture = try PipelineFixture()
        let result = try fixture.run(["validate", fixture.pipelinePath])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("valid pipeline 'bilateral' with 2 source(s)"))
        #expect(result.standardOutput.contains("fact-sheet.txt: text"))
    }

    @Test func unknownKeyIsNamedWithLineColumnAndSuggestion() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("typo.yml", "name: typo\nsourcs:\n  - a.txt\n")
        let result = try BriefingProcess.run(["validate", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("typo.yml:2:1"))
        #expect(result.standardError.contains("did you mean 'sources'?"))
    }

    @Test func aMissingSourceIsAProblemNamingTheFile() throws {
        let fixture = try PipelineFixture()
        try FileManager.default.removeItem(at: fixture.folder.url.appendingPathComponent("symposium.txt"))
        let result = try fixture.run(["validate", fixture.pipelinePath])
        #expect(result.status == 2)
        #expect(result.standardError.contains("symposium.txt"))
    }

    @Test func scheduleShowsTheNextRunTimes() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Some 40 people came.")
        let path = try folder.write("weekly.yml", """
            sources: [a.txt]
            store: \(folder.url.path)/weekly.sqlite
            outputs: {workbook: \(folder.url.path)/w.xlsx, summary: \(folder.url.path)/w.md}
            schedule: {cron: "30 6 * * mon", timezone: Europe/London}
            """)
        let result = try BriefingProcess.run(["validate", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("schedule '30 6 * * mon' in Europe/London: next runs"))
    }
}
