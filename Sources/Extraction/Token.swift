/// One token of the text: a word, a number written in digits, or a single symbol. Offsets count Unicode scalars.
struct Token {
    /// What a token is.
    enum Kind: UInt8 {
        case word, number, symbol
    }

    /// Facts about a token and the space before it.
    struct Flags: OptionSet {
        let rawValue: UInt32
        static let spaceBefore = Flags(rawValue: 1 << 0)
        static let lineBreakBefore = Flags(rawValue: 1 << 1)
        static let blankLineBefore = Flags(rawValue: 1 << 2)
        static let capitalized = Flags(rawValue: 1 << 3)
        static let allCaps = Flags(rawValue: 1 << 4)
        static let grouped = Flags(rawValue: 1 << 5)
        static let decimal = Flags(rawValue: 1 << 6)
        static let leadingZero = Flags(rawValue: 1 << 7)
        static let versionLike = Flags(rawValue: 1 << 8)
        /// Inside a URL or e-mail address: never part of a fact.
        static let inLink = Flags(rawValue: 1 << 9)
        static let spaceGrouped = Flags(rawValue: 1 << 10)
        static let vulgarFraction = Flags(rawValue: 1 << 11)
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Words: `WordKey` of the lower-cased word; symbols: the scalar value (dashes folded to "-").
    var key: UInt64
    /// Numbers: the value.
    var value: Double
    var flags: Flags
    /// Numbers: digits before the decimal point.
    var intDigits: Int16
    /// Numbers: digits after the decimal point.
    var fracDigits: Int16
    /// Words: what the lexicons say about the word.
    var wordClass: WordClass = []

    @inline(__always) var isWord: Bool { kind == .word }
    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var isSymbol: Bool { kind == .symbol }
    @inline(__always) var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inline(__always) var lineBreakBefore: Bool { flags.contains(.lineBreakBefore) }
    @inline(__always) var isCapitalized: Bool { flags.contains(.capitalized) }
    @inline(__always) var inLink: Bool { flags.contains(.inLink) }
    @inline(__always) var length: Int { end - start }

    /// True for a symbol token of the given ASCII character.
    @inline(__always)
    func isSymbol(_ c: Unicode.Scalar) -> Bool { kind == .symbol && key == UInt64(c.value) }

    /// A plain integer written without grouping or decimals (how years, days and identifiers look).
    var isPlainInteger: Bool {
        kind == .number && !flags.contains(.grouped) && !flags.contains(.decimal) && !flags.contains(.vulgarFraction)
    }

    /// A four-digit integer that reads as a calendar year.
    var isYearLike: Bool {
        isPlainInteger && intDigits == 4 && value >= 1000 && value <= 2100
    }
}
