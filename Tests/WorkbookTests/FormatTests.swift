import Foundation
import Testing
@testable import Workbook

@Suite("Cell formats")
struct FormatTests {
    @Test("custom number formats reach the cells that use them")
    func numberFormats() throws {
        let codes = [##""$"#,##0.0,,," bn""##, "0.0%", "#,##0"]
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Numbers")
            for (column, code) in codes.enumerated() {
                let format = try workbook.register(CellFormat(numberFormat: code))
                try sheet.write(number: 12_345_678_901, row: 0, column: column, format: format)
            }
        }
        let cells = try reader.cells(sheet: 1)
        #expect(try reader.numberFormat(style: cells["A1"]?.style ?? 0) == ##""$"#,##0.0,,," bn""##)
        #expect(try reader.numberFormat(style: cells["B1"]?.style ?? 0) == "0.0%")
        #expect(try reader.numberFormat(style: cells["C1"]?.style ?? 0) == "#,##0")
    }

    @Test("equal CellFormat values share one registered format")
    func deduplication() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let a = try workbook.register(CellFormat(numberFormat: "0.0%", bold: true))
        let b = try workbook.register(CellFormat(bold: true).with { $0.numberFormat = "0.0%" })
        let c = try workbook.register(CellFormat(numberFormat: "0.0%"))
        #expect(a == b)
        #expect(a != c)
    }

    @Test("font, alignment, border and fill attributes are written to styles.xml")
    func attributes() throws {
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Styled")
            let header = try workbook.register(CellFormat(
                bold: true, italic: true, underline: .single, wrap: true, horizontalAlignment: .center,
                verticalAlignment: .top, border: .thin, borderColor: Color(rgb: 0x1F4E79),
                backgroundColor: Color(hex: "#DDEBF7"), fontSize: 12, fontColor: .white, fontName: "Arial"))
            let indented = try workbook.register(CellFormat(horizontalAlignment: .left, indent: 2))
            try sheet.write(string: "Metric", row: 0, column: 0, format: header)
            try sheet.write(string: "Sub-item", row: 1, column: 0, format: indented)
        }
        let cells = try reader.cells(sheet: 1)
        let (xf, font) = try reader.cellStyle(cells["A1"]?.style ?? 0)
        #expect(font?.first("b") != nil)
        #expect(font?.first("i") != nil)
        #expect(font?.first("u") != nil)
        #expect(font?.first("sz")?.attributes["val"] == "12")
        #expect(font?.first("name")?.attributes["val"] == "Arial")
        #expect(font?.first("color")?.attributes["rgb"] == "FFFFFFFF")
        let alignment = xf.first("alignment")
        #expect(alignment?.attributes["horizontal"] == "center")
        #expect(alignment?.attributes["vertical"] == "top")
        #expect(alignment?.attributes["wrapText"] == "1")
        let styles = try reader.xml("xl/styles.xml")
        let fills = styles.first("fills")?.children(named: "fill") ?? []
        let fill = fills[Int(xf.attributes["fillId"] ?? "0") ?? 0]
        #expect(fill.first("patternFill")?.attributes["patternType"] == "solid")
        #expect(fill.first("patternFill")?.first("fgColor")?.attributes["rgb"] == "FFDDEBF7")
        let borders = styles.first("borders")?.children(named: "border") ?? []
        let border = borders[Int(xf.attributes["borderId"] ?? "0") ?? 0]
        #expect(border.first("left")?.attributes["style"] == "thin")
        #expect(border.first("left")?.first("color")?.attributes["rgb"] == "FF1F4E79")
        let (indentXF, _) = try reader.cellStyle(cells["A2"]?.style ?? 0)
        #expect(indentXF.first("alignment")?.attributes["indent"] == "2")
    }

    @Test("formats libxlsxwriter would silently cut are refused")
    func invalidFormats() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let long = String(repeating: "0", count: 200)
        #expect(workbookError { try workbook.register(CellFormat(numberFormat: long)) }
                == .invalidArgument(operation: "register format", reason: "number format longer than 127 bytes"))
        #expect(workbookError { try workbook.register(CellFormat(indent: 16)) } != nil)
        #expect(workbookError { try workbook.register(CellFormat(fontSize: .nan)) } != nil)
    }

    @Test("a FormatID from another workbook is refused")
    func foreignHandle() throws {
        let first = try Workbook(path: try scratchFile().path)
        let second = try Workbook(path: try scratchFile().path)
        let format = try first.register(CellFormat(bold: true))
        _ = try second.register(CellFormat(italic: true))
        let sheet = try second.addWorksheet("Data")
        #expect(workbookError { try sheet.write(number: 1, row: 0, column: 0, format: format) }
                == .foreignHandle(operation: "use format"))
    }

    @Test("hex colours parse and reject malformed input")
    func colors() {
        #expect(Color(hex: "#1F4E79")?.rgb == 0x1F4E79)
        #expect(Color(hex: "ddebf7")?.rgb == 0xDDEBF7)
        #expect(Color(hex: "#12345") == nil)
        #expect(Color(hex: "zzzzzz") == nil)
    }
}
