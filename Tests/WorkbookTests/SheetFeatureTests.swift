import Foundation
import Testing
@testable import Workbook

@Suite("Sheet features")
struct SheetFeatureTests {
    /// Writes a small year × value block on `sheet` starting at A1 (header row plus `years`).
    static func writeSeries(_ sheet: Worksheet, years: ClosedRange<Int> = 2019...2023) throws {
        try sheet.write(string: "Year", row: 0, column: 0)
        try sheet.write(string: "Exports", row: 0, column: 1)
        try sheet.write(string: "Imports", row: 0, column: 2)
        for (offset, year) in years.enumerated() {
            try sheet.write(number: Double(year), row: offset + 1, column: 0)
            try sheet.write(number: 60 + Double(offset) * 5, row: offset + 1, column: 1)
            try sheet.write(number: 140 + Double(offset) * 3, row: offset + 1, column: 2)
        }
    }

    @Test("tables carry name, style, headers and a total row")
    func tables() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Trade")
            try Self.writeSeries(sheet)
            let money = try workbook.register(CellFormat(numberFormat: "#,##0.0"))
            try sheet.addTable(CellRange(firstRow: 0, firstColumn: 0, lastRow: 6, lastColumn: 2), options: TableOptions(
                name: "TradeByYear", style: .light(9),
                columns: [TableColumn("Year", totalLabel: "Total"),
                          TableColumn("Exports", totalFunction: .sum, format: money),
                          TableColumn("Imports", totalFunction: .average, format: money)],
                hasTotalRow: true))
        }
        let table = try reader.xml("xl/tables/table1.xml")
        #expect(table.attributes["name"] == "TradeByYear")
        #expect(table.attributes["displayName"] == "TradeByYear")
        #expect(table.attributes["ref"] == "A1:C7")
        #expect(table.attributes["totalsRowCount"] == "1")
        #expect(table.first("tableStyleInfo")?.attributes["name"] == "TableStyleLight9")
        #expect(table.first("tableStyleInfo")?.attributes["showRowStripes"] == "1")
        let columns = table.first("tableColumns")?.children(named: "tableColumn") ?? []
        #expect(columns.map { $0.attributes["name"] } == ["Year", "Exports", "Imports"])
        #expect(columns[1].attributes["totalsRowFunction"] == "sum")
        #expect(columns[0].attributes["totalsRowLabel"] == "Total")
        let cells = try reader.cells(sheet: 1)
        #expect(cells["B7"]?.formula == "SUBTOTAL(109,[Exports])")
        #expect(cells["A7"]?.value == "Total")
    }

    @Test("table definitions must match the range")
    func tableValidation() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Trade")
        try Self.writeSeries(sheet)
        let range = CellRange(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 2)
        #expect(workbookError { try sheet.addTable(range, options: TableOptions(columns: [TableColumn("Year")])) } != nil)
        #expect(workbookError { try sheet.addTable(range, options: TableOptions(style: .medium(29))) } != nil)
        #expect(workbookError { try sheet.addTable(range, options: TableOptions(name: "Bad name")) } != nil)
    }

    @Test("column and line charts reference their ranges, titles and formats")
    func charts() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Trade data")
            try Self.writeSeries(sheet)
            let years = SheetRange(sheet: "Trade data", range: CellRange(column: 0, rows: 1...5))
            try sheet.insertChart(Chart(
                kind: .column, title: "Goods trade", series: [
                    ChartSeries(name: "Exports", categories: years,
                                values: SheetRange(sheet: "Trade data", range: CellRange(column: 1, rows: 1...5)),
                                color: Color(rgb: 0x1F4E79)),
                    ChartSeries(name: "Imports", categories: years,
                                values: SheetRange(sheet: "Trade data", range: CellRange(column: 2, rows: 1...5))),
                ], xAxisTitle: "Year", yAxisTitle: "USD bn", yAxisNumberFormat: "#,##0", legend: .bottom,
                width: 720, height: 360), row: 1, column: 4)
            try sheet.insertChart(Chart(kind: .line, series: [
                ChartSeries(values: SheetRange(sheet: "Trade data", range: CellRange(column: 1, rows: 1...5))),
            ]), row: 20, column: 4)
        }
        let chart = try reader.xml("xl/charts/chart1.xml")
        #expect(chart.descendants(named: "barChart").first?.first("barDir")?.attributes["val"] == "col")
        let formulas = chart.descendants(named: "f").map(\.text)
        #expect(formulas.contains("'Trade data'!$B$2:$B$6"))
        #expect(formulas.contains("'Trade data'!$A$2:$A$6"))
        #expect(formulas.contains("'Trade data'!$C$2:$C$6"))
        let texts = chart.descendants(named: "t").map(\.text)
        #expect(texts.contains("Goods trade") && texts.contains("Year") && texts.contains("USD bn"))
        #expect(chart.descendants(named: "numFmt").contains { $0.attributes["formatCode"] == "#,##0" })
        #expect(chart.descendants(named: "legendPos").first?.attributes["val"] == "b")
        #expect(chart.descendants(named: "srgbClr").contains { $0.attributes["val"] == "1F4E79" })
        #expect(try reader.xml("xl/charts/chart2.xml").descendants(named: "lineChart").count == 1)
        // 720 × 360 px from E2 spans 11.25 default columns (64 px) and 18 default rows (20 px).
        let anchor = try reader.xml("xl/drawings/drawing1.xml").descendants(named: "to").first
        #expect(anchor?.first("col")?.text == "15")
        #expect(anchor?.first("row")?.text == "19")
    }

    @Test("charts must have series on sheets of this workbook")
    func chartValidation() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Trade")
        #expect(workbookError { try sheet.insertChart(Chart(kind: .column), row: 0, column: 0) } != nil)
        let elsewhere = SheetRange(sheet: "Missing", range: CellRange(column: 1, rows: 1...5))
        #expect(workbookError { try sheet.insertChart(Chart(kind: .column, series: [ChartSeries(values: elsewhere)]), row: 0, column: 0) } != nil)
    }

    @Test("freeze panes, autofilter, gridlines, zoom, print setup and tab colour")
    func layout() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Facts")
            try Self.writeSeries(sheet)
            try sheet.freezePanes(row: 1, column: 1)
            try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 2))
            try sheet.hideGridlines()
            try sheet.setZoom(90)
            try sheet.setLandscape()
            try sheet.setPaper(9)
            try sheet.fitToPages(width: 1, height: 0)
            try sheet.repeatRows(0, through: 0)
            try sheet.setTabColor(Color(rgb: 0xC00000))
            try sheet.setColumn(0, width: 12)
            try sheet.setRow(0, height: 30)
            try sheet.setHeader("&CBriefing")
            #expect(workbookError { try sheet.setZoom(500) } != nil)
        }
        let xml = try reader.xml("xl/worksheets/sheet1.xml")
        let pane = xml.descendants(named: "pane").first
        #expect(pane?.attributes["state"] == "frozen")
        #expect(pane?.attributes["ySplit"] == "1" && pane?.attributes["xSplit"] == "1")
        #expect(xml.first("autoFilter")?.attributes["ref"] == "A1:C6")
        let view = xml.descendants(named: "sheetView").first
        #expect(view?.attributes["showGridLines"] == "0")
        #expect(view?.attributes["zoomScale"] == "90")
        #expect(xml.first("pageSetup")?.attributes["orientation"] == "landscape")
        #expect(xml.first("pageSetup")?.attributes["paperSize"] == "9")
        #expect(xml.descendants(named: "tabColor").first?.attributes["rgb"] == "FFC00000")
        #expect(xml.descendants(named: "col").first?.attributes["width"] == "12.7109375")
        #expect(xml.descendants(named: "row").first?.attributes["ht"] == "30")
        #expect(xml.descendants(named: "oddHeader").first?.text == "&CBriefing")
        let names = try reader.xml("xl/workbook.xml").descendants(named: "definedName")
        #expect(names.contains { $0.attributes["name"] == "_xlnm._FilterDatabase" })
        #expect(names.contains { $0.attributes["name"] == "_xlnm.Print_Titles" })
    }

    @Test("conditional formats: comparisons, text and icon sets")
    func conditionalFormats() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Changes")
            try Self.writeSeries(sheet)
            let red = try workbook.register(CellFormat(backgroundColor: Color(rgb: 0xFFC7CE), fontColor: Color(rgb: 0x9C0006)))
            try sheet.addConditionalFormat(CellRange(column: 1, rows: 1...5), rule: .cell(.greaterThan, 70), format: red)
            try sheet.addConditionalFormat(CellRange(column: 0, rows: 0...5), rule: .textContains("Year"), format: red)
            try sheet.addConditionalFormat(CellRange(column: 2, rows: 1...5), rule: .iconSet(.threeArrows))
            try sheet.addConditionalFormat(CellRange(column: 2, rows: 1...5), rule: .dataBar(Color(rgb: 0x638EC6)))
            #expect(workbookError { try sheet.addConditionalFormat(CellRange(column: 1, rows: 1...5), rule: .cell(.lessThan, 0)) } != nil)
            #expect(workbookError { try sheet.addConditionalFormat(CellRange(column: 1, rows: 1...5), rule: .cell(.lessThan, .nan), format: red) } != nil)
        }
        let xml = try reader.xml("xl/worksheets/sheet1.xml")
        let blocks = xml.children(named: "conditionalFormatting")
        let rules = blocks.flatMap { $0.children(named: "cfRule") }
        let cellIs = rules.first { $0.attributes["type"] == "cellIs" }
        #expect(cellIs?.attributes["operator"] == "greaterThan")
        #expect(cellIs?.first("formula")?.text == "70")
        #expect(cellIs?.attributes["dxfId"] != nil)
        #expect(blocks.contains { $0.attributes["sqref"] == "B2:B6" })
        #expect(rules.contains { $0.attributes["type"] == "containsText" && $0.attributes["text"] == "Year" })
        #expect(rules.first { $0.attributes["type"] == "iconSet" }?.first("iconSet")?.attributes["iconSet"] == "3Arrows")
        #expect(rules.contains { $0.attributes["type"] == "dataBar" })
        let dxfs = try reader.xml("xl/styles.xml").first("dxfs")?.children(named: "dxf") ?? []
        #expect(!dxfs.isEmpty)
    }

    @Test("data validation lists and numeric ranges")
    func validation() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Input")
            try sheet.addValidation(CellRange(column: 0, rows: 1...10), rule: .list(["trade", "investment", "exchange"]))
            try sheet.addValidation(CellRange(column: 1, rows: 1...10), rule: .integerBetween(1900, 2100))
            #expect(workbookError { try sheet.addValidation(CellRange(column: 2, rows: 1...2), rule: .list([])) } != nil)
        }
        let validations = try reader.xml("xl/worksheets/sheet1.xml").descendants(named: "dataValidation")
        #expect(validations.count == 2)
        #expect(validations.first { $0.attributes["type"] == "list" }?.first("formula1")?.text == "\"trade,investment,exchange\"")
        let years = validations.first { $0.attributes["type"] == "whole" }
        #expect(years?.first("formula1")?.text == "1900" && years?.first("formula2")?.text == "2100")
    }
}
