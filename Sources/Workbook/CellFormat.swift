/// How a cell looks: number format, font, alignment, borders and fill. A plain value; the workbook turns each
/// distinct value into one libxlsxwriter format (see `Workbook.register(_:)`).
public struct CellFormat: Hashable, Sendable {
    /// An Excel number format such as `#,##0`, `0.0%` or `"$"#,##0.0,,," bn"`; nil keeps General.
    public var numberFormat: String?
    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Underline style.
    public var underline: Underline
    /// Wrap text inside the cell.
    public var wrap: Bool
    /// Horizontal alignment.
    public var horizontalAlignment: HorizontalAlignment
    /// Vertical alignment.
    public var verticalAlignment: VerticalAlignment
    /// Indent level (0–15), used with left or right alignment.
    public var indent: Int
    /// Border on all four sides; the per-side values below override it when set.
    public var border: BorderStyle
    /// Top border, overriding `border`.
    public var topBorder: BorderStyle?
    /// Bottom border, overriding `border`.
    public var bottomBorder: BorderStyle?
    /// Left border, overriding `border`.
    public var leftBorder: BorderStyle?
    /// Right border, overriding `border`.
    public var rightBorder: BorderStyle?
    /// Colour of every border drawn.
    public var borderColor: Color?
    /// Fill pattern; a background colour alone implies `.solid`.
    public var fillPattern: FillPattern
    /// Fill colour (the cell's background).
    public var backgroundColor: Color?
    /// Pattern foreground colour (for non-solid patterns).
    public var patternColor: Color?
    /// Font size in points; nil keeps the default 11.
    public var fontSize: Double?
    /// Font colour.
    public var fontColor: Color?
    /// Font name; nil keeps Calibri.
    public var fontName: String?

    /// A format; every argument defaults to Excel's default look.
    public init(numberFormat: String? = nil, bold: Bool = false, italic: Bool = false, underline: Underline = .none,
                wrap: Bool = false, horizontalAlignment: HorizontalAlignment = .general,
                verticalAlignment: VerticalAlignment = .bottom, indent: Int = 0, border: BorderStyle = .none,
                topBorder: BorderStyle? = nil, bottomBorder: BorderStyle? = nil, leftBorder: BorderStyle? = nil,
                rightBorder: BorderStyle? = nil, borderColor: Color? = nil, fillPattern: FillPattern = .none,
                backgroundColor: Color? = nil, patternColor: Color? = nil, fontSize: Double? = nil,
                fontColor: Color? = nil, fontName: String? = nil) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.wrap = wrap
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.indent = indent
        self.border = border
        self.topBorder = topBorder
        self.bottomBorder = bottomBorder
        self.leftBorder = leftBorder
        self.rightBorder = rightBorder
        self.borderColor = borderColor
        self.fillPattern = fillPattern
        self.backgroundColor = backgroundColor
        self.patternColor = patternColor
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fontName = fontName
    }

    /// Excel's default look (General number format, Calibri 11).
    public static let plain = CellFormat()

    /// Returns a copy with `change` applied, for building variants: `header.with { $0.wrap = true }`.
    public func with(_ change: (inout CellFormat) -> Void) -> CellFormat {
        var copy = self
        change(&copy)
        return copy
    }
}

/// A 24-bit RGB colour.
public struct Color: Hashable, Sendable {
    /// The colour as 0xRRGGBB.
    public let rgb: UInt32

    /// A colour from 0xRRGGBB; higher bits are ignored.
    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    /// A colour from a hex string like `#1F4E79` or `1F4E79`; nil when it is not six hex digits.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.rgb = value
    }

    /// Black.
    public static let black = Color(rgb: 0x000000)
    /// White.
    public static let white = Color(rgb: 0xFFFFFF)
    /// Red.
    public static let red = Color(rgb: 0xFF0000)
    /// Green.
    public static let green = Color(rgb: 0x008000)
    /// Blue.
    public static let blue = Color(rgb: 0x0000FF)
    /// Mid grey.
    public static let gray = Color(rgb: 0x808080)
}

/// Underline styles.
public enum Underline: Hashable, Sendable {
    /// No underline.
    case none
    /// Single line.
    case single
    /// Double line.
    case double
    /// Single accounting line (full cell width).
    case singleAccounting
    /// Double accounting line.
    case doubleAccounting
}

/// Horizontal alignment inside a cell.
public enum HorizontalAlignment: Hashable, Sendable {
    /// Excel's default: text left, numbers right.
    case general
    /// Left.
    case left
    /// Centre.
    case center
    /// Right.
    case right
    /// Repeat the content to fill the cell.
    case fill
    /// Justify.
    case justify
    /// Centre across the selection (adjacent empty cells).
    case centerAcross
    /// Distributed.
    case distributed
}

/// Vertical alignment inside a cell.
public enum VerticalAlignment: Hashable, Sendable {
    /// Bottom (Excel's default).
    case bottom
    /// Top.
    case top
    /// Centre.
    case center
    /// Justify.
    case justify
    /// Distributed.
    case distributed
}

/// Cell border line styles.
public enum BorderStyle: Hashable, Sendable {
    /// No border.
    case none
    /// Thin line.
    case thin
    /// Medium line.
    case medium
    /// Dashed line.
    case dashed
    /// Dotted line.
    case dotted
    /// Thick line.
    case thick
    /// Double line.
    case double
    /// Hairline.
    case hair
}

/// Cell fill patterns.
public enum FillPattern: Hashable, Sendable {
    /// No fill (unless a background colour is set, which implies solid).
    case none
    /// Solid fill.
    case solid
    /// 50% grey dots.
    case mediumGray
    /// 75% grey dots.
    case darkGray
    /// 25% grey dots.
    case lightGray
    /// 12.5% grey dots.
    case gray125
}
