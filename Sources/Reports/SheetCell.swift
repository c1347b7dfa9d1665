import Workbook

/// One cell of a report table: its value, format, and an optional note (Excel comment).
struct SheetCell {
    var value: CellValue
    var format: FormatID?
    var note: String?
    /// Text written over the value afterwards, keeping a hyperlink but replacing what the cell shows.
    var shownText: String?

    init(_ value: CellValue, format: FormatID? = nil, note: String? = nil, shownText: String? = nil) {
        self.value = value
        self.format = format
        self.note = note
        self.shownText = shownText
    }

    /// Text, or "[x]" (not available, see the notes) when nil.
    static func text(_ text: String?, format: FormatID? = nil) -> SheetCell {
        SheetCell(.string(text ?? notAvailable), format: format)
    }

    /// A number in `format`, or "[x]" when nil.
    static func number(_ number: Double?, format: FormatID?) -> SheetCell {
        guard let number else { return SheetCell(.string(notAvailable)) }
        return SheetCell(.number(number), format: format)
    }

    /// A year as a number, or "[x]" when unknown.
    static func year(_ year: Int?, format: FormatID?) -> SheetCell {
        number(year.map(Double.init), format: format)
    }

    /// "[z]": the column does not apply to this row (no range, no counted noun, no override).
    static let notApplicableCell = SheetCell(.string(notApplicable))

    /// The GSS shorthand for a value that is not available.
    static let notAvailable = "[x]"

    /// The GSS shorthand for a value that does not apply.
    static let notApplicable = "[z]"
}
