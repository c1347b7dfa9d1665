/// Splits text into tokens in one pass over its UTF-8 bytes: words, numbers with their grouping and decimals, and
/// single symbols. Whitespace is not a token; it is recorded as a flag on the token that follows. Token offsets
/// count Unicode scalars; ASCII (most of any text) is read a byte at a time, words hashed eight bytes at a time.
struct Tokenizer {
    /// The text's UTF-8 bytes followed by at least `ScalarText.padding` zero bytes, borrowed for `tokenize()`.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of bytes of text (without the padding).
    let n: Int

    /// Where tokenizing stands when the token buffer fills up, so that it goes on in a larger one.
    private struct Progress {
        var byte = 0
        var scalar = 0
        var pending: Token.Flags = []
        var newlines = 0
        /// Tokens written so far.
        var count = 0
        /// The first token of the current whitespace-delimited chunk (a possible link).
        var chunkStart = 0
        /// Only a chunk holding ":", "." or "@" can be a link; most chunks are plain words.
        var candidate = false
    }

    /// Tokenizes the whole text, noting its lines, sentence stops and possible table headers on the way.
    ///
    /// Tokens are written straight into the array's storage (one store each, no per-token uniqueness or capacity
    /// checks of `append`); the rare text with more tokens than the first guess continues in a buffer twice as large.
    func tokenize() -> (tokens: [Token], marks: LineMarks) {
        var progress = Progress()
        var capacity = n / 4 + 16
        var tokens: [Token] = []
        var marks = LineMarks(tokens: n / 5)
        let table = WordClass.table
        while true {
            let filled = tokens
            tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = 0
                guard let out = buffer.baseAddress else { return }
                filled.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress, old.count <= buffer.count { out.initialize(from: from, count: old.count) }
                }
                table.withLookup { classes in fill(out, capacity: buffer.count, &progress, &marks, classes) }
                initialized = progress.count
            }
            if progress.byte >= n {
                marks.finish(count: progress.count)
                return (tokens, marks)
            }
            capacity *= 2
        }
    }

    /// Writes tokens into `out` from where `progress` stands until the text ends or `capacity` tokens are written.
    ///
    /// Spaces, ASCII words and ASCII symbols (nearly all of any text) are read here with few live variables;
    /// line feeds are noted here too; everything else (other line breaks, tabs, numbers, other scripts) goes through
    /// `step`, one item at a time.
    private func fill(_ out: UnsafeMutablePointer<Token>, capacity: Int, _ progress: inout Progress,
                      _ marks: inout LineMarks, _ classes: WordClassTable.Lookup)
    {
        guard let base = bytes.baseAddress else { return }
        var b = progress.byte
        var k = progress.scalar
        var pending = progress.pending
        var count = progress.count
        var chunkStart = progress.chunkStart
        var candidate = progress.candidate
        var newlines = progress.newlines
        while b < n && count < capacity {
            let c = base[b]
            if c == 0x20 {
                pending.insert(.spaceBefore)
                b &+= 1
                k &+= 1
                continue
            }
            if Self.isASCIILetter(c) {
                // ASCII letters, eight bytes at a time (SWAR): which bytes are letters, where the word stops, whether
                // it has a lower-case letter, and its key, all from one load per eight bytes.
                var e = b
                var hash: UInt64 = 0
                var lowerSeen: UInt64 = 0
                while true {
                    let chunk = UnsafeRawPointer(base + e).loadUnaligned(as: UInt64.self)
                    let folded = chunk | 0x2020_2020_2020_2020
                    let seven = folded & 0x7F7F_7F7F_7F7F_7F7F
                    // High bit of each byte: at least "a", not beyond "z", and ASCII to begin with.
                    let letters = (seven &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(seven &+ 0x0505_0505_0505_0505) & ~chunk
                    let stops = ~letters & 0x8080_8080_8080_8080
                    if stops == 0 {
                        hash = WordKey.absorb(hash, folded)
                        lowerSeen |= chunk
                        e &+= 8
                        continue
                    }
                    // The stop byte's high bit, moved down to bit 0 of that byte, less one: the bytes before it.
                    let mask = ((stops & (0 &- stops)) >> 7) &- 1
                    hash = WordKey.absorb(hash, folded & mask)
                    lowerSeen |= chunk & mask
                    e &+= stops.trailingZeroBitCount >> 3
                    break
                }
                // A word that goes on with other letters is read a scalar at a time by `step`.
                if base[e] < 0x80 || !ScalarClass.isLetter(ScalarText.decode(bytes, at: e).scalar) {
                    var flags = pending
                    pending = []
                    if flags.contains(.spaceBefore) {
                        if candidate { Self.markLink(out, from: chunkStart, to: count) }
                        chunkStart = count
                        candidate = false
                    }
                    // Bit 5 set in a letter means lower case.
                    if c < 97 { flags.insert(.capitalized) }
                    if lowerSeen & 0x2020_2020_2020_2020 == 0 { flags.insert(.allCaps) }
                    let key = WordKey.finish(hash)
                    let end = k &+ (e &- b)
                    var token = Token(kind: .word, start: k, end: end, byteStart: b, byteEnd: e, key: key, value: 0,
                                      flags: flags, intDigits: 0, fracDigits: 0)
                    token.wordClass = classes[key]
                    (out + count).initialize(to: token)
                    count &+= 1
                    newlines = 0
                    k = end
                    b = e
                    continue
                }
            } else if c > 0x20, c < 0x7F, !Self.isDigit(c), !(c == 0x2E && Self.isDigit(base[b &+ 1])) {
                // An ASCII symbol (the padding after the text makes `b + 1` readable).
                if pending.contains(.spaceBefore) {
                    if candidate { Self.markLink(out, from: chunkStart, to: count) }
                    chunkStart = count
                    candidate = false
                }
                let key = c == 0x60 ? 0x27 : UInt64(c)
                (out + count).initialize(to: Token(kind: .symbol, start: k, end: k &+ 1, byteStart: b, byteEnd: b &+ 1,
                                                   key: key, value: 0, flags: pending, intDigits: 0, fracDigits: 0))
                pending = []
                if key == 0x3A || key == 0x2E || key == 0x40 { candidate = true }
                if key == 0x2E || key == 0x21 || key == 0x3F { marks.stops.append(count) }
                if key == 0x25 || key == 0x24 { out[count].wordClass = WordClass.ofSymbol(key) }
                count &+= 1
                newlines = 0
                k &+= 1
                b &+= 1
                continue
            } else if c == 0x0A {
                // A line feed, as `step` reads it ("\r\n" is left to `step`): texts have many lines.
                newlines &+= 1
                pending.formUnion([.spaceBefore, .lineBreakBefore])
                if newlines >= 2 { pending.insert(.blankLineBefore) }
                marks.lineBreak(before: count)
                b &+= 1
                k &+= 1
                continue
            }
            progress = Progress(byte: b, scalar: k, pending: pending, newlines: newlines, count: count,
                                chunkStart: chunkStart, candidate: candidate)
            step(out, &progress, &marks, classes)
            b = progress.byte
            k = progress.scalar
            pending = progress.pending
            count = progress.count
            chunkStart = progress.chunkStart
            candidate = progress.candidate
            newlines = progress.newlines
        }
        if b >= n && candidate {
            Self.markLink(out, from: chunkStart, to: count)
            candidate = false
        }
        progress = Progress(byte: b, scalar: k, pending: pending, newlines: newlines, count: count,
                            chunkStart: chunkStart, candidate: candidate)
    }

    /// Reads one item at `progress.byte` that `fill` leaves aside: whitespace other than a plain space, a line
    /// break, a number, a word with letters beyond ASCII, or any other scalar as a symbol. Writes at most one token.
    @inline(never)
    private func step(_ out: UnsafeMutablePointer<Token>, _ p: inout Progress, _ marks: inout LineMarks,
                      _ classes: WordClassTable.Lookup)
    {
        let b = p.byte
        let k = p.scalar
        let c = bytes[b]
        let (s, width) = ScalarText.decode(bytes, at: b)
        if ScalarClass.isSpace(s) {
            p.pending.insert(.spaceBefore)
            if c == 0x09 { p.pending.insert(.tabBefore) }
            p.byte = b + width
            p.scalar = k + 1
            return
        }
        if ScalarClass.isLineBreak(s) {
            // "\r\n" counts as one line break.
            if !(c == 0x0D && b + 1 < n && bytes[b + 1] == 0x0A) { p.newlines += 1 }
            p.pending.insert(.spaceBefore)
            p.pending.insert(.lineBreakBefore)
            if p.newlines >= 2 { p.pending.insert(.blankLineBefore) }
            marks.lineBreak(before: p.count)
            p.byte = b + width
            p.scalar = k + 1
            return
        }
        p.newlines = 0
        var token: Token
        var end = b + width
        if ScalarClass.isDigit(s) {
            (token, end) = readNumber(byte: b, scalar: k)
        } else if c == 0x2E, b + 1 < n, Self.isDigit(bytes[b + 1]), startsBareDecimal(byte: b, scalar: k) {
            // ".08": a decimal written without its leading zero.
            (token, end) = readNumber(byte: b, scalar: k)
        } else if ScalarClass.isLetter(s) {
            (token, end) = readAnyWord(byte: b, scalar: k)
            token.wordClass = classes[token.key]
        } else if let fraction = ScalarClass.vulgarFraction(s.value) {
            token = Token(kind: .number, start: k, end: k + 1, byteStart: b, byteEnd: b + width, key: 0, value: fraction,
                          flags: [.vulgarFraction], intDigits: 0, fracDigits: 0)
        } else {
            token = Token(kind: .symbol, start: k, end: k + 1, byteStart: b, byteEnd: b + width,
                          key: UInt64(Self.symbolKey(s.value)), value: 0, flags: [], intDigits: 0, fracDigits: 0)
        }
        token.flags.formUnion(p.pending)
        p.pending = []
        if token.spaceBefore {
            if p.candidate { Self.markLink(out, from: p.chunkStart, to: p.count) }
            p.chunkStart = p.count
            p.candidate = false
        }
        (out + p.count).initialize(to: token)
        switch token.kind {
        case .symbol:
            let key = token.key
            if key == 0x3A || key == 0x2E || key == 0x40 { p.candidate = true }
            if key == 0x2E || key == 0x21 || key == 0x3F || key == 0x2026 { marks.stops.append(p.count) }
            out[p.count].wordClass = WordClass.ofSymbol(key)
        case .number:
            if token.isYearLike { marks.years += 1 }
            out[p.count].wordClass = .quantityStart
        case .word:
            break
        }
        p.count += 1
        p.scalar = token.end
        p.byte = end
    }

    /// ASCII symbols that may make a link (":", ".", "@") or end a sentence (".", "!", "?"), as bits from 0x20 up.
    /// Computed from literals so that it folds to a constant (a stored static would be a lazy global).
    @inline(__always) private static var linkOrStop: UInt64 {
        1 << (0x3A - 0x20) | 1 << (0x2E - 0x20) | 1 << (0x40 - 0x20) | 1 << (0x21 - 0x20) | 1 << (0x3F - 0x20)
    }

    /// The key of a symbol: its scalar value, with dashes, apostrophes and double quotes folded to ASCII.
    private static func symbolKey(_ v: UInt32) -> UInt32 {
        if ScalarClass.isDash(v) { return 0x2D }
        if v == 0x2019 || v == 0x2018 || v == 0x60 || v == 0xB4 || v == 0x2032 { return 0x27 }
        if v == 0x201C || v == 0x201D || v == 0x201E || v == 0x2033 { return 0x22 }
        return v
    }

    @inline(__always)
    private static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 97 < 26 }

    @inline(__always)
    private static func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }

    /// True when a "." opens a number: at the start of the text or after a space, a line break or "(".
    private func startsBareDecimal(byte b: Int, scalar k: Int) -> Bool {
        guard k > 0 else { return true }
        var p = b - 1
        while p > 0, bytes[p] & 0xC0 == 0x80 { p -= 1 }
        let before = ScalarText.decode(bytes, at: p).scalar
        return ScalarClass.isSpace(before) || ScalarClass.isLineBreak(before) || before.value == 0x28
    }

    /// Reads a word (letters of any script and combining marks) a scalar at a time; returns the token and its end byte.
    private func readAnyWord(byte b: Int, scalar k: Int) -> (Token, Int) {
        var key = WordKey.Builder()
        var j = b
        var end = k
        var upper = 0
        var lower = 0
        while j < n {
            let (s, width) = ScalarText.decode(bytes, at: j)
            guard ScalarClass.isLetter(s) else { break }
            if ScalarClass.isUpper(s) { upper += 1 } else if ScalarClass.isLower(s) { lower += 1 }
            key.add(folding: s)
            j += width
            end += 1
        }
        var flags: Token.Flags = []
        if ScalarClass.isUpper(ScalarText.decode(bytes, at: b).scalar) { flags.insert(.capitalized) }
        if upper > 0 && lower == 0 { flags.insert(.allCaps) }
        return (Token(kind: .word, start: k, end: end, byteStart: b, byteEnd: j, key: key.key, value: 0, flags: flags,
                      intDigits: 0,
                      fracDigits: 0), j)
    }

    @inline(__always)
    private func digitRun(from j: Int) -> Int {
        var p = j
        while p < n && Self.isDigit(bytes[p]) { p += 1 }
        return p - j
    }

    /// Reads digits with ",", Indian ("9,07,000") or space grouping, and a decimal part, at byte `start`, scalar
    /// `scalarStart`; returns the token and its end byte.
    private func readNumber(byte start: Int, scalar scalarStart: Int) -> (Token, Int) {
        var j = start
        var mantissa: Double = 0
        var intDigits = 0
        var fracDigits = 0
        var flags: Token.Flags = []
        // Bytes beyond the first of each multi-byte grouping space: scalar offsets lag byte offsets by these.
        var extraBytes = 0
        func addDigits(_ from: Int, _ count: Int) {
            for p in from..<(from + count) {
                mantissa = mantissa * 10 + Double(bytes[p] &- 48)
            }
        }
        if bytes[j] != 0x2E {
            let run = digitRun(from: j)
            addDigits(j, run)
            intDigits = run
            if run > 1 && bytes[j] == 48 { flags.insert(.leadingZero) }
            j += run
            // Comma groups: all of three digits, or Indian pairs ending in a group of three.
            if run <= 3 {
                // The comma groups of two or three digits, summed up as they are read (no array to allocate):
                // whether all are of three, whether all before the last are pairs, and where the leading run of
                // three-digit groups ends.
                var p = j
                var groupCount = 0
                var lastGroup = 0
                var allThree = true
                var pairsBeforeLast = true
                var threePrefixEnd = j
                var threePrefixGroups = 0
                while p < n, bytes[p] == 0x2C {
                    let g = digitRun(from: p + 1)
                    if g != 2 && g != 3 { break }
                    if groupCount > 0 && lastGroup != 2 { pairsBeforeLast = false }
                    if g != 3 { allThree = false }
                    if allThree {
                        threePrefixEnd = p + 1 + g
                        threePrefixGroups += 1
                    }
                    lastGroup = g
                    groupCount += 1
                    p += 1 + g
                }
                // How far the grouped digits go, and how many commas they hold.
                var groupedEnd = j
                var commas = 0
                if groupCount > 0 && lastGroup == 3 {
                    // Western ("1,234,567") or Indian ("9,07,000"); any other mix takes no groups.
                    if allThree || (pairsBeforeLast && groupCount >= 2) {
                        groupedEnd = p
                        commas = groupCount
                    }
                } else if groupCount > 0 {
                    // Take the longest valid prefix of three-digit groups ("1,234,56" keeps "1,234").
                    groupedEnd = threePrefixEnd
                    commas = threePrefixGroups
                }
                if commas > 0 {
                    for q in j..<groupedEnd where bytes[q] != 0x2C {
                        mantissa = mantissa * 10 + Double(bytes[q] &- 48)
                    }
                    intDigits += groupedEnd - j - commas
                    j = groupedEnd
                    flags.insert(.grouped)
                }
                // Space groups ("40 000"): a single grouping space and exactly three digits, repeated.
                if !flags.contains(.grouped) {
                    var q = j
                    var any = false
                    while q < n {
                        let (space, width) = ScalarText.decode(bytes, at: q)
                        guard ScalarClass.isGroupingSpace(space), digitRun(from: q + width) == 3 else { break }
                        // "2 1/2", "2 345/7", "10 000km" and clock times do not group.
                        let after = q + width + 3
                        if after < n {
                            let next = ScalarText.decode(bytes, at: after).scalar
                            if next.value == 0x2F || next.value == 0x3A || ScalarClass.isLetter(next) { break }
                        }
                        addDigits(q + width, 3)
                        intDigits += 3
                        extraBytes += width - 1
                        q = after
                        any = true
                    }
                    if any {
                        j = q
                        flags.insert(.grouped)
                        flags.insert(.spaceGrouped)
                    }
                }
            }
        }
        // Decimal part.
        if j + 1 < n, bytes[j] == 0x2E, Self.isDigit(bytes[j + 1]) {
            let run = digitRun(from: j + 1)
            addDigits(j + 1, run)
            fracDigits = run
            flags.insert(.decimal)
            j += 1 + run
            // "1.2.3": a version or section number.
            if j + 1 < n, bytes[j] == 0x2E, Self.isDigit(bytes[j + 1]) {
                flags.insert(.versionLike)
                while j + 1 < n, bytes[j] == 0x2E, Self.isDigit(bytes[j + 1]) {
                    j += 1 + digitRun(from: j + 1)
                }
            }
        }
        var value = mantissa
        if fracDigits > 0 { value = mantissa / Self.power10(fracDigits) }
        let end = scalarStart + (j - start) - extraBytes
        return (Token(kind: .number, start: scalarStart, end: end, byteStart: start, byteEnd: j, key: 0, value: value,
                      flags: flags, intDigits: UInt8(min(intDigits, 255)), fracDigits: UInt8(min(fracDigits, 255))), j)
    }

    static func power10(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

}

extension Tokenizer {
    private static let http = WordKey.of("http")
    private static let https = WordKey.of("https")
    private static let www = WordKey.of("www")

    /// Marks tokens `from..<to` (one whitespace-delimited chunk) when they make a URL or e-mail address: a chunk
    /// holding "://", "www." or "@" after a letter is a link, and never part of a fact.
    private static func markLink(_ tokens: UnsafeMutablePointer<Token>, from: Int, to: Int) {
        guard to > from, isLink(tokens, from, to) else { return }
        for k in from..<to { tokens[k].flags.insert(.inLink) }
    }

    private static func isLink(_ tokens: UnsafeMutablePointer<Token>, _ from: Int, _ to: Int) -> Bool {
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
