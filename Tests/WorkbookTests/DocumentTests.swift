import Foundation
import Testing
@testable import Workbook

@Suite("Document properties, names and reproducibility")
struct DocumentTests {
    static let pinned = Date(timeIntervalSince1970: 1_711_929_600) // 2024-04-01T00:00:00Z

    /// A workbook exercising most features, built the same way every time.
    static func buildSample(at url: URL) throws {
        let workbook = try Workbook(path: url.path)
        try workbook.setProperties(DocumentProperties(
            title: "U.S.–Japan briefing", subject: "Trade and investment", author: "Briefing", manager: "Desk lead",
            company: "Statistics office", category: "Briefing", keywords: "Japan, FDI", comments: "Generated",
            status: "Draft", created: pinned))
        try workbook.setCustomProperty("Run", .number(42))
        try workbook.setCustomProperty("Source set", .string("2024 Q1"))
        try workbook.setCustomProperty("Reviewed", .bool(true))
        try workbook.setCustomProperty("As of", .dateTime(ExcelDateTime(year: 2024, month: 3, day: 31)))
        let sheet = try workbook.addWorksheet("Facts")
        let money = try workbook.register(CellFormat(numberFormat: ##""$"#,##0.0,,," bn""##))
        try sheet.write(string: "Metric", row: 0, column: 0)
        try sheet.write(string: "Value", row: 0, column: 1)
        for row in 1...5 {
            try sheet.write(string: "Metric \(row)", row: row, column: 0)
            try sheet.write(number: Double(row) * 1.5e9, row: row, column: 1, format: money)
        }
        try sheet.addTable(CellRange(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 1),
                           options: TableOptions(name: "Facts", columns: [TableColumn("Metric"), TableColumn("Value")]))
        try sheet.insertChart(Chart(kind: .column, title: "Values", series: [
            ChartSeries(categories: SheetRange(sheet: "Facts", range: CellRange(column: 0, rows: 1...5)),
                        values: SheetRange(sheet: "Facts", range: CellRange(column: 1, rows: 1...5))),
        ]), row: 1, column: 3)
        try sheet.writeNote("note", row: 1, column: 0)
        try sheet.autofitColumns()
        try workbook.close()
    }

    @Test("the same input gives byte-identical files when the created date is pinned")
    func byteIdentical() throws {
        let first = try scratchFile("first.xlsx")
        let second = try scratchFile("second.xlsx")
        try Self.buildSample(at: first)
        // Cross a second boundary so any wall-clock timestamp (zip entries, core.xml) would differ.
        Thread.sleep(forTimeInterval: 1.1)
        try Self.buildSample(at: second)
        let a = try Data(contentsOf: first)
        let b = try Data(contentsOf: second)
        #expect(a.count > 1000)
        #expect(a == b)
    }

    @Test("document properties and the pinned date are written to docProps/core.xml")
    func coreProperties() throws {
        let url = try scratchFile()
        try Self.buildSample(at: url)
        let core = try XLSXReader(url: url).xml("docProps/core.xml")
        #expect(core.first("title")?.text == "U.S.–Japan briefing")
        #expect(core.first("subject")?.text == "Trade and investment")
        #expect(core.first("creator")?.text == "Briefing")
        #expect(core.first("keywords")?.text == "Japan, FDI")
        #expect(core.first("description")?.text == "Generated")
        #expect(core.first("category")?.text == "Briefing")
        #expect(core.first("contentStatus")?.text == "Draft")
        #expect(core.first("created")?.text == "2024-04-01T00:00:00Z")
        #expect(core.first("modified")?.text == "2024-04-01T00:00:00Z")
        let app = try XLSXReader(url: url).xml("docProps/app.xml")
        #expect(app.first("Company")?.text == "Statistics office")
        #expect(app.first("Manager")?.text == "Desk lead")
    }

    @Test("custom properties keep their types")
    func customProperties() throws {
        let url = try scratchFile()
        try Self.buildSample(at: url)
        let properties = try XLSXReader(url: url).xml("docProps/custom.xml").children(named: "property")
        func value(_ name: String) -> XMLTree? { properties.first { $0.attributes["name"] == name }?.children.first }
        #expect(value("Run")?.name == "r8" && value("Run")?.text == "42")
        #expect(value("Source set")?.name == "lpwstr" && value("Source set")?.text == "2024 Q1")
        #expect(value("Reviewed")?.name == "bool" && value("Reviewed")?.text == "true")
        #expect(value("As of")?.name == "filetime" && value("As of")?.text == "2024-03-31T00:00:00Z")
    }

    @Test("invalid custom property values are refused")
    func invalidCustomProperty() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        #expect(workbookError { try workbook.setCustomProperty("Bad", .number(.nan)) } != nil)
        #expect(workbookError { try workbook.setCustomProperty("Bad", .dateTime(ExcelDateTime(year: 1800, month: 1, day: 1))) } != nil)
    }

    @Test("workbook-level and sheet-local defined names")
    func definedNames() throws {
        let reader = try roundTrip { workbook in
            _ = try workbook.addWorksheet("Facts")
            _ = try workbook.addWorksheet("Trade data")
            try workbook.defineName("Exports", formula: "='Trade data'!$B$2:$B$9")
            try workbook.defineName("Total", formula: "=Facts!$C$1", sheet: "Facts")
            try workbook.defineName("Latest", formula: "='Trade data'!$B$9", sheet: "Trade data")
            #expect(workbookError { try workbook.defineName("A1", formula: "=Facts!$A$1") } != nil)
            #expect(workbookError { try workbook.defineName("Local", formula: "=Facts!$A$1", sheet: "Missing") } != nil)
            #expect(workbookError { try workbook.defineName("1bad name", formula: "=Facts!$A$1") } != nil)
        }
        let names = try reader.xml("xl/workbook.xml").descendants(named: "definedName")
        let exports = names.first { $0.attributes["name"] == "Exports" }
        #expect(exports?.text == "'Trade data'!$B$2:$B$9")
        #expect(exports?.attributes["localSheetId"] == nil)
        let total = names.first { $0.attributes["name"] == "Total" }
        #expect(total?.text == "Facts!$C$1")
        #expect(total?.attributes["localSheetId"] == "0")
        #expect(names.first { $0.attributes["name"] == "Latest" }?.attributes["localSheetId"] == "1")
    }
}

@Suite("Concurrent closing")
struct ConcurrentCloseTests {
    @Test("workbooks closed in parallel tasks keep their pinned created date")
    func parallelClose() async throws {
        let urls = try (0..<8).map { _ in try scratchFile() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, url) in urls.enumerated() {
                group.addTask {
                    let workbook = try Workbook(path: url.path)
                    // Half pin a date, half use the clock: both paths call gmtime() inside libxlsxwriter.
                    if index.isMultiple(of: 2) { try workbook.setProperties(DocumentProperties(created: DocumentTests.pinned)) }
                    try workbook.addWorksheet("Facts").write(number: Double(index), row: 0, column: 0)
                    try workbook.close()
                }
            }
            try await group.waitForAll()
        }
        for (index, url) in urls.enumerated() where index.isMultiple(of: 2) {
            let core = try XLSXReader(url: url).xml("docProps/core.xml")
            #expect(core.first("created")?.text == "2024-04-01T00:00:00Z")
        }
    }
}
