import Foundation
import Testing
@testable import Workbook

@Suite("Constant-memory mode")
struct ConstantMemoryTests {
    @Test("rows stream to disk with inline strings and the same values")
    func streaming() throws {
        let tmpdir = try scratchFile("tmp").path
        try FileManager.default.createDirectory(atPath: tmpdir, withIntermediateDirectories: true)
        let reader = try roundTrip(options: WorkbookOptions(constantMemory: true, temporaryDirectory: tmpdir)) { workbook in
            let sheet = try workbook.addWorksheet("Stream")
            let money = try workbook.register(CellFormat(numberFormat: "#,##0"))
            for row in 0..<2_000 {
                try sheet.write(number: Double(row), row: row, column: 0)
                try sheet.write(string: "row \(row)", row: row, column: 1)
                try sheet.write(number: Double(row) * 1000, row: row, column: 2, format: money)
            }
            try sheet.autofitColumns()
        }
        let cells = try reader.cells(sheet: 1)
        #expect(cells.count == 6_000)
        #expect(cells["B2000"]?.type == "inlineStr")
        #expect(cells["B2000"]?.value == "row 1999")
        #expect(cells["C2000"]?.value == "1999000")
        #expect(try reader.numberFormat(style: cells["C2000"]?.style ?? 0) == "#,##0")
        #expect(try reader.xml("xl/worksheets/sheet1.xml").descendants(named: "col").count == 3)
    }

    @Test("writing above a flushed row is an error naming the cell")
    func rowOrder() throws {
        let workbook = try Workbook(path: try scratchFile().path, options: WorkbookOptions(constantMemory: true))
        let sheet = try workbook.addWorksheet("Stream")
        try sheet.write(number: 1, row: 5, column: 0)
        try sheet.write(number: 2, row: 5, column: 1)
        #expect(workbookError { try sheet.write(number: 3, row: 4, column: 0) }
                == .rowAlreadyFlushed(cell: "Stream!A5", currentRow: 5))
    }

    @Test("tables are refused with a clear error")
    func tablesRefused() throws {
        let workbook = try Workbook(path: try scratchFile().path, options: WorkbookOptions(constantMemory: true))
        let sheet = try workbook.addWorksheet("Stream")
        try sheet.write(string: "Year", row: 0, column: 0)
        try sheet.write(number: 2024, row: 1, column: 0)
        let error = workbookError {
            try sheet.addTable(CellRange(column: 0, rows: 0...1), options: TableOptions(name: "Years"))
        }
        #expect(error == .tableInConstantMemory(sheet: "Stream", table: "Years"))
        #expect(error?.description.contains("constant-memory") == true)
    }

    @Test("an unusable temporary directory is refused when the workbook is created")
    func badTemporaryDirectory() throws {
        let options = WorkbookOptions(constantMemory: true, temporaryDirectory: "/nonexistent-briefing-tmp")
        let error = workbookError { _ = try Workbook(path: try scratchFile().path, options: options) }
        guard case .invalidArgument(_, let reason)? = error else {
            Issue.record("expected invalidArgument, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("/nonexistent-briefing-tmp"))
    }
}
