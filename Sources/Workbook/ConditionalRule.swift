/// A conditional-format rule for `Worksheet.addConditionalFormat(_:rule:format:)`.
public enum ConditionalRule: Sendable, Equatable {
    /// Cell value compared with a number, e.g. `.cell(.greaterThan, 0)`.
    case cell(Comparison, Double)
    /// Cell value between two numbers, inclusive (`negated`: outside them).
    case between(Double, Double, negated: Bool = false)
    /// Text contains the string.
    case textContains(String)
    /// Text does not contain the string.
    case textNotContaining(String)
    /// Text begins with the string.
    case textBeginsWith(String)
    /// Text ends with the string.
    case textEndsWith(String)
    /// A formula that is true for the cells to format, relative to the range's first cell (`=$C2<0`).
    case formula(String)
    /// Icons by value thirds, quarters or fifths; needs no format.
    case iconSet(IconSet, reversed: Bool = false, iconsOnly: Bool = false)
    /// A data bar in `color`; needs no format.
    case dataBar(Color)
    /// Two-colour scale from the minimum to the maximum; needs no format.
    case colorScale(minimum: Color, maximum: Color)
    /// Three-colour scale with a midpoint colour at the 50th percentile; needs no format.
    case threeColorScale(minimum: Color, midpoint: Color, maximum: Color)

    /// Whether the rule is drawn with a cell format (the others carry their own graphics).
    var needsFormat: Bool {
        switch self {
        case .iconSet, .dataBar, .colorScale, .threeColorScale: false
        default: true
        }
    }
}

/// Comparisons for `ConditionalRule.cell`.
public enum Comparison: Sendable, Equatable {
    /// =
    case equal
    /// ≠
    case notEqual
    /// >
    case greaterThan
    /// <
    case lessThan
    /// ≥
    case greaterThanOrEqual
    /// ≤
    case lessThanOrEqual
}

/// Icon sets available in libxlsxwriter 1.1.4.
public enum IconSet: Sendable, Equatable, CaseIterable {
    /// Three coloured arrows.
    case threeArrows
    /// Three grey arrows.
    case threeArrowsGray
    /// Three flags.
    case threeFlags
    /// Three traffic lights.
    case threeTrafficLights
    /// Three signs.
    case threeSigns
    /// Three circled symbols (check, exclamation, cross).
    case threeSymbolsCircled
    /// Four coloured arrows.
    case fourArrows
    /// Four traffic lights.
    case fourTrafficLights
    /// Four ratings.
    case fourRatings
    /// Five coloured arrows.
    case fiveArrows
    /// Five ratings.
    case fiveRatings
    /// Five quarters.
    case fiveQuarters
}

/// A data-validation rule for `Worksheet.addValidation(_:rule:)`.
public enum ValidationRule: Sendable, Equatable {
    /// A drop-down list of these values (Excel limits the joined list to 255 characters).
    case list([String])
    /// A decimal number between the bounds, inclusive.
    case decimalBetween(Double, Double)
    /// A whole number between the bounds, inclusive.
    case integerBetween(Int, Int)
}
