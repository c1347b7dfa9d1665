/// How a workbook is created and how the layer treats awkward values.
public struct WorkbookOptions: Sendable {
    /// Stream each row to a temporary file once a later row is written (libxlsxwriter `constant_memory`).
    /// Rows must then be written in increasing order, strings are stored inline, and tables are unavailable.
    public var constantMemory: Bool
    /// Directory for libxlsxwriter's temporary files; nil uses the system default.
    public var temporaryDirectory: String?
    /// Allow ZIP64 extensions for files or parts larger than 4 GB.
    public var useZip64: Bool
    /// What writing NaN or ±infinity does; the C layer never sees a non-finite number.
    public var nonFiniteNumbers: NonFiniteNumberPolicy
    /// What writing a string longer than Excel's 32,767-character limit does.
    public var longStrings: StringOverflowPolicy
    /// Track the display width of every written cell so `Worksheet.autofitColumns()` can size columns.
    public var tracksColumnWidths: Bool

    /// Options; the defaults are the safe choices (throw on NaN and on over-long strings, track widths).
    public init(constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false,
                nonFiniteNumbers: NonFiniteNumberPolicy = .throwError, longStrings: StringOverflowPolicy = .throwError,
                tracksColumnWidths: Bool = true) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
        self.nonFiniteNumbers = nonFiniteNumbers
        self.longStrings = longStrings
        self.tracksColumnWidths = tracksColumnWidths
    }
}

/// What the layer does with NaN and ±infinity, which Excel cannot store.
public enum NonFiniteNumberPolicy: Sendable {
    /// Throw `WorkbookError.nonFiniteNumber(cell:value:)` (the default: a silent gap in a briefing is worse).
    case throwError
    /// Write an empty cell carrying the cell's format instead.
    case writeBlank
}

/// What the layer does with strings longer than Excel's 32,767-character cell limit.
public enum StringOverflowPolicy: Sendable {
    /// Throw `WorkbookError.stringTooLong(cell:length:)` (the default).
    case throwError
    /// Keep whole characters from the start so the cell holds at most 32,767 UTF-16 units including a final "…".
    case truncate
}
