internal import CXlsxWriter

/// Turns `CellFormat` and friends into libxlsxwriter calls. Kept apart so the mapping is in one place.
enum FormatConversion {
    /// libxlsxwriter copies format strings into 128-byte buffers; longer ones would be cut silently.
    static let maxFieldBytes = 127

    /// Why `format` cannot be registered, or nil.
    static func problem(with format: CellFormat) -> String? {
        if let text = format.numberFormat, text.utf8.count > maxFieldBytes {
            return "number format longer than \(maxFieldBytes) bytes"
        }
        if let name = format.fontName, name.isEmpty || name.utf8.count > maxFieldBytes {
            return "font name must be 1–\(maxFieldBytes) bytes"
        }
        if !(0...15).contains(format.indent) { return "indent \(format.indent) is outside 0–15" }
        if let size = format.fontSize, !(size.isFinite && size >= 1 && size <= 409) {
            return "font size \(size) is outside 1–409"
        }
        return nil
    }

    /// Applies every non-default attribute of `format` to a fresh lxw_format.
    static func apply(_ format: CellFormat, to target: UnsafeMutablePointer<lxw_format>) {
        if let text = format.numberFormat { format_set_num_format(target, text) }
        if format.bold { format_set_bold(target) }
        if format.italic { format_set_italic(target) }
        if format.underline != .none { format_set_underline(target, underline(format.underline)) }
        if format.wrap { format_set_text_wrap(target) }
        if format.horizontalAlignment != .general { format_set_align(target, horizontal(format.horizontalAlignment)) }
        if format.verticalAlignment != .bottom { format_set_align(target, vertical(format.verticalAlignment)) }
        if format.indent > 0 { format_set_indent(target, UInt8(format.indent)) }
        applyBorders(format, to: target)
        let pattern = format.fillPattern == .none && format.backgroundColor != nil ? .solid : format.fillPattern
        if pattern != .none { format_set_pattern(target, fill(pattern)) }
        if let color = format.backgroundColor {
            // For a solid fill Excel draws the foreground colour; libxlsxwriter swaps bg/fg for solid fills itself.
            format_set_bg_color(target, lxwColor(color))
        }
        if let color = format.patternColor { format_set_fg_color(target, lxwColor(color)) }
        if let size = format.fontSize { format_set_font_size(target, size) }
        if let color = format.fontColor { format_set_font_color(target, lxwColor(color)) }
        if let name = format.fontName { format_set_font_name(target, name) }
    }

    private static func applyBorders(_ format: CellFormat, to target: UnsafeMutablePointer<lxw_format>) {
        let top = format.topBorder ?? format.border
        let bottom = format.bottomBorder ?? format.border
        let left = format.leftBorder ?? format.border
        let right = format.rightBorder ?? format.border
        if top != .none { format_set_top(target, border(top)) }
        if bottom != .none { format_set_bottom(target, border(bottom)) }
        if left != .none { format_set_left(target, border(left)) }
        if right != .none { format_set_right(target, border(right)) }
        if let color = format.borderColor { format_set_border_color(target, lxwColor(color)) }
    }

    /// libxlsxwriter treats 0 as "unset", so black has its own sentinel.
    static func lxwColor(_ color: Color) -> lxw_color_t {
        color.rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(color.rgb)
    }

    static func underline(_ value: Underline) -> UInt8 {
        switch value {
        case .none: UInt8(LXW_UNDERLINE_NONE.rawValue)
        case .single: UInt8(LXW_UNDERLINE_SINGLE.rawValue)
        case .double: UInt8(LXW_UNDERLINE_DOUBLE.rawValue)
        case .singleAccounting: UInt8(LXW_UNDERLINE_SINGLE_ACCOUNTING.rawValue)
        case .doubleAccounting: UInt8(LXW_UNDERLINE_DOUBLE_ACCOUNTING.rawValue)
        }
    }

    static func horizontal(_ value: HorizontalAlignment) -> UInt8 {
        switch value {
        case .general: UInt8(LXW_ALIGN_NONE.rawValue)
        case .left: UInt8(LXW_ALIGN_LEFT.rawValue)
        case .center: UInt8(LXW_ALIGN_CENTER.rawValue)
        case .right: UInt8(LXW_ALIGN_RIGHT.rawValue)
        case .fill: UInt8(LXW_ALIGN_FILL.rawValue)
        case .justify: UInt8(LXW_ALIGN_JUSTIFY.rawValue)
        case .centerAcross: UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue)
        case .distributed: UInt8(LXW_ALIGN_DISTRIBUTED.rawValue)
        }
    }

    static func vertical(_ value: VerticalAlignment) -> UInt8 {
        switch value {
        case .bottom: UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue)
        case .top: UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
        case .center: UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        case .justify: UInt8(LXW_ALIGN_VERTICAL_JUSTIFY.rawValue)
        case .distributed: UInt8(LXW_ALIGN_VERTICAL_DISTRIBUTED.rawValue)
        }
    }

    static func border(_ value: BorderStyle) -> UInt8 {
        switch value {
        case .none: UInt8(LXW_BORDER_NONE.rawValue)
        case .thin: UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .dashed: UInt8(LXW_BORDER_DASHED.rawValue)
        case .dotted: UInt8(LXW_BORDER_DOTTED.rawValue)
        case .thick: UInt8(LXW_BORDER_THICK.rawValue)
        case .double: UInt8(LXW_BORDER_DOUBLE.rawValue)
        case .hair: UInt8(LXW_BORDER_HAIR.rawValue)
        }
    }

    static func fill(_ value: FillPattern) -> UInt8 {
        switch value {
        case .none: UInt8(LXW_PATTERN_NONE.rawValue)
        case .solid: UInt8(LXW_PATTERN_SOLID.rawValue)
        case .mediumGray: UInt8(LXW_PATTERN_MEDIUM_GRAY.rawValue)
        case .darkGray: UInt8(LXW_PATTERN_DARK_GRAY.rawValue)
        case .lightGray: UInt8(LXW_PATTERN_LIGHT_GRAY.rawValue)
        case .gray125: UInt8(LXW_PATTERN_GRAY_125.rawValue)
        }
    }

    /// The C struct for a validated date.
    static func datetime(_ value: ExcelDateTime) -> lxw_datetime {
        lxw_datetime(year: Int32(value.year), month: Int32(value.month), day: Int32(value.day),
                     hour: Int32(value.hour), min: Int32(value.minute), sec: value.second)
    }
}
