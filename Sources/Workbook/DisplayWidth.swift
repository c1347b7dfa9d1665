/// Display width of text in Excel columns: East Asian wide and fullwidth characters count 2, others 1.
enum DisplayWidth {
    /// Width of the longest line of `text`.
    static func of(_ text: String) -> Int {
        var widest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if scalar == "\n" {
                    widest = max(widest, current)
                    current = 0
                } else {
                    current += 1
                }
            } else if scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .enclosingMark || scalar == "\u{200D}" {
                continue
            } else {
                current += isWide(scalar) ? 2 : 1
            }
        }
        return max(widest, current)
    }

    /// East Asian Wide/Fullwidth ranges (CJK, kana, hangul, fullwidth forms, emoji).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
