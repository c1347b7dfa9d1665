/// Splits text (as Unicode scalars) into tokens in one pass: words, numbers with their grouping and decimals,
/// and single symbols. Whitespace is not a token; it is recorded as a flag on the token that follows.
struct Tokenizer {
    /// The text, borrowed for the duration of `tokenize()` (no bounds checks or array retains in the hot loops;
    /// every access below is guarded by an explicit `< n` test).
    let scalars: UnsafeBufferPointer<Unicode.Scalar>

    /// Tokenizes the whole text.
    func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 8)
        let n = scalars.count
        var i = 0
        var pending: Token.Flags = []
        var newlines = 0
        let classes = WordClass.table
        while i < n {
            let s = scalars[i]
            // Plain spaces and ASCII words first: most of the text (the checks below cannot match them).
            if s.value == 0x20 {
                pending.insert(.spaceBefore)
                i += 1
                continue
            }
            if ScalarClass.isASCIILetter(s) {
                newlines = 0
                var token = readWord(at: i)
                token.wordClass = classes[token.key] ?? []
                token.flags.formUnion(pending)
                pending = []
                tokens.append(token)
                i = token.end
                continue
            }
            if ScalarClass.isSpace(s) {
                pending.insert(.spaceBefore)
                i += 1
                continue
            }
            if ScalarClass.isLineBreak(s) {
                // "\r\n" counts as one line break.
                if !(s.value == 0x0D && i + 1 < n && scalars[i + 1].value == 0x0A) { newlines += 1 }
                pending.insert(.spaceBefore)
                pending.insert(.lineBreakBefore)
                if newlines >= 2 { pending.insert(.blankLineBefore) }
                i += 1
                continue
            }
            newlines = 0
            var token: Token
            if ScalarClass.isDigit(s) {
                token = readNumber(at: i)
            } else if s.value == 0x2E, i + 1 < n, ScalarClass.isDigit(scalars[i + 1]),
                      i == 0 || ScalarClass.isSpace(scalars[i - 1]) || ScalarClass.isLineBreak(scalars[i - 1])
                        || scalars[i - 1].value == 0x28
            {
                // ".08": a decimal written without its leading zero.
                token = readNumber(at: i)
            } else if ScalarClass.isLetter(s) {
                token = readWord(at: i)
                token.wordClass = classes[token.key] ?? []
            } else if let fraction = ScalarClass.vulgarFraction(s.value) {
                token = Token(kind: .number, start: i, end: i + 1, key: 0, value: fraction, flags: [.vulgarFraction],
                              intDigits: 0, fracDigits: 0)
            } else {
                let v = s.value
                let key: UInt32
                if ScalarClass.isDash(v) {
                    key = 0x2D
                } else if v == 0x2019 || v == 0x2018 || v == 0x60 || v == 0xB4 || v == 0x2032 {
                    key = 0x27
                } else if v == 0x201C || v == 0x201D || v == 0x201E || v == 0x2033 {
                    key = 0x22
                } else {
                    key = v
                }
                token = Token(kind: .symbol, start: i, end: i + 1, key: UInt64(key), value: 0, flags: [],
                              intDigits: 0, fracDigits: 0)
            }
            token.flags.formUnion(pending)
            pending = []
            tokens.append(token)
            i = token.end
        }
        markLinks(&tokens)
        return tokens
    }

    /// Reads a word: letters and combining marks, hashed as it goes.
    private func readWord(at start: Int) -> Token {
        var hash = WordKey.empty
        var j = start
        var upper = 0
        var lower = 0
        let n = scalars.count
        // ASCII letters: fold and hash one byte each without the general Unicode checks.
        while j < n {
            let v = scalars[j].value
            if v >= 97 && v <= 122 {
                lower &+= 1
                hash = (hash ^ UInt64(v)) &* 0x0000_0100_0000_01b3
            } else if v >= 65 && v <= 90 {
                upper &+= 1
                hash = (hash ^ UInt64(v + 32)) &* 0x0000_0100_0000_01b3
            } else {
                break
            }
            j += 1
        }
        while j < n, ScalarClass.isLetter(scalars[j]) {
            let s = scalars[j]
            if ScalarClass.isUpper(s) { upper += 1 } else if ScalarClass.isLower(s) { lower += 1 }
            hash = WordKey.fold(s, into: hash)
            j += 1
        }
        var flags: Token.Flags = []
        if ScalarClass.isUpper(scalars[start]) { flags.insert(.capitalized) }
        if upper > 0 && lower == 0 { flags.insert(.allCaps) }
        return Token(kind: .word, start: start, end: j, key: hash, value: 0, flags: flags, intDigits: 0, fracDigits: 0)
    }

    @inline(__always)
    private func digit(_ j: Int) -> Bool { j < scalars.count && ScalarClass.isDigit(scalars[j]) }

    @inline(__always)
    private func digitRun(from j: Int) -> Int {
        var k = j
        while k < scalars.count && ScalarClass.isDigit(scalars[k]) { k += 1 }
        return k - j
    }

    /// Reads digits with ",", Indian ("9,07,000") or space grouping, and a decimal part.
    private func readNumber(at start: Int) -> Token {
        var j = start
        var mantissa: Double = 0
        var intDigits = 0
        var fracDigits = 0
        var flags: Token.Flags = []
        let n = scalars.count
        func addDigits(_ from: Int, _ count: Int) {
            for k in from..<(from + count) {
                mantissa = mantissa * 10 + Double(scalars[k].value - 48)
            }
        }
        if scalars[j].value != 0x2E {
            let run = digitRun(from: j)
            addDigits(j, run)
            intDigits = run
            if run > 1 && scalars[j].value == 48 { flags.insert(.leadingZero) }
            j += run
            // Comma groups: all of three digits, or Indian pairs ending in a group of three.
            if run <= 3 {
                var k = j
                var groups: [Int] = []
                while k < n, scalars[k].value == 0x2C {
                    let g = digitRun(from: k + 1)
                    if g != 2 && g != 3 { break }
                    groups.append(g)
                    k += 1 + g
                }
                if let last = groups.last, last == 3 {
                    let western = groups.allSatisfy { $0 == 3 }
                    let indian = groups.dropLast().allSatisfy { $0 == 2 } && groups.count >= 2
                    if western || indian {
                        var p = j
                        for g in groups {
                            addDigits(p + 1, g)
                            p += 1 + g
                            intDigits += g
                        }
                        j = p
                        flags.insert(.grouped)
                    }
                } else if !groups.isEmpty {
                    // Take the longest valid prefix of three-digit groups ("1,234,56" keeps "1,234").
                    var p = j
                    for g in groups {
                        if g != 3 { break }
                        addDigits(p + 1, g)
                        p += 1 + g
                        intDigits += g
                        flags.insert(.grouped)
                    }
                    j = p
                }
                // Space groups ("40 000"): a single grouping space and exactly three digits, repeated.
                if !flags.contains(.grouped) {
                    var p = j
                    var any = false
                    while p + 4 <= n, ScalarClass.isGroupingSpace(scalars[p]), digitRun(from: p + 1) == 3 {
                        // "2 1/2", "2 345/7", "10 000km" and clock times do not group.
                        if p + 4 < n {
                            let after = scalars[p + 4]
                            if after.value == 0x2F || after.value == 0x3A || ScalarClass.isLetter(after) { break }
                        }
                        addDigits(p + 1, 3)
                        intDigits += 3
                        p += 4
                        any = true
                    }
                    if any {
                        j = p
                        flags.insert(.grouped)
                        flags.insert(.spaceGrouped)
                    }
                }
            }
        }
        // Decimal part.
        if j + 1 < n, scalars[j].value == 0x2E, ScalarClass.isDigit(scalars[j + 1]) {
            let run = digitRun(from: j + 1)
            addDigits(j + 1, run)
            fracDigits = run
            flags.insert(.decimal)
            j += 1 + run
            // "1.2.3": a version or section number.
            if j + 1 < n, scalars[j].value == 0x2E, ScalarClass.isDigit(scalars[j + 1]) {
                flags.insert(.versionLike)
                while j + 1 < n, scalars[j].value == 0x2E, ScalarClass.isDigit(scalars[j + 1]) {
                    j += 1 + digitRun(from: j + 1)
                }
            }
        }
        var value = mantissa
        if fracDigits > 0 { value = mantissa / Self.power10(fracDigits) }
        return Token(kind: .number, start: start, end: j, key: 0, value: value, flags: flags,
                     intDigits: Int16(min(intDigits, 999)), fracDigits: Int16(min(fracDigits, 999)))
    }

    static func power10(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// Marks tokens of URLs and e-mail addresses: whitespace-delimited chunks holding "://", "www." or "@".
    private func markLinks(_ tokens: inout [Token]) {
        var chunkStart = 0
        var i = 0
        let count = tokens.count
        // Only a chunk holding ":", "." or "@" can be a link; most chunks are plain words.
        var candidate = false
        while i <= count {
            if i == count || (i > chunkStart && tokens[i].spaceBefore) {
                if candidate, isLink(tokens, chunkStart, i) {
                    for k in chunkStart..<i { tokens[k].flags.insert(.inLink) }
                }
                chunkStart = i
                candidate = false
            }
            if i < count, tokens[i].kind == .symbol, tokens[i].key == 0x3A || tokens[i].key == 0x2E || tokens[i].key == 0x40 {
                candidate = true
            }
            i += 1
        }
    }

    private static let http = WordKey.of("http")
    private static let https = WordKey.of("https")
    private static let www = WordKey.of("www")

    private func isLink(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        var k = from
        var sawLetterBeforeAt = false
        while k < to {
            let t = tokens[k]
            if t.isWord {
                if (t.key == Self.http || t.key == Self.https), k + 1 < to, tokens[k + 1].isSymbol(":") { return true }
                if t.key == Self.www, k + 1 < to, tokens[k + 1].isSymbol(".") { return true }
                sawLetterBeforeAt = true
            } else if t.isSymbol("@"), sawLetterBeforeAt, k + 1 < to, tokens[k + 1].isWord {
                return true
            } else if t.isSymbol("/"), k + 1 < to, tokens[k + 1].isSymbol("/"), k > from, tokens[k - 1].isSymbol(":") {
                return true
            }
            k += 1
        }
        return false
    }
}
