import BriefingModel
import Foundation
import Reports
import Testing

@Suite struct MarkdownSummaryTests {
    @Test func builtInTemplateMatchesGolden() throws {
        let markdown = try renderMarkdown(ReportFixture.report())
        try Golden.check(markdown, named: "briefing.md")
    }

    @Test func keyFiguresKeepQualifierAndYear() throws {
        let markdown = try renderMarkdown(ReportFixture.report())
        #expect(markdown.contains("- U.S. alumni of the JET Program numbered 45,000 (2023).[^"))
        #expect(markdown.contains("Japanese direct investment in the U.S. stood at $783.3 billion (2022)."))
        #expect(markdown.contains("Japan's host-nation support stood at about ¥211 billion (2023)."))
        #expect(markdown.contains("Americans with a favorable view of Japan stood at 75% (2024)."))
        #expect(markdown.contains("Japan's inbound visitor target: a target of 60 million by 2030."))
    }

    @Test func tableCellsEscapePipesAndTextIsNotHTMLEscaped() throws {
        let markdown = try renderMarkdown(ReportFixture.report())
        #expect(markdown.contains("Views of Japan \\| 2024 poll"))
        #expect(markdown.contains("U.S.–Japan Trade & Investment Fact Sheet"))
        #expect(!markdown.contains("&amp;"))
        #expect(markdown.contains("Briefing team <briefing@example.org>"))
    }

    @Test func footnotesQuoteTheSentenceAndNameTheDocument() throws {
        let report = ReportFixture.report()
        let markdown = try renderMarkdown(report)
        let footnoteLines = markdown.split(separator: "\n").filter { $0.hasPrefix("[^") }
        // One footnote per distinct sentence quoted: every fact's, and every key figure's latest value's.
        let quoted = Set(report.facts.map { $0.fact.document + "|" + $0.fact.sentence }
            + report.keyFigures.compactMap { figure in figure.latest.flatMap { v in v.sentence.map { v.document + "|" + $0 } } })
        #expect(footnoteLines.count == quoted.count)
        #expect(footnoteLines.contains { $0 == "[^1]: \"Today 45,000 Americans count themselves JET alumni.\" (The JET Program at 37)" })
        for number in 1...footnoteLines.count {
            #expect(markdown.contains("[^\(number)]:"))
            #expect(markdown.contains("[^\(number)] |") || markdown.contains("[^\(number)]\n"))
        }
    }

    @Test func everyFactIsListedUnderItsCategoryWithItsSource() throws {
        let report = ReportFixture.report()
        let markdown = try renderMarkdown(report)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| As written") }
        #expect(rows.count == report.facts.count)
        for listed in report.facts {
            let title = report.documents.first { $0.document.id == listed.fact.document }?.displayTitle ?? listed.fact.document
            let escapedTitle = title.replacingOccurrences(of: "|", with: "\\|")
            #expect(rows.contains { $0.hasPrefix("| \(listed.fact.text) |") && $0.contains(escapedTitle) },
                    "no row for \(listed.fact.text) from \(title)")
        }
    }

    @Test func whatChangedShowsDirectionAndConflicts() throws {
        let markdown = try renderMarkdown(ReportFixture.report())
        #expect(markdown.contains("- ▲ U.S. alumni of the JET Program went from more than 30,000 (2020) to 45,000 (2023), an increase of at most 15,000."))
        #expect(markdown.contains("  - Also stated: nearly 44,000 (2023) in The JET Program at 37."))
        #expect(markdown.contains("- ▼ Americans with a favorable view of Japan went from 80% (2023) to 75% (2024), a decrease of 5 percentage points."))
    }

    @Test func userTemplateFileOverridesTheBuiltInOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-\(UUID().uuidString).mustache")
        try "{{title}} & {{#keyFigures}}<{{sentence}}>{{/keyFigures}}".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var report = ReportFixture.report()
        report.keyFigures = Array(report.keyFigures.prefix(1))
        let markdown = try renderMarkdown(report, template: url.path)
        #expect(markdown == "U.S.–Japan relations in numbers & <U.S. alumni of the JET Program numbered 45,000 (2023).>")
    }

    @Test func missingOrBrokenTemplatesGiveOneLineErrors() throws {
        let missing = "/nonexistent/briefing.mustache"
        let readError = #expect(throws: ReportsError.self) { try renderMarkdown(ReportFixture.report(), template: missing) }
        #expect(readError?.code == .templateUnreadable)
        #expect(readError?.description.contains(missing) == true)
        #expect(readError?.description.contains("\n") == false)

        let parseError = #expect(throws: ReportsError.self) {
            try MarkdownSummary.render(ReportFixture.report(), templateText: "{{#keyFigures}} unclosed")
        }
        #expect(parseError?.code == .templateInvalid)
    }

    @Test func emptyReportStillReads() throws {
        let report = BriefingReport(title: "Empty", description: "Nothing yet.", pipeline: "p", runID: "1", runDate: ReportFixture.runDate)
        let markdown = try renderMarkdown(report)
        #expect(markdown.hasPrefix("# Empty\n"))
        #expect(markdown.contains("No key figure was found in this run."))
        #expect(markdown.contains("No metric has values in two years yet."))
        #expect(!markdown.contains("[^"))
    }

    @Test(arguments: ["{{$x}}default{{/x}}", "{{<parent}}{{$x}}y{{/x}}{{/parent}}", "{{>missing}}{{title}}", "{{#title}}{{.}}{{/title}}"])
    func unusualUserTemplatesRenderWithoutCrashing(template: String) throws {
        let markdown = try MarkdownSummary.render(ReportFixture.report(), templateText: template)
        #expect(!markdown.contains("{{"))
    }
}
