import Foundation
import Ingest
@testable import Pipeline
import Testing

@Suite struct PipelineFileTests {
    @Test func fullFileResolvesPathsAndKeepsEveryValue() throws {
        let directory = try TestDirectory()
        try directory.write("Pipelines/sources/a.txt", "x")
        try directory.write("Pipelines/sources/b.txt", "x")
        try directory.write("Pipelines/catalog.yml", "metrics: []")
        try directory.write("Pipelines/brief.mustache", "{{title}}")
        let path = try directory.write("Pipelines/us-japan.yml", """
            name: usj
            title: U.S.–Japan figures
            description: Trade, investment and exchanges.
            contact: desk@example.org
            sources:
              - sources/*.txt
              - path: sources/a.txt
                title: Fact sheet A
                publisher: Embassy
                date: 2024-05
                format: markdown
              - url: https://example.org/page.html
            catalog: catalog.yml
            overrides: usj-fixes.yml
            store: ../Data/usj.sqlite
            outputs:
              workbook: /tmp/usj.xlsx
              summary: out/usj.md
              template: brief.mustache
            schedule:
              cron: "0 7 * * 1-5"
              timezone: Asia/Tokyo
              overlap: queue
              catch_up: all
            fetch:
              timeout_seconds: 12.5
              user_agent: Test/2
            """)
        let file = try PipelineFile.load(path: path, workingDirectory: "/work/elsewhere")
        let folder = directory.path + "/Pipelines"
        #expect(file.name == "usj" && file.title == "U.S.–Japan figures")
        #expect(file.description == "Trade, investment and exchanges." && file.contact == "desk@example.org")
        #expect(file.sources.count == 3)
        #expect(file.sources[0].location == .path(folder + "/sources/*.txt"))
        #expect(file.sources[0].files() == [folder + "/sources/a.txt", folder + "/sources/b.txt"])
        #expect(file.sources[1].hints == SourceHints(title: "Fact sheet A", publisher: "Embassy", date: .init(iso: "2024-05"), format: .markdown))
        #expect(file.sources[1].line == 7)
        #expect(file.sources[2].location == .url(try #require(URL(string: "https://example.org/page.html"))))
        #expect(file.catalog == folder + "/catalog.yml")
        #expect(file.overrides == folder + "/usj-fixes.yml")
        #expect(file.store == directory.path + "/Data/usj.sqlite")
        #expect(file.lockPath == directory.path + "/Data/.usj.lock")
        #expect(file.outputs == .init(workbook: "/tmp/usj.xlsx", summary: folder + "/out/usj.md", template: folder + "/brief.mustache"))
        #expect(file.schedule?.cron.source == "0 7 * * 1-5")
        #expect(file.schedule?.timeZone.identifier == "Asia/Tokyo")
        #expect(file.schedule?.overlap == .queue && file.schedule?.catchUp == .all)
        #expect(file.fetch == .init(timeoutSeconds: 12.5, userAgent: "Test/2"))
        #expect(file.contentHash.count == 64)
    }

    @Test func defaults() throws {
        let directory = try TestDirectory()
        try directory.write("p/metrics.yml", "metrics: []")
        try directory.write("p/templates/briefing.md.mustache", "x")
        let path = try directory.write("p/japan trade.yml", "sources:\n  - https://example.org/a\ndescription:\n")
        let file = try PipelineFile.load(path: path, workingDirectory: "/srv/work")
        #expect(file.name == "japan-trade" && file.title == "japan-trade")
        #expect(file.description == nil && file.contact == nil && file.schedule == nil)
        #expect(file.catalog == directory.path + "/p/metrics.yml")
        #expect(file.overrides == directory.path + "/p/japan-trade.overrides.yml")
        #expect(file.store == "/srv/work/Output/japan-trade.sqlite")
        #expect(file.outputs == .init(
            workbook: "/srv/work/Output/japan-trade-briefing.xlsx", summary: "/srv/work/Output/japan-trade-briefing.md",
            template: directory.path + "/p/templates/briefing.md.mustache"))
        #expect(file.fetch == .init(timeoutSeconds: 30, userAgent: "Briefing/1.0"))

        let bare = try PipelineFile.parse(yaml: "sources: [https://example.org/b]\nschedule: {cron: '@daily'}", path: "/nowhere/x.yml")
        #expect(bare.catalog == nil && bare.outputs.template == nil)
        #expect(bare.schedule?.overlap == .skip && bare.schedule?.catchUp == .one)
        #expect(bare.schedule?.timeZone.identifier == TimeZone.current.identifier)
    }

    @Test(arguments: [
        ("", "p.yml: is empty"),
        ("# only a comment\n", "p.yml: is empty"),
        ("sources: [a\n", "p.yml:2:1: is not valid YAML"),
        ("- a\n- b\n", "p.yml:1:1: the pipeline file must be a mapping"),
        ("title: x\n", "p.yml:1:1: needs a 'sources' list"),
        ("sources: []\n", "p.yml:1:10: 'sources' is empty"),
        ("sources: a.txt\n", "p.yml:1:10: 'sources' must be a list"),
        ("source:\n  - https://e.org/a\n", "p.yml:1:1: unknown key 'source' in the pipeline file; did you mean 'sources'?"),
        ("sources:\n  - url: https://e.org/a\n    titel: x\n", "p.yml:3:5: unknown key 'titel' in a source entry; did you mean 'title'?"),
        ("sources:\n  - https://e.org/a\n  - https://e.org/a\n", "p.yml:3:5: source 'https://e.org/a' is listed twice (first at line 2)"),
        ("sources:\n  - url: ftp://e.org/a\n", "p.yml:2:10: url 'ftp://e.org/a' is not an http or https URL"),
        ("sources:\n  - path: missing.txt\n", "p.yml:2:11: source file 'missing.txt' does not exist"),
        ("sources:\n  - {url: 'https://e.org/a', path: b.txt}\n", "p.yml:2:5: a source entry needs exactly one of 'path' or 'url'"),
        ("sources:\n  - url: https://e.org/a\n    date: 2024-13-01\n", "p.yml:3:11: date '2024-13-01' is not a date"),
        ("sources:\n  - url: https://e.org/a\n    format: htm\n", "p.yml:3:13: format 'htm' is not one of text, markdown, html, pdf; did you mean 'html'?"),
        ("sources: [https://e.org/a]\nschedule:\n  cron: '0 25 * * *'\n", "p.yml:3:9: cron expression '0 25 * * *': hour 25 is out of range 0-23"),
        ("sources: [https://e.org/a]\nschedule:\n  cron: '@daily'\n  timezone: Mars/Olympus\n", "p.yml:4:13: unknown time zone 'Mars/Olympus'"),
        ("sources: [https://e.org/a]\nschedule:\n  timezone: UTC\n", "p.yml:3:3: 'schedule' needs a 'cron' expression"),
        ("sources: [https://e.org/a]\nschedule:\n  cron: '@daily'\n  overlap: skipp\n", "p.yml:4:12: overlap 'skipp' is not one of skip, queue; did you mean 'skip'?"),
        ("sources: [https://e.org/a]\noutputs: out.xlsx\n", "p.yml:2:10: 'outputs' must be a mapping of 'key: value' lines, not a single value"),
        ("sources: [https://e.org/a]\ntitle: [a, b]\n", "p.yml:2:8: 'title' must be a single value, not a list"),
        ("sources: [https://e.org/a]\nfetch:\n  timeout_seconds: soon\n", "p.yml:3:20: timeout_seconds must be a number of seconds"),
        ("sources: [https://e.org/a]\nname: ../evil\n", "p.yml:2:7: name '../evil' may hold only letters"),
        ("sources: [https://e.org/a]\ncatalog: nope.yml\n", "p.yml:2:10: catalog file 'nope.yml' does not exist"),
        ("sources: [https://e.org/a]\ntitle: a\ntitle: b\n", "p.yml:3:1: key 'title' appears twice"),
    ])
    func errorsNameFileLineAndColumn(yaml: String, expected: String) throws {
        let directory = try TestDirectory()
        let path = try directory.write("p.yml", yaml)
        #expect { try PipelineFile.load(path: "p.yml", workingDirectory: directory.path) } throws: { error in
            guard let error = error as? PipelineError, error.code == .invalidPipelineFile else { return false }
            let line = error.description
            let matches = line.hasPrefix(expected) && !line.contains("\n")
            if !matches { print("got: \(line)") }
            return matches && FileManager.default.fileExists(atPath: path)
        }
    }

    @Test func missingOrFolderPipelineFile() throws {
        let directory = try TestDirectory()
        #expect { try PipelineFile.load(path: directory.path + "/none.yml") } throws: { "\($0)".hasSuffix("none.yml: no such pipeline file") }
        #expect { try PipelineFile.load(path: directory.path) } throws: { "\($0)".contains("is a directory") }
    }

    @Test func keySuggestionDistance() {
        #expect(KeySuggestion.distance("kitten", "sitting") == 3)
        #expect(KeySuggestion.nearest(to: "shedule", in: PipelineFileParser.topKeys) == "schedule")
        #expect(KeySuggestion.nearest(to: "zzzzzz", in: PipelineFileParser.topKeys) == nil)
    }
}
