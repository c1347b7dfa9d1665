internal import CXlsxWriter

/// Every failure of the Workbook layer: what went wrong, where (sheet and cell such as `Facts!C12`), and the
/// libxlsxwriter code and message when the C library reported it.
public enum WorkbookError: Error, Equatable, CustomStringConvertible {
    /// libxlsxwriter returned an error code while doing `operation` at `location` (a cell, range or object name).
    case library(code: Int, message: String, operation: String, location: String?, value: String?)
    /// A NaN or infinite number was written; Excel has no representation for it.
    case nonFiniteNumber(cell: String, value: Double)
    /// A row or column outside Excel's 1,048,576 × 16,384 grid.
    case cellOutOfRange(sheet: String, row: Int, column: Int)
    /// A string longer than Excel's 32,767-character cell limit, with `StringOverflowPolicy.throwError`.
    case stringTooLong(cell: String, length: Int)
    /// A worksheet name Excel would reject.
    case invalidSheetName(name: String, reason: String)
    /// An operation on a workbook that was already closed (every C handle is freed by then).
    case closed(operation: String)
    /// Excel tables cannot be written in constant-memory mode (libxlsxwriter keeps no cell table there).
    case tableInConstantMemory(sheet: String, table: String)
    /// In constant-memory mode rows are streamed and must be written in increasing order.
    case rowAlreadyFlushed(cell: String, currentRow: Int)
    /// A `FormatID` or other handle that belongs to a different workbook.
    case foreignHandle(operation: String)
    /// An argument outside what Excel or libxlsxwriter accepts (format field too long, bad date, empty range…).
    case invalidArgument(operation: String, reason: String)
    /// The workbook could not be created or saved at `path`.
    case saveFailed(path: String, code: Int, message: String)

    /// The libxlsxwriter error number, when the C library reported the failure.
    public var code: Int? {
        switch self {
        case .library(let code, _, _, _, _), .saveFailed(_, let code, _): return code
        default: return nil
        }
    }

    /// One line for users.
    public var description: String {
        switch self {
        case let .library(code, message, operation, location, value):
            var line = "workbook: \(operation)"
            if let location { line += " at \(location)" }
            if let value { line += " (value \(Self.abbreviated(value)))" }
            return line + " failed: \(message) [libxlsxwriter error \(code)]"
        case let .nonFiniteNumber(cell, value):
            return "workbook: cannot write non-finite number \(value) to \(cell)"
        case let .cellOutOfRange(sheet, row, column):
            return "workbook: cell (row \(row), column \(column)) on '\(sheet)' is outside Excel's "
                + "\(CellReference.maxRows) × \(CellReference.maxColumns) grid"
        case let .stringTooLong(cell, length):
            return "workbook: string of \(length) characters at \(cell) exceeds Excel's "
                + "\(StringLimit.maxCharacters)-character cell limit"
        case let .invalidSheetName(name, reason):
            return "workbook: invalid worksheet name '\(name)': \(reason)"
        case let .closed(operation):
            return "workbook: cannot \(operation): the workbook is already closed"
        case let .tableInConstantMemory(sheet, table):
            return "workbook: cannot add table '\(table)' to '\(sheet)': tables are not supported in constant-memory mode"
        case let .rowAlreadyFlushed(cell, currentRow):
            return "workbook: cannot write \(cell): constant-memory mode already flushed rows before row \(currentRow + 1)"
        case let .foreignHandle(operation):
            return "workbook: cannot \(operation): the handle belongs to another workbook"
        case let .invalidArgument(operation, reason):
            return "workbook: \(operation): \(reason)"
        case let .saveFailed(path, code, message):
            return "workbook: cannot write '\(path)': \(message) [libxlsxwriter error \(code)]"
        }
    }

    /// Keeps error lines short when the offending value is a long string.
    private static func abbreviated(_ value: String) -> String {
        value.count <= 60 ? "\"\(value)\"" : "\"\(value.prefix(57))...\" (\(value.count) chars)"
    }

    /// The message libxlsxwriter gives for `code`.
    static func message(for code: lxw_error) -> String {
        guard let text = lxw_strerror(code) else { return "unknown error" }
        return String(cString: text)
    }

    /// Builds `.library` from a C return code.
    static func library(_ code: lxw_error, _ operation: String, at location: String?, value: String? = nil) -> WorkbookError {
        .library(code: Int(code.rawValue), message: message(for: code), operation: operation, location: location, value: value)
    }
}

/// Throws when a libxlsxwriter call did not return `LXW_NO_ERROR`.
@inline(__always)
func check(_ code: lxw_error, _ operation: @autoclosure () -> String, at location: @autoclosure () -> String?,
           value: @autoclosure () -> String? = nil) throws {
    if code != LXW_NO_ERROR {
        throw WorkbookError.library(code, operation(), at: location(), value: value())
    }
}
