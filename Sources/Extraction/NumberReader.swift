/// A number read from the tokens: digits or words, with fractions, scale words and "point" decimals applied.
struct NumberMatch: Equatable {
    var value: Double
    /// Token index just past the number.
    var end: Int
    /// Written (at least partly) in words.
    var inWords = false
    /// A share of a whole: "half", "a third", "two-thirds", "1/4".
    var fractionOfWhole = false
    /// A scale word or abbreviation was applied ("million", "bn", "k").
    var scaled = false
    /// Number of number atoms (words or digit tokens) read.
    var atoms = 0
    /// A digit fraction that is not a proper fraction ("24/7", "1/0"): never a quantity.
    var badSlash = false
}

/// Reads numbers at a token position. The grammar covers digits with scale words ("1.5 million", "10k"),
/// words ("one hundred and twenty", "forty-two", "a dozen", "two and a half million"), fractions ("three-quarters",
/// "1/4", "2 1/2"), "point" decimals ("two point five") and signs ("minus ten").
struct NumberReader {
    let tokens: [Token]
    let scalars: ScalarText

    private enum Atom { case none, article, small, teen, tens, tensSmall, hundred, scale, dozen, digits, fraction, and }

    /// The keys and lexicons `read` tests, fetched once per document: each read of a global or static `let` is a
    /// call to `swift_once`. One reference, so that copying the reader stays a few words.
    private let lexicon: Tables = .shared

    /// The word keys and lexicons of the reader.
    private final class Tables: Sendable {
        static let shared = Tables()

        let and = CommonWord.and
        let of = CommonWord.of
        let a = CommonWord.a
        let an = CommonWord.an
        let half = WordKey.of("half")
        let quarter = WordKey.of("quarter")
        let plus = WordKey.of("plus")
        let or = CommonWord.or
        let k = CommonWord.k
        let millions = CommonWord.millions
        let numberWords = Lexicon.numberWords
        let scaleAbbreviations = Lexicon.scaleAbbreviations
        /// The words of more than one letter that may go on a number in digits, for `loneDigits`' one lookup:
        /// `extends` (a number word or "and"), `scale` (an abbreviation read spaced or attached), `attachedScale`
        /// (an abbreviation read only attached).
        let wordsAfterDigits: KeyMap<UInt8> = {
            var d: [UInt64: UInt8] = [:]
            for key in Lexicon.scaleAbbreviations.allKeys {
                if let abbreviation = Lexicon.scaleAbbreviations[key] {
                    d[key, default: 0] |= abbreviation.spaced ? NumberReader.scale : NumberReader.attachedScale
                }
            }
            for key in Lexicon.numberWords.allKeys + [CommonWord.and] { d[key, default: 0] |= NumberReader.extends }
            return KeyMap(d)
        }()
    }

    private static let extends: UInt8 = 1
    private static let scale: UInt8 = 2
    private static let attachedScale: UInt8 = 4

    init(tokens: [Token], scalars: ScalarText) {
        self.tokens = tokens
        self.scalars = scalars
    }

    private func numberWord(_ k: Int, _ limit: Int) -> NumberWord? {
        guard k < limit, tokens[k].isWord else { return nil }
        return lexicon.numberWords[tokens[k].key]
    }

    private func isScaleLike(_ k: Int, _ limit: Int) -> Bool {
        switch numberWord(k, limit) {
        case .hundred?, .scale?, .dozen?: return true
        default: return false
        }
    }

    private func isFractionWord(_ k: Int, _ limit: Int) -> Bool {
        if case .fraction? = numberWord(k, limit) { return true }
        return false
    }

    /// True when token `k` starts a small number word followed by a fraction word ("three fifths", "one-half").
    private func startsWordFraction(_ k: Int, _ limit: Int) -> Bool {
        switch numberWord(k, limit) {
        case .small?, .article?:
            var j = k + 1
            if j < limit, tokens[j].isSymbol("-") { j += 1 }
            return isFractionWord(j, limit)
        default: return false
        }
    }

    /// Scale from a letter written right after digits ("10k", "1.2b", "$5m", "€10B", "$2.174T").
    private func letterScale(_ t: Token, attached: Bool, currency: Bool) -> Double? {
        guard t.isWord else { return nil }
        if t.length == 1 {
            guard attached else { return t.key == lexicon.k ? 1e3 : nil }
            switch scalars.first(t).value {
            case 0x6B, 0x4B: return 1e3  // k K
            case 0x4D: return 1e6  // M
            case 0x6D: return currency ? 1e6 : nil  // m: metres unless money
            case 0x62, 0x42: return 1e9  // b B
            case 0x54: return currency ? 1e12 : nil  // T
            default: return nil
            }
        }
        if let abbreviation = lexicon.scaleAbbreviations[t.key], attached || abbreviation.spaced {
            return abbreviation.value
        }
        return nil
    }

    /// Most numbers of a text are one token of digits that nothing after it extends ("in 2023,", "40 percent"): this
    /// reads them as `read` would, without the state of the full grammar. Nil when the token is not such a number.
    @inline(__always)
    private func loneDigits(at i: Int, limit: Int, currency: Bool) -> NumberMatch? {
        guard i < limit, i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        guard t.isNumber, !t.flags.contains(.inLink), !t.flags.contains(.vulgarFraction) else { return nil }
        let k = i + 1
        if k < limit {
            let next = tokens[k]
            switch next.kind {
            case .number:
                // "2 1/2", "2½", or digits the grammar may join after a scale: left to `read`.
                return nil
            case .symbol:
                // "1/4" and "3 & 4" are read by the grammar; a comma joins only after a scale word.
                if next.key == 0x2F || next.key == 0x26 { return nil }
            case .word:
                // A scale letter or abbreviation ("10k", "5 bn"), a number word ("5 million", "5 hundred") or "and"
                // ("5 and a half") may go on.
                if next.length == 1 {
                    if lexicon.numberWords[next.key] != nil { return nil }
                    if letterScale(next, attached: !next.spaceBefore, currency: currency) != nil { return nil }
                } else if let role = lexicon.wordsAfterDigits[next.key] {
                    // One lookup for what `letterScale` and the number words would say of a longer word.
                    if role & (Self.extends | Self.scale) != 0 { return nil }
                    if role & Self.attachedScale != 0 && !next.spaceBefore { return nil }
                }
            }
        }
        var match = NumberMatch(value: (0.0 + t.value) * 1.0, end: k)
        match.atoms = 1
        return match
    }

    /// Reads the number starting at token `i`; `currency` says a currency marker precedes it.
    ///
    /// Inlined so that the common lone number costs its caller no call and no optional match passed through memory.
    @inline(__always)
    func read(at i: Int, limit: Int, currency: Bool = false) -> NumberMatch? {
        if let lone = loneDigits(at: i, limit: limit, currency: currency) { return lone }
        return readByGrammar(at: i, limit: limit, currency: currency)
    }

    /// The scale word after the short number at `k` (digits, or a number word such as "three" or "twenty-three"),
    /// if one follows it: "3 million" → 1e6.
    private func scaleOfNumber(at k: Int, limit: Int) -> Double? {
        guard k < limit else { return nil }
        var j = k + 1
        if !tokens[k].isNumber {
            guard numberWord(k, limit) != nil else { return nil }
            if j + 1 < limit, tokens[j].isSymbol("-"), numberWord(j + 1, limit) != nil { j += 2 }
        }
        if case .scale(let v)? = numberWord(j, limit) { return v }
        return nil
    }

    /// `read` without the lone-digits shortcut: the whole grammar at every token.
    func readByGrammar(at i: Int, limit: Int, currency: Bool = false) -> NumberMatch? {
        var k = i
        var sign = 1.0
        if case .minus? = numberWord(k, limit), k + 1 < limit,
           tokens[k + 1].isNumber || numberWord(k + 1, limit) != nil
        {
            // "plus or minus 2.8 points" is a margin, not a negative number: it is read from its digits.
            if k >= 2, tokens[k - 1].isWord, tokens[k - 1].key == lexicon.or, tokens[k - 2].isWord,
               tokens[k - 2].key == lexicon.plus
            {
                return nil
            }
            sign = -1
            k += 1
        }
        var total = 0.0
        var current = 0.0
        var small = 0.0
        var last = Atom.none
        var beforeAnd = Atom.none
        var lastScale = 0.0
        var match = NumberMatch(value: 0, end: i)
        var integerSeen = false
        var fractionSeen = false
        var scaleAfterFraction = false
        // "$5 billion two years earlier": words do not go on a number written in digits after its scale.
        var startedWithDigits = false

        loop: while k < limit {
            let t = tokens[k]
            if t.flags.contains(.inLink) { break }
            if t.isNumber {
                let allowedAfter = last == .none || last == .scale || last == .hundred
                    || (last == .and && (beforeAnd == .hundred || beforeAnd == .scale))
                guard allowedAfter else { break }
                if last != .none {
                    // "4 thousand 3 hundred and 21": only plain integers smaller than what came before.
                    guard t.isPlainInteger, t.spaceBefore, t.value < max(lastScale, 100) else { break }
                    current += t.value
                    small = t.value
                    last = .digits
                    match.atoms += 1
                    match.end = k + 1
                    k += 1
                    continue
                }
                if t.flags.contains(.vulgarFraction) {
                    current = t.value
                    fractionSeen = true
                    last = .fraction
                    match.atoms += 1
                    match.end = k + 1
                    k += 1
                    continue
                }
                current = t.value
                small = t.value
                integerSeen = true
                startedWithDigits = true
                match.atoms += 1
                k += 1
                match.end = k
                last = .digits
                // Digit fractions: "1/4", "-4/5", and mixed numbers "2 1/2", "10 1/2", "2½".
                if k + 1 < limit, tokens[k].isSymbol("/"), !tokens[k].spaceBefore, tokens[k + 1].isNumber,
                   !tokens[k + 1].spaceBefore
                {
                    let den = tokens[k + 1].value
                    let chained = k + 2 < limit && (tokens[k + 2].isSymbol("/") || tokens[k + 2].isSymbol("-"))
                        && !tokens[k + 2].spaceBefore
                    // Fractions have the denominators of halves to tenths, dozens, inches and percent; "9/11" and
                    // "3/15" are dates, unless "of" makes them a share ("1/40 of the wavelength").
                    let usualDenominator = den <= 10 || den == 12 || den == 16 || den == 32 || den == 64 || den == 100
                    let ofAfter = k + 2 < limit && tokens[k + 2].isWord && tokens[k + 2].key == CommonWord.of
                    if t.isPlainInteger, tokens[k + 1].isPlainInteger, den > 0, t.value < den, den <= 100, !chained,
                       usualDenominator || ofAfter
                    {
                        current = t.value / den
                        fractionSeen = true
                        integerSeen = false
                        last = .fraction
                        k += 2
                        match.end = k
                    } else {
                        match.badSlash = true
                        match.end = k + 2
                        match.value = sign * t.value
                        return match
                    }
                } else if k + 2 < limit, t.isPlainInteger, tokens[k].isNumber, tokens[k].isPlainInteger,
                          tokens[k].spaceBefore, tokens[k + 1].isSymbol("/"), !tokens[k + 1].spaceBefore,
                          tokens[k + 2].isNumber, tokens[k + 2].isPlainInteger, !tokens[k + 2].spaceBefore,
                          tokens[k].value < tokens[k + 2].value, tokens[k + 2].value <= 100
                {
                    current += tokens[k].value / tokens[k + 2].value
                    k += 3
                    match.end = k
                } else if k < limit, tokens[k].flags.contains(.vulgarFraction), !tokens[k].spaceBefore {
                    current += tokens[k].value
                    k += 1
                    match.end = k
                }
                // Scale letters and abbreviations: "10k", "1.2b", "$5m", "2.33 k", "10 bln".
                // "45 K–12 schools": a grade range, not thousands.
                if k < limit, let scale = letterScale(tokens[k], attached: !tokens[k].spaceBefore, currency: currency),
                   !(tokens[k].spaceBefore && k + 2 < limit && tokens[k + 1].isSymbol("-") && tokens[k + 2].isNumber
                     && tokens[k + 2].value <= 12 && !tokens[k + 1].spaceBefore)
                {
                    total += current * scale
                    current = 0
                    small = 0
                    lastScale = scale
                    last = .scale
                    match.scaled = true
                    k += 1
                    match.end = k
                }
                continue
            }
            if t.isWord, let word = lexicon.numberWords[t.key] {
                switch word {
                case .small(let v):
                    if startedWithDigits, last == .scale { break loop }
                    if last == .tens, v >= 1, v <= 9 {
                        current += v
                        small += v
                        last = .tensSmall
                    } else if last == .none || last == .hundred || last == .scale || last == .and || last == .dozen {
                        current += v
                        small = v
                        last = v < 10 ? .small : .teen
                    } else {
                        break loop
                    }
                    integerSeen = true
                case .tens(let v):
                    guard !(startedWithDigits && last == .scale),
                          last == .none || last == .hundred || last == .scale || last == .and || last == .dozen
                    else {
                        break loop
                    }
                    current += v
                    small = v
                    last = .tens
                    integerSeen = true
                case .hundred:
                    switch last {
                    case .small, .teen, .tens, .tensSmall, .digits:
                        current = (current - small) + small * 100
                    case .article:
                        current = 100
                    default:
                        break loop
                    }
                    small = 0
                    last = .hundred
                    match.scaled = true
                    integerSeen = true
                case .scale(let v):
                    switch last {
                    case .small, .teen, .tens, .tensSmall, .hundred, .digits:
                        total += current * v
                    case .article:
                        total += v
                    case .fraction:
                        total += current * v
                        scaleAfterFraction = true
                    default:
                        break loop
                    }
                    current = 0
                    small = 0
                    lastScale = v
                    last = .scale
                    match.scaled = true
                    integerSeen = true
                case .dozen:
                    switch last {
                    case .small, .teen, .tens, .tensSmall, .digits:
                        current = (current - small) + small * 12
                    case .article:
                        current = 12
                    case .fraction:
                        current *= 12
                        scaleAfterFraction = true
                    default:
                        break loop
                    }
                    small = 0
                    last = .dozen
                    integerSeen = true
                case .fraction(let den, _):
                    var numerator: Double
                    switch last {
                    case .small, .teen, .tens, .tensSmall:
                        numerator = small
                        current -= small
                    case .article:
                        numerator = 1
                    case .none:
                        // "half" alone is a fraction; "quarter" only before a scale ("quarter million").
                        if t.key == lexicon.half {
                            numerator = 1
                        } else if t.key == lexicon.quarter, case .scale? = numberWord(k + 1, limit) {
                            numerator = 1
                        } else {
                            break loop
                        }
                    default:
                        break loop
                    }
                    if numerator <= 0 { break loop }
                    var part = numerator / den
                    // "one million and a half": the fraction is of the scale.
                    if beforeAnd == .scale, lastScale > 0 { part *= lastScale }
                    current += part
                    small = 0
                    last = .fraction
                    fractionSeen = true
                    // "two-thirds": the small number was a numerator, not a whole part.
                    integerSeen = current - part != 0 || total != 0
                    // "two thirds of a million".
                    if k + 3 < limit, tokens[k + 1].isWord, tokens[k + 1].key == lexicon.of,
                       tokens[k + 2].isWord, tokens[k + 2].key == lexicon.a || tokens[k + 2].key == lexicon.an,
                       case .scale(let v)? = numberWord(k + 3, limit)
                    {
                        total += current * v
                        current = 0
                        scaleAfterFraction = true
                        match.scaled = true
                        match.atoms += 1
                        match.inWords = true
                        k += 4
                        match.end = k
                        last = .scale
                        lastScale = v
                        continue
                    }
                case .article:
                    // "a" counts only before "hundred", a scale, "dozen" or a fraction word.
                    guard last == .none || last == .and || last == .fraction else { break loop }
                    var j = k + 1
                    if j < limit, tokens[j].isSymbol("-") { j += 1 }
                    let next = numberWord(j, limit)
                    switch next {
                    case .hundred?, .scale?, .dozen?:
                        if last == .fraction {
                            guard j == k + 1 else { break loop }
                        } else if case .scale? = next, case .scale? = numberWord(j, limit), tokens[j].key == lexicon.millions {
                            break loop
                        }
                    case .fraction?:
                        guard last != .fraction else { break loop }
                    default:
                        break loop
                    }
                    if last == .fraction {
                        // "half a dozen", "half a million": keep the fraction as the multiplier.
                        k += 1
                        continue
                    }
                    last = .article
                    k += 1
                    continue
                case .point:
                    guard last == .small || last == .teen || last == .tens || last == .tensSmall
                        || last == .hundred || last == .scale
                    else { break loop }
                    var j = k + 1
                    var fraction = 0.0
                    var scale = 0.1
                    var any = false
                    // Digits after "point" are read one word at a time: "zero three" → .03, "seventy-one" → .71.
                    pointLoop: while j < limit, let w = numberWord(j, limit) {
                        switch w {
                        case .small(let v) where v < 10:
                            fraction += v * scale
                            scale /= 10
                        case .small(let v):
                            fraction += v / 100 * (scale * 10)
                            scale /= 100
                        case .tens(let v):
                            var two = v
                            var jj = j + 1
                            if jj < limit, tokens[jj].isSymbol("-") { jj += 1 }
                            if case .small(let u)? = numberWord(jj, limit), u >= 1, u <= 9 {
                                two += u
                                j = jj
                            }
                            fraction += two / 100 * (scale * 10)
                            scale /= 100
                        default:
                            break pointLoop
                        }
                        any = true
                        j += 1
                    }
                    guard any else { break loop }
                    current += fraction
                    k = j
                    match.end = k
                    match.inWords = true
                    last = .fraction
                    integerSeen = true
                    continue
                case .minus:
                    break loop
                }
                match.atoms += 1
                match.inWords = true
                k += 1
                match.end = k
                // Joiners inside a number in words: hyphens ("forty-two", "two-thirds") and spaced dashes.
                if k + 1 < limit, tokens[k].isSymbol("-") {
                    let nextWord = numberWord(k + 1, limit)
                    var join = false
                    if last == .tens, case .small(let u)? = nextWord, u >= 1, u <= 9 { join = true }
                    if last == .small || last == .teen || last == .tensSmall || last == .article,
                       case .fraction? = nextWord
                    {
                        join = true
                    }
                    if join { k += 1 }
                }
                continue
            }
            // "and" / "&" inside a number.
            if (t.isWord && t.key == lexicon.and) || t.isSymbol("&") {
                let next = k + 1
                var ok = false
                // "2 million and 3 million" are two numbers: a scale as large as the last one after "and" ends this
                // one before "and" ("two million and three hundred thousand" is one).
                if last == .scale, let v = scaleOfNumber(at: next, limit: limit), v >= lastScale {
                    break
                }
                if last == .hundred || last == .scale || last == .dozen {
                    if next < limit, tokens[next].isNumber, tokens[next].isPlainInteger { ok = true }
                    if let w = numberWord(next, limit) {
                        switch w {
                        case .small, .tens: ok = true
                        case .article: ok = isFractionWord(next + 1, limit)
                        default: break
                        }
                    }
                }
                if !ok, last != .fraction, last != .none, last != .article, startsWordFraction(next, limit) {
                    ok = true
                }
                if !ok, last != .fraction, last != .none, last != .article, case .small? = numberWord(next, limit) {
                    // "one hundred and three and two thirds": a small number then a fraction word.
                    var j = next + 1
                    if j < limit, tokens[j].isSymbol("-") { j += 1 }
                    ok = isFractionWord(j, limit)
                }
                guard ok else { break }
                beforeAnd = last
                last = .and
                k += 1
                continue
            }
            // "three million, two hundred": a comma after a scale word, before more number words.
            if t.isSymbol(","), last == .scale, match.inWords, let w = numberWord(k + 1, limit) {
                if case .small = w { k += 1; continue }
                if case .tens = w { k += 1; continue }
                break
            }
            break
        }
        if last == .and || last == .article { /* a dangling joiner is not part of the number */ }
        guard match.atoms > 0 || fractionSeen else { return nil }
        let value = (total + current) * sign
        match.value = value
        match.fractionOfWhole = fractionSeen && !integerSeen && !scaleAfterFraction && abs(value) < 1 + 1e-9
            && total == 0
        if match.end <= i { return nil }
        return match
    }
}
