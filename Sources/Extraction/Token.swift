/// One token of the text: a word, a number written in digits, or a single symbol. Offsets count Unicode scalars.
///
/// Forty bytes: a document makes about one token per five bytes of text, and every pass reads them, so offsets are
/// stored in 32 bits (in scalars for facts, in bytes for reading the text) (documents are far below 2³¹ scalars; sources are capped at 64 MB) and fields are ordered to
/// pack.
struct Token {
    /// What a token is.
    enum Kind: UInt8 {
        case word, number, symbol
    }

    /// Facts about a token and the space before it.
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let spaceBefore = Flags(rawValue: 1 << 0)
        static let lineBreakBefore = Flags(rawValue: 1 << 1)
        static let blankLineBefore = Flags(rawValue: 1 << 2)
        static let grouped = Flags(rawValue: 1 << 3)
        static let allCaps = Flags(rawValue: 1 << 4)
        /// Bit 5, where ASCII tells lower case from upper: the tokenizer sets it from a word's first letter.
        static let capitalized = Flags(rawValue: 1 << 5)
        static let decimal = Flags(rawValue: 1 << 6)
        static let leadingZero = Flags(rawValue: 1 << 7)
        static let versionLike = Flags(rawValue: 1 << 8)
        /// Inside a URL or e-mail address: never part of a fact.
        static let inLink = Flags(rawValue: 1 << 9)
        static let spaceGrouped = Flags(rawValue: 1 << 10)
        static let vulgarFraction = Flags(rawValue: 1 << 11)
        /// A tab among the whitespace before the token.
        static let tabBefore = Flags(rawValue: 1 << 12)
    }

    /// Words: `WordKey` of the lower-cased word; symbols: the scalar value (dashes folded to "-").
    var key: UInt64
    /// Numbers: the value.
    var value: Double
    private var start32: Int32
    private var end32: Int32
    private var byteStart32: Int32
    private var byteEnd32: Int32
    var flags: Flags
    /// Numbers: digits before the decimal point (up to 255).
    var intDigits: UInt8
    /// Numbers: digits after the decimal point (up to 255).
    var fracDigits: UInt8
    /// Words: what the lexicons say about the word. Numbers and symbols: the sentence marks they make
    /// (`WordClass.ofSymbol`; numbers may start a quantity), so that a sentence's marks are one OR over its tokens.
    var wordClass: WordClass
    var kind: Kind

    init(kind: Kind, start: Int, end: Int, byteStart: Int, byteEnd: Int, key: UInt64, value: Double, flags: Flags,
         intDigits: UInt8, fracDigits: UInt8, wordClass: WordClass = [])
    {
        self.kind = kind
        self.wordClass = wordClass
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        byteStart32 = Int32(truncatingIfNeeded: byteStart)
        byteEnd32 = Int32(truncatingIfNeeded: byteEnd)
        self.key = key
        self.value = value
        self.flags = flags
        self.intDigits = intDigits
        self.fracDigits = fracDigits
    }

    /// Where `flags` lies: it and the fields after it (digit counts, class, kind, then padding) make the last eight
    /// bytes, which `write` stores at once. A test checks the layout.
    @inline(__always) static var tailOffset: Int { 32 }

    /// Writes the token `init` makes with no value and no digits at `o`, for the tokenizer's shortcuts: the flags,
    /// class and kind go in one store of eight bytes rather than five narrow ones.
    @inline(__always)
    static func write(_ o: UnsafeMutablePointer<Token>, kind: Kind, start: Int, end: Int, byteStart: Int, byteEnd: Int,
                      key: UInt64, flags: UInt16, wordClass: WordClass)
    {
        o.initialize(to: Token(kind: kind, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd, key: key,
                               value: 0, flags: [], intDigits: 0, fracDigits: 0))
        let tail = UInt64(flags) | UInt64(wordClass.rawValue) << 32 | UInt64(kind.rawValue) << 40
        UnsafeMutableRawPointer(o).storeBytes(of: tail, toByteOffset: tailOffset, as: UInt64.self)
    }

    /// The scalar offset where the token starts.
    @inline(__always) var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }

    /// The UTF-8 offset where the token starts.
    @inline(__always) var byteStart: Int { Int(byteStart32) }

    /// The UTF-8 offset just after the token.
    @inline(__always) var byteEnd: Int { Int(byteEnd32) }

    /// The scalar offset just after the token.
    @inline(__always) var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }

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
    @inline(__always) var isPlainInteger: Bool {
        kind == .number && !flags.contains(.grouped) && !flags.contains(.decimal) && !flags.contains(.vulgarFraction)
    }

    /// A four-digit integer that reads as a calendar year.
    @inline(__always) var isYearLike: Bool {
        isPlainInteger && intDigits == 4 && value >= 1000 && value <= 2100
    }
}
