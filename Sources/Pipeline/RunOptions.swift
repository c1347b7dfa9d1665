import Foundation

/// How to run: what to redo and which date the outputs speak from.
public struct RunOptions: Sendable {
    /// Extract every document again even when nothing changed.
    public var force: Bool
    /// The date the run speaks from (the workbook's created date, the cover's run date). Pinning it makes
    /// the same inputs give byte-identical outputs; by default it is the start of the current UTC day.
    public var logicalDate: Date?
    /// Which outputs to write.
    public var outputs: OutputSelection
    /// Facts above which the Facts sheet is written in constant-memory mode.
    public var constantMemoryThreshold: Int

    /// Creates options.
    public init(force: Bool = false, logicalDate: Date? = nil, outputs: OutputSelection = .all,
                constantMemoryThreshold: Int = 50_000) {
        self.force = force
        self.logicalDate = logicalDate
        self.outputs = outputs
        self.constantMemoryThreshold = constantMemoryThreshold
    }

    /// The logical date, or the start of today (UTC) when none was given.
    public func resolvedLogicalDate(now: Date = Date()) -> Date {
        if let logicalDate { return logicalDate }
        let seconds = now.timeIntervalSince1970
        return Date(timeIntervalSince1970: seconds - seconds.truncatingRemainder(dividingBy: 86_400))
    }
}

/// Which outputs a run or `briefing report` writes.
public struct OutputSelection: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The Excel workbook.
    public static let workbook = OutputSelection(rawValue: 1)
    /// The Markdown summary.
    public static let summary = OutputSelection(rawValue: 2)
    /// Both.
    public static let all: OutputSelection = [.workbook, .summary]
}
