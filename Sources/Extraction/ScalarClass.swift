/// Character classes the tokenizer needs, with ASCII fast paths so the common case costs a comparison.
enum ScalarClass {
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always)
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 97 && v <= 122
    }

    /// Letters of any script, combining marks (they belong to the preceding letter) and ligatures.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIILetter(s) }
        return isNonASCIILetter(s)
    }

    /// The Unicode-property half of `isLetter`, kept out of line: inlined, its property and category metadata
    /// lookups run in the prologue of every caller, even for ASCII text.
    @inline(never)
    static func isNonASCIILetter(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xB5 || s.value == 0x3BC { return true }  // micro sign and mu, as in "μg"
        // General punctuation (curly quotes, dashes, bullets) and currency signs hold no letters or marks.
        if (0x2000...0x206F).contains(s.value) || (0x20A0...0x20CF).contains(s.value) { return false }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    /// Spaces that separate words, including the no-break and thin spaces of typeset text and the BOM.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x1680: return true
        default: return false
        }
    }

    /// Spaces that may group the digits of a number ("40 000", "1 234 567").
    @inline(__always)
    static func isGroupingSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0xA0, 0x2009, 0x202F, 0x2007: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 65 && s.value <= 90 }
        return isNonASCIIUpper(s)
    }

    @inline(never)
    private static func isNonASCIIUpper(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 97 && s.value <= 122 }
        return isNonASCIILower(s)
    }

    @inline(never)
    private static func isNonASCIILower(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

    /// Hyphens, dashes and the minus sign, which the grammar treats alike.
    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool {
        v == 0x2D || (v >= 0x2010 && v <= 0x2015) || v == 0x2212 || v == 0xFE63 || v == 0xFF0D
    }

    /// Unicode vulgar fractions ("½", "¾") and their values.
    static func vulgarFraction(_ v: UInt32) -> Double? {
        switch v {
        case 0xBD: 0.5
        case 0xBC: 0.25
        case 0xBE: 0.75
        case 0x2153: 1.0 / 3
        case 0x2154: 2.0 / 3
        case 0x2155: 0.2
        case 0x2156: 0.4
        case 0x2157: 0.6
        case 0x2158: 0.8
        case 0x2159: 1.0 / 6
        case 0x215A: 5.0 / 6
        case 0x215B: 0.125
        case 0x215C: 0.375
        case 0x215D: 0.625
        case 0x215E: 0.875
        default: nil
        }
    }
}
