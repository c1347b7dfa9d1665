/// Remembers the widest content written to each column, in Excel character units, for autofit
/// (libxlsxwriter has no autofit of its own).
struct ColumnWidthTracker {
    /// Widest content per column (characters × font scale); 0 where nothing was written.
    private(set) var widths: [Double] = []

    /// Records content `characters` wide, drawn with a font `scale` times the default width.
    @inline(__always)
    mutating func note(column: Int, characters: Int, scale: Double) {
        let width = Double(characters) * scale
        if column < widths.count {
            if width > widths[column] { widths[column] = width }
        } else {
            widths.append(contentsOf: repeatElement(0, count: column + 1 - widths.count))
            widths[column] = width
        }
    }

    /// Records text; skips the width scan when even the most pessimistic estimate cannot beat the current maximum
    /// (a character never displays wider than its UTF-8 length).
    @inline(__always)
    mutating func note(column: Int, text: String, scale: Double) {
        if column < widths.count, Double(text.utf8.count) * scale <= widths[column] { return }
        note(column: column, characters: DisplayWidth.of(text), scale: scale)
    }

    /// The recorded width of `column` in characters, or nil when nothing was written there.
    func width(of column: Int) -> Double? {
        column < widths.count && widths[column] > 0 ? widths[column] : nil
    }
}

/// How `Worksheet.autofitColumns(_:)` turns content widths into column widths.
public struct AutofitOptions: Sendable {
    /// Narrowest column set, in Excel character units.
    public var minimumWidth: Double
    /// Widest column set; longer content is cut off visually (or wraps, with a wrap format).
    public var maximumWidth: Double
    /// Extra characters added for cell margins.
    public var padding: Double
    /// Leave columns alone that were given a width with `setColumn(_:width:format:)`.
    public var keepsExplicitWidths: Bool

    /// Defaults suited to briefing tables: 4 … 60 characters, 1.5 characters of padding.
    public init(minimumWidth: Double = 4, maximumWidth: Double = 60, padding: Double = 1.5,
                keepsExplicitWidths: Bool = true) {
        self.minimumWidth = minimumWidth
        self.maximumWidth = maximumWidth
        self.padding = padding
        self.keepsExplicitWidths = keepsExplicitWidths
    }

    /// The column width for content `characters` wide.
    func columnWidth(forContent characters: Double) -> Double {
        min(maximumWidth, max(minimumWidth, (characters + padding).rounded(.up)))
    }
}
