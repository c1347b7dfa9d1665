/// A value for one cell, for code that writes heterogeneous rows through `Worksheet.write(_:row:column:format:)`.
public enum CellValue: Sendable, Equatable {
    /// Text (shared string, or inline string in constant-memory mode).
    case string(String)
    /// A number; NaN and ±infinity follow `WorkbookOptions.nonFiniteNumbers`.
    case number(Double)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A date or date-time; shown as `yyyy-mm-dd` unless the format says otherwise.
    case date(ExcelDateTime)
    /// A formula such as `=SUM(B2:B9)` with the value Excel shows before it recalculates.
    case formula(String, cached: FormulaResult?)
    /// A hyperlink (`https://…`, `mailto:…`, `internal:'Sheet'!A1`) with optional display text and tooltip.
    case url(String, text: String?, tooltip: String?)
    /// An empty cell that still carries its format.
    case blank
}

/// The cached result stored with a formula so viewers that do not recalculate show the right value.
public enum FormulaResult: Sendable, Equatable {
    /// A numeric result.
    case number(Double)
    /// A text result.
    case string(String)
}
