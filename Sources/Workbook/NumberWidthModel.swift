import Foundation

/// Estimates how many characters Excel shows for a number under one number format, without formatting it.
/// Cheap enough to run on every written cell (no allocation): the format string is parsed once, at registration.
struct NumberWidthModel: Sendable {
    enum Kind: Sendable {
        /// Excel's General format: up to 11 characters.
        case general
        /// A fixed-point format: `#,##0.0`, `0.0%`, `"$"#,##0.0,,," bn"`.
        case fixed
        /// Dates, times, text (`@`) and scientific formats: a constant width.
        case constant(Int)
    }

    var kind: Kind = .general
    var decimals = 0
    var minimumIntegerDigits = 1
    var thousandsSeparator = false
    var percent = false
    /// Trailing commas: each divides the shown value by 1,000.
    var scaleCommas = 0
    /// Characters shown besides the digits: currency signs, quoted suffixes, spaces.
    var literalWidth = 0

    /// The model for an Excel number format string; nil means General.
    init(format: String?) {
        guard let format, !format.isEmpty, format.lowercased() != "general" else { return }
        parse(firstSection(of: format))
    }

    /// Width of `value` in characters.
    func width(of value: Double) -> Int {
        let sign = value < 0 ? 1 : 0
        switch kind {
        case .constant(let width):
            return width
        case .general:
            return sign + Self.generalWidth(abs(value))
        case .fixed:
            var shown = abs(value)
            if percent { shown *= 100 }
            for _ in 0..<scaleCommas { shown /= 1000 }
            let digits = max(minimumIntegerDigits, Self.integerDigits(shown))
            let separators = thousandsSeparator ? (digits - 1) / 3 : 0
            return sign + literalWidth + digits + separators + (decimals > 0 ? decimals + 1 : 0)
        }
    }

    /// Digits left of the decimal point (at least 1, "0").
    static func integerDigits(_ value: Double) -> Int {
        guard value >= 10 else { return 1 }
        if value >= 1e15 { return value.isFinite ? Int(log10(value)) + 1 : 1 }
        var digits = 1
        var threshold = 10.0
        while value >= threshold {
            digits += 1
            threshold *= 10
        }
        return digits
    }

    /// General shows integers below 1e11 in full and everything else in at most 11 characters.
    static func generalWidth(_ value: Double) -> Int {
        if value == value.rounded(.towardZero), value < 1e11 { return integerDigits(value) }
        if value >= 1e11 || value < 1e-4 { return 11 }
        let whole = integerDigits(value)
        var decimals = 0
        var scaled = value
        while decimals < 10 - whole {
            decimals += 1
            scaled *= 10
            if abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled) { break }
        }
        return min(11, whole + 1 + decimals)
    }

    /// Excel formats have up to four sections (positive;negative;zero;text); the first decides the width.
    private func firstSection(of format: String) -> Substring {
        var inQuote = false
        var escaped = false
        for index in format.indices {
            let character = format[index]
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "\"" { inQuote.toggle() }
            else if character == ";" && !inQuote { return format[..<index] }
        }
        return format[...]
    }

    private mutating func parse(_ section: Substring) {
        var inQuote = false
        var afterPoint = false
        var pendingCommas = 0
        var sawPlaceholder = false
        var dateLike = 0
        var iterator = section.makeIterator()
        while let character = iterator.next() {
            if inQuote {
                if character == "\"" { inQuote = false } else { literalWidth += Self.charWidth(character) }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\": if let next = iterator.next() { literalWidth += Self.charWidth(next) }
            case "_": _ = iterator.next(); literalWidth += 1
            case "*": _ = iterator.next()
            case "[":
                while let inner = iterator.next(), inner != "]" {}
            case "0", "#", "?":
                if pendingCommas > 0 && !afterPoint { thousandsSeparator = true }
                pendingCommas = 0
                sawPlaceholder = true
                if afterPoint { decimals += 1 } else if character == "0" { minimumIntegerDigits += 1 }
            case ".": afterPoint = true
            case ",": if sawPlaceholder { pendingCommas += 1 } else { literalWidth += 1 }
            case "%": percent = true; literalWidth += 1
            case "@": kind = .constant(12); return
            case "E" where sawPlaceholder, "e" where sawPlaceholder: kind = .constant(10); return
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": dateLike += 1
            default: literalWidth += Self.charWidth(character)
            }
        }
        if !sawPlaceholder && dateLike > 0 {
            // Month and day names ("mmmm", "dddd") are longer than their codes; a little slack covers them.
            kind = .constant(section.count + (section.contains("mmmm") || section.contains("dddd") ? 6 : 0))
            return
        }
        guard sawPlaceholder else { kind = .constant(literalWidth); return }
        kind = .fixed
        minimumIntegerDigits = max(1, minimumIntegerDigits - 1)
        scaleCommas = pendingCommas
    }

    private static func charWidth(_ character: Character) -> Int {
        character.unicodeScalars.first.map { DisplayWidth.isWide($0) ? 2 : 1 } ?? 1
    }
}
