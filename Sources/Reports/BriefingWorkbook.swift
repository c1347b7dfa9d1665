import BriefingModel
import Foundation
import Workbook

/// The briefing workbook: Cover, Contents, Notes, Key figures (with charts), Facts, Changes, Sources and
/// Chart data, laid out after the UK government statistics guidance for accessible spreadsheets.
public enum BriefingWorkbook {
    /// How the workbook is written.
    public struct Options: Sendable {
        /// Above this many facts the workbook is written in constant-memory mode: rows stream to disk, and the
        /// tables become plain ranges with filters (libxlsxwriter 1.1.4 cannot write tables in that mode).
        public var constantMemoryThreshold: Int
        /// Sentences longer than this many characters are shortened in the Facts cell, the full text in a note.
        public var sentenceCellLimit: Int
        /// Where libxlsxwriter keeps its temporary files; nil uses the system's.
        public var temporaryDirectory: String?

        /// Options; the defaults suit runs of any size.
        public init(constantMemoryThreshold: Int = 50_000, sentenceCellLimit: Int = 250, temporaryDirectory: String? = nil) {
            self.constantMemoryThreshold = constantMemoryThreshold
            self.sentenceCellLimit = sentenceCellLimit
            self.temporaryDirectory = temporaryDirectory
        }
    }

    /// The sheets in tab order with what each holds, as the Contents sheet lists them.
    static let sheets: [(name: String, description: String)] = [
        (CoverSheet.name, CoverSheet.description),
        (ContentsSheet.name, "Links to every sheet in this workbook"),
        (NotesSheet.name, NotesSheet.description),
        (KeyFiguresSheet.name, KeyFiguresSheet.description),
        (FactsSheet.name, FactsSheet.description),
        (ChangesSheet.name, ChangesSheet.description),
        (SourcesSheet.name, SourcesSheet.description),
        (ChartData.sheetName, "The yearly values plotted on the Key figures sheet"),
    ]

    /// True when a report of this size is written in constant-memory mode.
    public static func usesConstantMemory(factCount: Int, options: Options = Options()) -> Bool {
        factCount > options.constantMemoryThreshold
    }

    /// Writes the workbook for `report` to `path`. The same report gives a byte-identical file.
    public static func write(_ report: BriefingReport, to path: String, options: Options = Options()) throws {
        do {
            try writeSheets(report, to: path, options: options)
        } catch let error as ReportsError {
            throw error
        } catch {
            throw ReportsError(code: .workbookFailed, message: "cannot write the briefing workbook", path: path, cause: error)
        }
    }

    private static func writeSheets(_ report: BriefingReport, to path: String, options: Options) throws {
        let constantMemory = usesConstantMemory(factCount: report.facts.count, options: options)
        let workbook = try Workbook(path: path, options: WorkbookOptions(
            constantMemory: constantMemory, temporaryDirectory: options.temporaryDirectory,
            nonFiniteNumbers: .writeBlank, longStrings: .truncate
        ))
        try setProperties(of: workbook, from: report)
        var worksheets: [String: Worksheet] = [:]
        for sheet in sheets {
            let worksheet = try workbook.addWorksheet(sheet.name)
            // Printed or exported to PDF, each sheet is one page wide in landscape, as statistics tables are read.
            try worksheet.setLandscape()
            try worksheet.fitToPages(width: 1, height: 0)
            worksheets[sheet.name] = worksheet
        }
        let writer = TableSheetWriter(
            workbook: workbook, styles: try SheetStyles(workbook: workbook), usesTables: !constantMemory, sheets: worksheets
        )
        let chartData = ChartData(keyFigures: report.keyFigures)
        // Each sheet is written top to bottom before the next one starts, which constant-memory mode requires.
        try CoverSheet(report: report).write(with: writer)
        try ContentsSheet(entries: sheets).write(with: writer)
        try NotesSheet().write(with: writer)
        try KeyFiguresSheet(report: report, chartData: chartData).write(with: writer)
        try FactsSheet(report: report, sentenceLimit: max(2, options.sentenceCellLimit), isLargeRun: constantMemory)
            .write(with: writer)
        try ChangesSheet(report: report).write(with: writer)
        try SourcesSheet(report: report).write(with: writer)
        try chartData.write(with: writer)
        try workbook.close()
    }

    private static func setProperties(of workbook: Workbook, from report: BriefingReport) throws {
        let categories = Set(report.keyFigures.map(\.category) + report.facts.map(\.fact.category))
        let keywords = ["briefing", report.pipeline] + Category.allCases.filter(categories.contains).map(\.rawValue)
        try workbook.setProperties(DocumentProperties(
            title: report.title, subject: report.description, author: report.contact ?? "Briefing",
            keywords: keywords.joined(separator: ", "),
            comments: "Generated by Briefing, pipeline \(report.pipeline), run \(report.runID).",
            created: report.runDate
        ))
        try workbook.setCustomProperty("Run ID", .string(report.runID))
        try workbook.setCustomProperty("Pipeline", .string(report.pipeline))
        for name in report.inputHashes.keys.sorted() {
            if let hash = report.inputHashes[name] {
                try workbook.setCustomProperty("Input hash: \(name)", .string(hash))
            }
        }
    }
}

/// Writes the briefing workbook for `report` to `path` (see `BriefingWorkbook`).
public func writeWorkbook(_ report: BriefingReport, to path: String, options: BriefingWorkbook.Options = .init()) throws {
    try BriefingWorkbook.write(report, to: path, options: options)
}
