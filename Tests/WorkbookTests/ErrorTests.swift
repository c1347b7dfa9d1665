import Foundation
import Testing
@testable import Workbook

@Suite("Errors and safety")
struct ErrorTests {
    @Test("non-finite numbers throw by default and never reach the C layer", arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteThrows(value: Double) throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Facts")
        let error = workbookError { try sheet.write(number: value, row: 11, column: 2) }
        guard case .nonFiniteNumber(let cell, _) = error else {
            Issue.record("expected nonFiniteNumber, got \(String(describing: error))")
            return
        }
        #expect(cell == "Facts!C12")
        #expect(workbookError { try sheet.write(formula: "=1/0", row: 0, column: 0, cached: .number(value)) } != nil)
    }

    @Test("with .writeBlank a non-finite number leaves an empty (formatted) cell")
    func nonFiniteBlank() throws {
        let reader = try roundTrip(options: WorkbookOptions(nonFiniteNumbers: .writeBlank)) { workbook in
            let sheet = try workbook.addWorksheet("Facts")
            let percent = try workbook.register(CellFormat(numberFormat: "0.0%"))
            try sheet.write(number: .nan, row: 0, column: 0)
            try sheet.write(number: .infinity, row: 0, column: 1, format: percent)
            try sheet.write(number: 0.5, row: 0, column: 2, format: percent)
        }
        let cells = try reader.cells(sheet: 1)
        #expect(cells["A1"] == nil)
        #expect(cells["B1"]?.value == nil)
        #expect(try reader.numberFormat(style: cells["B1"]?.style ?? 0) == "0.0%")
        #expect(cells["C1"]?.value == "0.5")
    }

    @Test("using a workbook after close throws instead of crashing")
    func writeAfterClose() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Facts")
        try sheet.write(number: 1, row: 0, column: 0)
        try workbook.close()
        #expect(!workbook.isOpen)
        #expect(workbookError { try sheet.write(number: 2, row: 1, column: 0) } == .closed(operation: "write number to Facts!A2"))
        #expect(workbookError { try sheet.write(string: "x", row: 1, column: 0) } != nil)
        #expect(workbookError { try sheet.autofitColumns() } != nil)
        #expect(workbookError { _ = try workbook.addWorksheet("More") } != nil)
        #expect(workbookError { try workbook.register(CellFormat(bold: true)) } != nil)
        #expect(workbookError { try workbook.close() } == .closed(operation: "close"))
    }

    @Test("an unwritable destination is reported by close with the path")
    func unwritablePath() throws {
        let path = "/nonexistent-briefing-dir/\(UUID().uuidString)/out.xlsx"
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet("Facts").write(number: 1, row: 0, column: 0)
        let error = workbookError { try workbook.close() }
        guard case .saveFailed(let reported, let code, let message)? = error else {
            Issue.record("expected saveFailed, got \(String(describing: error))")
            return
        }
        #expect(reported == path)
        #expect(code > 0 && !message.isEmpty)
        #expect(error?.description.contains(path) == true)
        #expect(!workbook.isOpen)
    }

    @Test("sheet names break Excel's rules with a clear reason", arguments: [
        ("", "empty"), (String(repeating: "x", count: 32), "at most 31"), ("Trade/2024", "forbids"),
        ("Q1?", "forbids"), ("'quoted", "apostrophe"), ("facts", "already exists"),
    ])
    func sheetNames(name: String, reason: String) throws {
        let workbook = try Workbook(path: try scratchFile().path)
        _ = try workbook.addWorksheet("Facts")
        let error = workbookError { _ = try workbook.addWorksheet(name) }
        guard case .invalidSheetName(let rejected, let message)? = error else {
            Issue.record("expected invalidSheetName, got \(String(describing: error))")
            return
        }
        #expect(rejected == name)
        #expect(message.contains(reason))
        _ = try workbook.addWorksheet(String(repeating: "日", count: 31))
    }

    @Test("over-long strings throw by default")
    func longStringThrows() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Text")
        let text = String(repeating: "a", count: 32_768)
        #expect(workbookError { try sheet.write(string: text, row: 0, column: 0) } == .stringTooLong(cell: "Text!A1", length: 32_768))
        try sheet.write(string: String(repeating: "a", count: 32_767), row: 1, column: 0)
    }

    @Test("with .truncate over-long strings keep whole characters and end in an ellipsis")
    func longStringTruncates() throws {
        let text = String(repeating: "ab", count: 20_000) + "😀"
        let reader = try roundTrip(options: WorkbookOptions(longStrings: .truncate)) { workbook in
            try workbook.addWorksheet("Text").write(string: text, row: 0, column: 0)
        }
        let stored = try reader.cells(sheet: 1)["A1"]?.value ?? ""
        #expect(stored.utf16.count == 32_767)
        #expect(stored.hasSuffix("…"))
        #expect(text.hasPrefix(stored.dropLast()))
    }

    @Test("errors print one line naming the place and the library message")
    func descriptions() {
        let error = WorkbookError.library(code: 13, message: "Parameter validation error.", operation: "write number",
                                          location: "Facts!C12", value: "3.5")
        #expect(error.description == "workbook: write number at Facts!C12 (value \"3.5\") failed: Parameter validation error. [libxlsxwriter error 13]")
        #expect(error.code == 13)
        for sample in [WorkbookError.nonFiniteNumber(cell: "Facts!C12", value: .nan), .closed(operation: "close"),
                       .tableInConstantMemory(sheet: "Facts", table: "Facts"), .stringTooLong(cell: "A!A1", length: 40_000)] {
            #expect(!sample.description.contains("\n"))
        }
    }

    @Test("library errors carry libxlsxwriter's message and the cell")
    func libraryErrorsAreMapped() throws {
        let workbook = try Workbook(path: try scratchFile().path)
        let sheet = try workbook.addWorksheet("Links")
        let url = "https://example.com/" + String(repeating: "x", count: 2_100)
        let error = workbookError { try sheet.write(url: url, row: 0, column: 0) }
        guard case .library(let code, let message, _, let location, _)? = error else {
            Issue.record("expected library error, got \(String(describing: error))")
            return
        }
        #expect(code > 0)
        #expect(message.lowercased().contains("hyperlink length"))
        #expect(location == "Links!A1")
    }
}
