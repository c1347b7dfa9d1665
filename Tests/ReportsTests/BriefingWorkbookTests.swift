import BriefingModel
import Foundation
import Reports
import Testing

@Suite struct BriefingWorkbookTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)-\(name)").path
    }

    /// Writes the fixture's workbook and reads it back.
    static func written(_ report: BriefingReport = ReportFixture.report(), options: BriefingWorkbook.Options = .init()) throws -> XLSXArchive {
        let path = temporaryPath("briefing.xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try writeWorkbook(report, to: path, options: options)
        return try XLSXArchive(path: path)
    }

    static let goldenParts = [
        "xl/workbook.xml", "docProps/core.xml", "docProps/custom.xml", "xl/styles.xml", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
        "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml",
        "xl/worksheets/_rels/sheet5.xml.rels", "xl/tables/table3.xml", "xl/charts/chart1.xml", "xl/comments1.xml",
    ]

    @Test func xmlPartsMatchGoldenFiles() throws {
        let archive = try Self.written()
        for part in Self.goldenParts {
            let data = try #require(archive.parts[part], "missing part \(part)")
            try Golden.check(data, named: "xlsx-" + part.replacingOccurrences(of: "/", with: "_"))
        }
    }

    @Test func sheetsAreInOrderWithTheTitleInA1() throws {
        let archive = try Self.written()
        #expect(archive.sheetNames == ["Cover", "Contents", "Notes", "Key figures", "Facts", "Changes", "Sources", "Chart data"])
        let strings = archive.sharedStrings
        for name in archive.sheetNames {
            let part = try #require(archive.sheetPart(name))
            let title = archive.string(archive.cells(part)["A1"], sharedStrings: strings)
            #expect(title?.isEmpty == false, "no title in A1 of \(name)")
        }
        let cover = try #require(archive.sheetPart("Cover"))
        #expect(archive.string(archive.cells(cover)["A1"], sharedStrings: strings) == "U.S.–Japan relations in numbers")
    }

    @Test func factsAreNumbersWithUnitFormats() throws {
        let archive = try Self.written()
        let facts = try #require(archive.sheetPart("Facts"))
        let cells = archive.cells(facts)
        let strings = archive.sharedStrings
        let report = ReportFixture.report()
        #expect(archive.string(cells["G5"], sharedStrings: strings) == "Value (in unit shown) [note 2]")
        for (index, reported) in report.facts.enumerated() {
            let cell = try #require(cells["G\(index + 6)"])
            #expect(cell.type == nil || cell.type == "n")
            #expect(Double(cell.value) == reported.fact.value)
            #expect(archive.string(cells["A\(index + 6)"], sharedStrings: strings) == reported.fact.id)
        }
        let formats = archive.matches(of: #"formatCode="([^"]*)""#, in: archive.text("xl/styles.xml"))
            .map(XLSXArchive.unescape)
        #expect(formats.contains("\"$\"#,##0.0,,,\" bn\""))
        #expect(formats.contains("\"¥\"#,##0.0,,,\" bn\""))
        #expect(formats.contains("\"¥\"#,##0.0,,,,\" tn\""))
        #expect(formats.contains("0.0\"%\""))
        #expect(formats.contains("#,##0"))
    }

    @Test func factsFormAnExcelTableWithFrozenHeader() throws {
        let archive = try Self.written()
        let table = archive.parts.keys.filter { $0.hasPrefix("xl/tables/") }
            .map(archive.text).first { $0.contains("name=\"Facts\"") }
        let xml = try #require(table)
        #expect(xml.contains("ref=\"A5:Q26\""))
        #expect(xml.contains("<autoFilter ref=\"A5:Q26\"/>"))
        #expect(xml.contains("showRowStripes=\"1\""))
        let sheet = archive.text(try #require(archive.sheetPart("Facts")))
        #expect(sheet.contains("<pane ySplit=\"5\" topLeftCell=\"A6\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    }

    @Test func linksPointToSourcesAndSheets() throws {
        let archive = try Self.written()
        let rels = archive.text("xl/worksheets/_rels/sheet5.xml.rels")
        #expect(rels.contains("Target=\"https://ustr.gov/countries-regions/japan/fact-sheet\""))
        #expect(rels.contains("Target=\"file:///srv/briefing/sources/survey%202024.txt\""))
        // A relative path keeps its link (Excel's form uses backslashes) but shows the path as given.
        #expect(rels.contains("Target=\"Pipelines\\sources\\jet-2020.md\""))
        let factsPart = try #require(archive.sheetPart("Facts"))
        #expect(archive.string(archive.cells(factsPart)["O6"], sharedStrings: archive.sharedStrings) == "Pipelines/sources/jet-2020.md")
        #expect(archive.text(factsPart).contains("<hyperlink ref=\"O6\" r:id=\"rId1\"/>"))
        let contents = archive.text(try #require(archive.sheetPart("Contents")))
        for name in ["Cover", "Key figures", "Facts", "Chart data"] {
            #expect(contents.contains("location=\"'\(name)'!A1\""))
        }
    }

    @Test func keyFiguresCarryChartsOfTheirSeries() throws {
        let archive = try Self.written()
        let charts = archive.parts.keys.filter { $0.hasPrefix("xl/charts/chart") }.sorted()
        #expect(charts.count == 3)
        let exchange = archive.text("xl/charts/chart1.xml")
        #expect(exchange.contains("<c:f>'Chart data'!$B$6:$B$10</c:f>"))
        #expect(exchange.contains("People-to-people exchange (count)"))
        #expect(archive.text("xl/charts/chart2.xml").contains("<c:lineChart>"))
        let data = archive.cells(try #require(archive.sheetPart("Chart data")))
        #expect(data["A6"]?.value == "2018")
        #expect(data["B6"]?.value == "28000")
        #expect(data["B7"]?.value == "30000")
        #expect(data["B8"] == nil, "2021 has no value, so the cell stays empty and the chart shows a gap")
    }

    @Test func longSentencesAndOverridesGetNotes() throws {
        let archive = try Self.written()
        let comments = XLSXArchive.unescape(archive.text("xl/comments1.xml"))
        #expect(comments.contains(ReportFixture.longSentence))
        #expect(comments.contains("Year corrected from 2020 to 2021 by the reviewer."))
        let facts = archive.cells(try #require(archive.sheetPart("Facts")))
        let shown = try #require(archive.string(facts["N10"], sharedStrings: archive.sharedStrings))
        #expect(shown.count == 250)
        #expect(shown.hasSuffix("…"))
        #expect(archive.string(facts["P17"], sharedStrings: archive.sharedStrings) == "Yes")
    }

    @Test func changesShowMarkersAndConditionalFormats() throws {
        let archive = try Self.written()
        let part = try #require(archive.sheetPart("Changes"))
        let cells = archive.cells(part)
        let strings = archive.sharedStrings
        #expect((6...8).map { archive.string(cells["D\($0)"], sharedStrings: strings) } == ["▲", "▲", "▼"])
        let xml = archive.text(part)
        #expect(xml.contains("<conditionalFormatting sqref=\"D6:D8\">"))
        #expect(xml.contains("text=\"▲\"") && xml.contains("text=\"▼\""))
        #expect(archive.string(cells["P6"], sharedStrings: strings) == "nearly 44,000 (2023) in The JET Program at 37")
    }

    @Test func propertiesArePinnedToTheRun() throws {
        let archive = try Self.written()
        let core = archive.text("docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-15T06:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:title>U.S.–Japan relations in numbers</dc:title>"))
        let custom = archive.text("docProps/custom.xml")
        #expect(custom.contains("name=\"Run ID\"><vt:lpwstr>42</vt:lpwstr>"))
        #expect(custom.contains("name=\"Input hash: catalog\"><vt:lpwstr>60303ae22b998861</vt:lpwstr>"))
    }

    @Test func sameReportGivesByteIdenticalWorkbooks() throws {
        let first = Self.temporaryPath("first.xlsx"), second = Self.temporaryPath("second.xlsx")
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        try writeWorkbook(ReportFixture.report(), to: first)
        try writeWorkbook(ReportFixture.report(), to: second)
        let a = try Data(contentsOf: URL(fileURLWithPath: first)), b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 10_000)
        #expect(a == b)
    }

    @Test func largeRunsSwitchToConstantMemory() throws {
        let options = BriefingWorkbook.Options(constantMemoryThreshold: 20)
        #expect(BriefingWorkbook.usesConstantMemory(factCount: 21, options: options))
        #expect(!BriefingWorkbook.usesConstantMemory(factCount: 20, options: options))
        let archive = try Self.written(options: options)
        #expect(!archive.parts.keys.contains { $0.hasPrefix("xl/tables/") })
        let part = try #require(archive.sheetPart("Facts"))
        let xml = archive.text(part)
        #expect(xml.contains("<autoFilter ref=\"A5:Q26\"/>"))
        let cells = archive.cells(part)
        #expect(cells["G6"]?.type == nil && cells["G6"]?.value == "30000")
        #expect(cells["A6"]?.type == "inlineStr")
        // Without per-cell notes in this mode the sentence is written in full.
        #expect(archive.string(cells["N10"], sharedStrings: []) == ReportFixture.longSentence)
        #expect(archive.parts.keys.contains { $0.hasPrefix("xl/charts/") })
        #expect(archive.sheetNames.count == 8)
    }

    @Test func aMissingFolderGivesAOneLineError() throws {
        let path = "/nonexistent-folder/briefing.xlsx"
        let error = #expect(throws: ReportsError.self) { try writeWorkbook(ReportFixture.report(), to: path) }
        #expect(error?.code == .workbookFailed)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func emptyReportStillWritesEverySheet() throws {
        let report = BriefingReport(title: "Empty", description: "Nothing yet.", pipeline: "p", runID: "1", runDate: ReportFixture.runDate)
        let archive = try Self.written(report)
        #expect(archive.sheetNames.count == 8)
        let facts = archive.cells(try #require(archive.sheetPart("Facts")))
        #expect(archive.string(facts["A6"], sharedStrings: archive.sharedStrings) == "None in this run")
    }
}
