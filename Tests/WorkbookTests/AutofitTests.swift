import Foundation
import Testing
@testable import Workbook

@Suite("Column widths")
struct AutofitTests {
    @Test("number widths follow the number format", arguments: [
        ("#,##0", 1_234_567.0, "1,234,567"),
        ("0.0%", 0.256, "25.6%"),
        (##""$"#,##0.0,,," bn""##, 12_345_000_000.0, "$12.3 bn"),
        ("#,##0.00", -1_234.5, "-1,234.50"),
        ("0", 7.0, "7"),
        ("yyyy-mm-dd", 45_000.0, "2023-03-15"),
    ])
    func numberWidths(format: String, value: Double, shown: String) {
        #expect(NumberWidthModel(format: format).width(of: value) == shown.count)
    }

    @Test("General shows integers in full and fractions in at most 11 characters")
    func generalWidths() {
        let general = NumberWidthModel(format: nil)
        #expect(general.width(of: 2024) == 4)
        #expect(general.width(of: 0.5) == 3)
        #expect(general.width(of: -12.25) == 6)
        #expect(general.width(of: 1.0 / 3.0) == 11)
        #expect(general.width(of: 1e300) == 11)
    }

    @Test("text width counts East Asian wide characters twice and uses the longest line")
    func textWidths() {
        #expect(DisplayWidth.of("Japan") == 5)
        #expect(DisplayWidth.of("日本の対米投資") == 14)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("short\na much longer line") == 18)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("autofit sets each column from its widest cell, within the limits, keeping explicit widths")
    func autofit() throws {
        let options = AutofitOptions(minimumWidth: 6, maximumWidth: 40, padding: 1)
        let reader = try roundTrip { workbook in
            let sheet = try workbook.addWorksheet("Facts")
            let money = try workbook.register(CellFormat(numberFormat: "#,##0"))
            try sheet.write(string: "ID", row: 0, column: 0)
            try sheet.write(string: "日本の対米直接投資残高", row: 0, column: 1)
            try sheet.write(number: 783_400_000, row: 0, column: 2, format: money)
            try sheet.write(string: String(repeating: "x", count: 100), row: 0, column: 3)
            try sheet.write(string: "explicit", row: 0, column: 4)
            try sheet.setColumn(4, width: 30)
            #expect(sheet.autofitWidth(ofColumn: 1, options: options) == 23)
            #expect(sheet.autofitWidth(ofColumn: 9) == nil)
            try sheet.autofitColumns(options)
        }
        let columns = try reader.xml("xl/worksheets/sheet1.xml").descendants(named: "col")
        func width(_ column: Int) -> Double? {
            columns.first { $0.attributes["min"] == "\(column + 1)" }.flatMap { Double($0.attributes["width"] ?? "") }
        }
        // libxlsxwriter stores widths plus its pixel rounding (e.g. 6 → 6.7109375).
        #expect((width(0) ?? 0) >= 6 && (width(0) ?? 0) < 7)
        #expect((width(1) ?? 0) >= 23 && (width(1) ?? 0) < 24)
        #expect((width(2) ?? 0) >= 12 && (width(2) ?? 0) < 13)
        #expect((width(3) ?? 0) >= 40 && (width(3) ?? 0) < 41)
        #expect((width(4) ?? 0) >= 30 && (width(4) ?? 0) < 31)
    }
}
