import Foundation
@testable import Workbook

/// A fresh directory per test so tests can run in parallel.
func scratchFile(_ name: String = "test.xlsx") throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("briefing-workbook-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name)
}

/// Builds a workbook with `build`, closes it and returns a reader over the result.
func roundTrip(options: WorkbookOptions = WorkbookOptions(),
               _ build: (Workbook) throws -> Void) throws -> XLSXReader {
    let url = try scratchFile()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let workbook = try Workbook(path: url.path, options: options)
    try build(workbook)
    try workbook.close()
    return try XLSXReader(url: url)
}

/// Runs `body` and returns the `WorkbookError` it threw, or nil.
func workbookError(_ body: () throws -> Void) -> WorkbookError? {
    do {
        try body()
        return nil
    } catch let error as WorkbookError {
        return error
    } catch {
        return nil
    }
}
