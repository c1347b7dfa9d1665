import Foundation
import Testing
@testable import Workbook

@Suite("Writing cells")
struct CellWritingTests {
    @Test("values are stored with the right cell types")
    func valuesAndTypes() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Facts")
            try sheet.write(string: "Japan FDI in the U.S.", row: 0, column: 0)
            try sheet.write(number: 783.4, row: 0, column: 1)
            try sheet.write(bool: true, row: 0, column: 2)
            try sheet.write(formula: "=B1*2", row: 1, column: 1, cached: .number(1566.8))
            try sheet.write(formula: "=A1&\"!\"", row: 1, column: 0, cached: .string("Japan FDI in the U.S.!"))
            try sheet.write(.bool(false), row: 1, column: 2)
        }
        let cells = try reader.cells(sheet: 1)
        #expect(cells["A1"]?.type == "s")
        #expect(cells["A1"]?.value == "Japan FDI in the U.S.")
        #expect(cells["B1"]?.type == "n")
        #expect(cells["B1"]?.value == "783.4")
        #expect(cells["C1"]?.type == "b")
        #expect(cells["C1"]?.value == "1")
        #expect(cells["C2"]?.value == "0")
        #expect(cells["B2"]?.formula == "B1*2")
        #expect(cells["B2"]?.type == "n")
        #expect(cells["B2"]?.value == "1566.8")
        #expect(cells["A2"]?.type == "str")
        #expect(cells["A2"]?.value == "Japan FDI in the U.S.!")
    }

    @Test("dates become serial numbers with a date format")
    func dates() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Dates")
            try sheet.write(date: ExcelDateTime(year: 2024, month: 4, day: 10), row: 0, column: 0)
            let format = try workbook.register(CellFormat(numberFormat: "d mmm yyyy hh:mm"))
            try sheet.write(date: ExcelDateTime(year: 2023, month: 1, day: 1, hour: 12), row: 1, column: 0, format: format)
        }
        let cells = try reader.cells(sheet: 1)
        #expect(cells["A1"]?.value == "45392")
        #expect(try reader.numberFormat(style: cells["A1"]?.style ?? 0) == "yyyy-mm-dd")
        #expect(cells["A2"]?.value == "44927.5")
        #expect(try reader.numberFormat(style: cells["A2"]?.style ?? 0) == "d mmm yyyy hh:mm")
    }

    @Test("invalid dates are refused before reaching the library")
    func invalidDate() throws {
        let url = try scratchFile()
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet("Dates")
        let error = workbookError { try sheet.write(date: ExcelDateTime(year: 2023, month: 2, day: 29), row: 0, column: 0) }
        guard case .invalidArgument(_, let reason) = error else {
            Issue.record("expected invalidArgument, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("29"))
    }

    @Test("hyperlinks, internal links, display text and tooltips")
    func hyperlinks() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Sources")
            _ = try workbook.addWorksheet("Trade data")
            try sheet.write(url: "https://www.bea.gov/data", row: 0, column: 0, text: "BEA", tooltip: "Source")
            try sheet.write(url: "internal:'Trade data'!A1", row: 1, column: 0, text: "Go to trade data")
        }
        let cells = try reader.cells(sheet: 1)
        #expect(cells["A1"]?.value == "BEA")
        #expect(cells["A2"]?.value == "Go to trade data")
        let links = try reader.xml("xl/worksheets/sheet1.xml").descendants(named: "hyperlink")
        #expect(links.count == 2)
        let external = links.first { $0.attributes["ref"] == "A1" }
        #expect(external?.attributes["tooltip"] == "Source")
        #expect(links.first { $0.attributes["ref"] == "A2" }?.attributes["location"] == "'Trade data'!A1")
        let rels = try reader.xml("xl/worksheets/_rels/sheet1.xml.rels").descendants(named: "Relationship")
        #expect(rels.contains { $0.attributes["Target"] == "https://www.bea.gov/data" && $0.attributes["TargetMode"] == "External" })
    }

    @Test("notes, merged ranges, rich text and formatted blanks")
    func notesMergesRichText() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Notes")
            let bold = try workbook.register(CellFormat(bold: true))
            let centered = try workbook.register(CellFormat(horizontalAlignment: .center, border: .thin))
            try sheet.write(number: 42, row: 2, column: 1)
            try sheet.writeNote("Source: JETRO 2023 survey", row: 2, column: 1, author: "Briefing")
            try sheet.merge(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3),
                            value: .string("U.S.–Japan briefing"), format: centered)
            try sheet.merge(CellRange(firstRow: 5, firstColumn: 0, lastRow: 5, lastColumn: 1), value: .number(7.5),
                            format: centered)
            try sheet.write(richText: [TextRun("Note: ", format: bold), TextRun("figures are preliminary")],
                            row: 3, column: 0)
            try sheet.writeBlank(row: 4, column: 0, format: centered)
        }
        let comments = try reader.xml("xl/comments1.xml")
        #expect(comments.descendants(named: "comment").first?.attributes["ref"] == "B3")
        #expect(comments.descendants(named: "comment").first?.allText == "Source: JETRO 2023 survey")
        #expect(comments.descendants(named: "author").map(\.text).contains("Briefing"))
        let merges = try reader.xml("xl/worksheets/sheet1.xml").descendants(named: "mergeCell").compactMap { $0.attributes["ref"] }
        #expect(merges == ["A1:D1", "A6:B6"])
        let cells = try reader.cells(sheet: 1)
        #expect(cells["A1"]?.value == "U.S.–Japan briefing")
        #expect(cells["A6"]?.value == "7.5")
        #expect(cells["A4"]?.value == "Note: figures are preliminary")
        #expect(cells["A5"]?.type == "n" && cells["A5"]?.value == nil && cells["A5"]?.style != 0)
        let runs = try reader.xml("xl/sharedStrings.xml").descendants(named: "r")
        #expect(runs.count == 2)
        #expect(runs.first?.first("rPr")?.first("b") != nil)
    }

    @Test("rows and columns outside Excel's grid are rejected", arguments: [
        (1_048_576, 0), (0, 16_384), (-1, 0), (0, -1),
    ])
    func gridLimits(row: Int, column: Int) throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Grid")
        let error = workbookError { try sheet.write(number: 1, row: row, column: column) }
        #expect(error == .cellOutOfRange(sheet: "Grid", row: row, column: column))
        try sheet.write(string: "last cell", row: 1_048_575, column: 16_383)
    }
}
