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
        /// Tokens written so far.
        var count = 0
    }

    /// The list of classed tokens being written (`LineMarks.classified`): its buffer, the token buffer its indices
    /// count in, and the entries so far. Passed by reference, so that it stays in memory: only classed tokens
    /// (about one in four) touch it, and the inner loop of `fill` keeps its registers.
    private struct ClassNotes {
        let tokens: UnsafeMutablePointer<Token>
        let indices: UnsafeMutablePointer<Int32>
        var count: Int

        /// Notes the token written at `o` when it has a class.
        @inline(__always)
        mutating func note(_ wordClass: WordClass, at o: UnsafeMutablePointer<Token>) {
            if wordClass.rawValue != 0 { note(Tokenizer.index(of: o, in: tokens)) }
        }

        /// Notes the token of index `i`, known to have a class.
        @inline(__always)
        mutating func note(_ i: Int32) {
            indices[count] = i
            count &+= 1
        }
    }

    /// Tokenizes the whole text, noting its lines, sentence stops, clause breaks, classed tokens and possible table
    /// headers on the way.
    ///
    /// Tokens are written straight into the array's storage (one store each, no per-token uniqueness or capacity
    /// checks of `append`); the rare text with more tokens than the first guess continues in a buffer twice as large.
    func tokenize() -> (tokens: [Token], marks: LineMarks) {
        var progress = Progress()
        var capacity = n / 4 + 16
        var tokens: [Token] = []
        var classified: [Int32] = []
        var classedCount = 0
        var marks = LineMarks(tokens: n / 5)
        let table = WordClass.table
        while true {
            let filled = tokens
            let filledClassified = classified
            // The list of classed tokens never holds more entries than there are tokens: it gets as much room.
            classified = [Int32](unsafeUninitializedCapacity: capacity) { classedBuffer, initializedClassed in
                initializedClassed = 0
                guard let classed = classedBuffer.baseAddress else { return }
                Self.copy(filledClassified, to: classedBuffer)
                tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                    initialized = 0
                    guard let out = buffer.baseAddress else { return }
                    Self.copy(filled, to: buffer)
                    let room = min(buffer.count, classedBuffer.count)
                    var notes = ClassNotes(tokens: out, indices: classed, count: classedCount)
                    table.withLookup { classes in fill(out, &notes, capacity: room, &progress, &marks, classes) }
                    classedCount = notes.count
                    initialized = progress.count
                    if progress.byte >= n { Self.markLinks(out, count: progress.count, marks) }
                }
                initializedClassed = classedCount
            }
            if progress.byte >= n {
                marks.finish(count: progress.count)
                marks.classified = classified
                return (tokens, marks)
            }
            capacity *= 2
        }
    }

    /// Copies the elements written in a smaller buffer before it filled up to the start of the next one.
    private static func copy<Element>(_ old: [Element], to buffer: UnsafeMutableBufferPointer<Element>) {
        old.withUnsafeBufferPointer { old in
            if let from = old.baseAddress, let to = buffer.baseAddress, old.count <= buffer.count {
                to.initialize(from: from, count: old.count)
            }
        }
    }

    /// Tokenizes the whole text with `step` alone, one item at a time: the general reader that every shortcut of
    /// `fill` stands in for, kept so that tests can compare the two.
    func tokenizeByStep() -> (tokens: [Token], marks: LineMarks) {
        var progress = Progress()
        var marks = LineMarks(tokens: n / 5)
        var tokens: [Token] = []
        marks.classified = [Int32](unsafeUninitializedCapacity: n + 1) { classedBuffer, classedCount in
            classedCount = 0
            guard let classed = classedBuffer.baseAddress else { return }
            tokens = [Token](unsafeUninitializedCapacity: n + 1) { buffer, initialized in
                initialized = 0
                guard let out = buffer.baseAddress else { return }
                WordClass.table.withLookup { classes in
                    var notes = ClassNotes(tokens: out, indices: classed, count: 0)
                    while progress.byte < n { step(out, &notes, &progress, &marks, classes) }
                    classedCount = notes.count
                }
                initialized = progress.count
                Self.markLinks(out, count: progress.count, marks)
            }
        }
        marks.finish(count: progress.count)
        return (tokens, marks)
    }

    /// Writes tokens into `out` from where `progress` stands until the text ends or `capacity` tokens are written.
    ///
    /// An inner loop with no calls (so that its state stays in registers) reads spaces, ASCII words and the ASCII
    /// symbols that neither end a sentence nor may make a link: nearly all of any text. Everything else (line
    /// breaks, stops, tabs, numbers, other scripts) is read in the outer loop: line feeds, tabs, stops, plain
    /// numbers, no-break spaces and the dashes and quotes of U+2010 to U+2026 there, the rest by `step`, one item at
    /// a time.
    private func fill(_ out: UnsafeMutablePointer<Token>, _ notes: inout ClassNotes, capacity: Int,
                      _ progress: inout Progress, _ marks: inout LineMarks, _ classes: WordClassTable.Lookup)
    {
        guard let base = bytes.baseAddress else { return }
        var b = progress.byte
        // Bytes beyond one per scalar before `b`: a scalar offset is its byte offset less these.
        var shift = progress.byte &- progress.scalar
        var pending = progress.pending.rawValue
        // Where the next token goes (the token count is `o - out`, needed only outside the inner loop).
        var o = out + progress.count
        // Every token takes at least one byte, so no token starting before `limit` can overflow the buffer: one
        // comparison per item instead of two.
        var limit = b
        while true {
            while b < limit {
                // The eight bytes at `b` (the padding makes them readable): the first is the item's, and when it
                // is a letter they are the first chunk of the word, read once.
                let chunk = UnsafeRawPointer(base + b).loadUnaligned(as: UInt64.self)
                let c = UInt8(truncatingIfNeeded: chunk)
                if c == 0x20 {
                    pending |= Token.Flags.spaceBefore.rawValue
                    b &+= 1
                    continue
                }
                let stops = Self.nonLetters(chunk)
                if stops & 0x80 == 0 {
                    let word = Self.scanWord(base, at: b, chunk: chunk, stops: stops)
                    // A word that may go on with other letters is left to the outer loop; one that stops at
                    // punctuation beyond ASCII or a no-break space ends there, and is not read again.
                    if word.stop >= 0x80 {
                        if !Self.endsAtPunctuationOrNoBreakSpace(word, base) { break }
                        let key = WordKey.finish(word.hash)
                        Self.writeWord(o, word, key, first: c, at: b, shift: shift, pending)
                        Self.classify(o, key, &notes, classes)
                        o += 1
                        pending = 0
                        b = word.end
                        continue
                    }
                    let key = WordKey.finish(word.hash)
                    Self.writeWord(o, word, key, first: c, at: b, shift: shift, pending)
                    Self.classify(o, key, &notes, classes)
                    o += 1
                    // A single space after the word is read here: it is the most common item after a word.
                    let space = word.stop == 0x20 ? 1 : 0
                    pending = UInt16(truncatingIfNeeded: space)
                    b = word.end &+ space
                    continue
                }
                if !Self.isPlainSymbol(c) { break }
                notes.note(Self.writeSymbol(o, c, at: b, shift: shift, pending), at: o)
                o += 1
                pending = 0
                b &+= 1
            }
            let count = Int(Self.index(of: o, in: out))
            if b >= limit {
                limit = min(n, b &+ (capacity &- count))
                if b >= limit { break }
                continue
            }
            let c = base[b]
            if c == 0x0A {
                // A line feed, as `step` reads it ("\r\n" is left to `step`): a second break makes a blank line.
                pending |= (pending & Token.Flags.lineBreakBefore.rawValue) << 1
                pending |= Token.Flags.spaceBefore.rawValue | Token.Flags.lineBreakBefore.rawValue
                marks.lineBreak(before: count)
                b &+= 1
                continue
            }
            if Self.isASCIILetter(c) {
                let word = Self.scanWord(base, at: b)
                if Self.endsAtPunctuationOrNoBreakSpace(word, base)
                    || !ScalarClass.isLetter(ScalarText.decode(bytes, at: word.end).scalar)
                {
                    let key = WordKey.finish(word.hash)
                    Self.writeWord(o, word, key, first: c, at: b, shift: shift, pending)
                    Self.classify(o, key, &notes, classes)
                    o += 1
                    pending = 0
                    b = word.end
                    continue
                }
            } else if Self.isDigit(c), let (number, end) = plainNumber(byte: b, scalar: b &- shift) {
                var token = number
                token.flags = Token.Flags(rawValue: token.flags.rawValue | pending)
                token.wordClass = .quantityStart
                if token.isYearLike { marks.years += 1 }
                o.initialize(to: token)
                notes.note(Int32(truncatingIfNeeded: count))
                o += 1
                pending = 0
                b = end
                continue
            } else if Self.isMarkedSymbol(c), !(c == 0x2E && Self.isDigit(base[b &+ 1])) {
                // ".", "!", "?", ":", "@" or ";" (the padding after the text makes `b + 1` readable), none classed.
                Self.writeSymbol(o, c, at: b, shift: shift, pending)
                o += 1
                if c == 0x3A || c == 0x40 {
                    marks.links.append(count)
                } else if c == 0x3B {
                    marks.clauseBreaks.append(count)
                } else {
                    marks.stops.append(count)
                }
                pending = 0
                b &+= 1
                continue
            } else if c == 0xE2, base[b &+ 1] == 0x80, base[b &+ 2] &- 0x90 <= 0x16 {
                // U+2010 to U+2026 (dashes, curly quotes, bullets, the ellipsis), the most common scalars beyond
                // ASCII in English text: symbols, read as `step` reads them. Valid UTF-8 has two more bytes here.
                let key = UInt64(Self.symbolKey(0x2000 | UInt32(base[b &+ 2] & 0x3F)))
                let wordClass = WordClass.ofSymbol(key)
                Token.write(o, kind: .symbol, start: b &- shift, end: b &- shift &+ 1, byteStart: b, byteEnd: b &+ 3,
                            key: key, flags: pending, wordClass: wordClass)
                notes.note(wordClass, at: o)
                o += 1
                if key == 0x2026 { marks.stops.append(count) }
                pending = 0
                shift &+= 2
                b &+= 3
                continue
            } else if c == 0xC2, base[b &+ 1] == 0xA0 {
                // A no-break space: one scalar of two bytes.
                pending |= Token.Flags.spaceBefore.rawValue
                shift &+= 1
                b &+= 2
                continue
            } else if c == 0x09 {
                pending |= Token.Flags.spaceBefore.rawValue | Token.Flags.tabBefore.rawValue
                b &+= 1
                continue
            }
            progress = Progress(byte: b, scalar: b &- shift, pending: Token.Flags(rawValue: pending), count: count)
            step(out, &notes, &progress, &marks, classes)
            b = progress.byte
            shift = b &- progress.scalar
            pending = progress.pending.rawValue
            o = out + progress.count
        }
        progress = Progress(byte: b, scalar: b &- shift, pending: Token.Flags(rawValue: pending), count: o - out)
    }

    /// An ASCII word found by `scanWord`: where it ends, its chained (unfinished) key, its letter bytes ORed
    /// together (to tell whether any is lower case), and the byte after it.
    private struct ASCIIWord {
        let end: Int
        let hash: UInt64
        let lowerSeen: UInt64
        let stop: UInt8
    }

    /// Reads the ASCII letters at `b`, eight bytes at a time (SWAR): which bytes are letters, where the word stops,
    /// whether it has a lower-case letter, and its key, all from one load per eight bytes.
    @inline(__always)
    private static func scanWord(_ base: UnsafePointer<UInt8>, at b: Int) -> ASCIIWord {
        let chunk = UnsafeRawPointer(base + b).loadUnaligned(as: UInt64.self)
        return scanWord(base, at: b, chunk: chunk, stops: nonLetters(chunk))
    }

    /// The high bit of each byte of `chunk` up to the first that is no ASCII letter: below "a" or beyond "z" once
    /// folded to lower case, or not ASCII. Only bytes beyond ASCII carry into the byte above them, and those are
    /// stops themselves, so the lowest stop found is always right (the bits above it may not be, and are never
    /// read).
    @inline(__always)
    private static func nonLetters(_ chunk: UInt64) -> UInt64 {
        let folded = chunk | 0x2020_2020_2020_2020
        return (~(folded &+ 0x1F1F_1F1F_1F1F_1F1F) | (folded &+ 0x0505_0505_0505_0505) | chunk) & 0x8080_8080_8080_8080
    }

    /// The bytes of a chunk before its first stop, given the chunk's `nonLetters` (not zero): every bit up to and
    /// including the lowest set one (bit 7 of the stop byte), shifted down past that byte.
    @inline(__always)
    private static func byteMask(below stops: UInt64) -> UInt64 { (stops ^ (stops &- 1)) >> 8 }

    /// `scanWord` given the word's first chunk (at `b`) and its `nonLetters`.
    @inline(__always)
    private static func scanWord(_ base: UnsafePointer<UInt8>, at b: Int, chunk first: UInt64, stops firstStops: UInt64)
        -> ASCIIWord
    {
        if firstStops != 0 {
            // A word within its first chunk (most words): read without the loop, whose running values start at
            // zero (chaining into a zero hash leaves the chunk as it is).
            let mask = byteMask(below: firstStops)
            let stopBit = firstStops.trailingZeroBitCount
            return ASCIIWord(end: b &+ stopBit >> 3, hash: (first | 0x2020_2020_2020_2020) & mask,
                             lowerSeen: first & mask,
                             stop: UInt8(truncatingIfNeeded: first &>> UInt64(stopBit &- 7)))
        }
        // A word within its first two chunks (most of the rest): read without the loop too, whose running values
        // would take the registers of the caller's loop.
        let second = UnsafeRawPointer(base + (b &+ 8)).loadUnaligned(as: UInt64.self)
        let secondStops = nonLetters(second)
        if secondStops != 0 {
            let mask = byteMask(below: secondStops)
            let stopBit = secondStops.trailingZeroBitCount
            return ASCIIWord(end: b &+ 8 &+ stopBit >> 3,
                             hash: WordKey.absorb(first | 0x2020_2020_2020_2020, (second | 0x2020_2020_2020_2020) & mask),
                             lowerSeen: first | (second & mask),
                             stop: UInt8(truncatingIfNeeded: second &>> UInt64(stopBit &- 7)))
        }
        var e = b
        var hash: UInt64 = 0
        var lowerSeen: UInt64 = 0
        var chunk = first
        var stops = firstStops
        while true {
            let folded = chunk | 0x2020_2020_2020_2020
            if stops == 0 {
                hash = WordKey.absorb(hash, folded)
                lowerSeen |= chunk
                e &+= 8
                chunk = UnsafeRawPointer(base + e).loadUnaligned(as: UInt64.self)
                stops = nonLetters(chunk)
                continue
            }
            let mask = byteMask(below: stops)
            hash = WordKey.absorb(hash, folded & mask)
            lowerSeen |= chunk & mask
            let stopBit = stops.trailingZeroBitCount
            e &+= stopBit >> 3
            return ASCIIWord(end: e, hash: hash, lowerSeen: lowerSeen,
                             stop: UInt8(truncatingIfNeeded: chunk &>> UInt64(stopBit &- 7)))
        }
    }

    /// True when an ASCII word stops at general punctuation (U+2000 to U+203F: curly quotes, dashes) or a no-break
    /// space, which hold no letters: the word ends there, without decoding the scalar (the padding after the text
    /// makes the byte after the stop readable).
    @inline(__always)
    private static func endsAtPunctuationOrNoBreakSpace(_ word: ASCIIWord, _ base: UnsafePointer<UInt8>) -> Bool {
        let next = base[word.end &+ 1]
        return (word.stop == 0xE2 && next == 0x80) || (word.stop == 0xC2 && next == 0xA0)
    }

    /// Writes at `o` the token of an ASCII word with key `key` starting with letter `first` at byte `b`, with no
    /// class yet.
    @inline(__always)
    private static func writeWord(_ o: UnsafeMutablePointer<Token>, _ word: ASCIIWord, _ key: UInt64, first: UInt8,
                                  at b: Int, shift: Int, _ pending: UInt16)
    {
        // Bit 5 clear in a letter means upper case, and `capitalized` is bit 5.
        var flags = pending | UInt16(truncatingIfNeeded: ~first & 0x20)
        if word.lowerSeen & 0x2020_2020_2020_2020 == 0 { flags |= Token.Flags.allCaps.rawValue }
        Token.write(o, kind: .word, start: b &- shift, end: word.end &- shift, byteStart: b, byteEnd: word.end,
                    key: key, flags: flags, wordClass: [])
    }

    /// Writes at `o` the token of the ASCII symbol `c` at byte `b` ("`" read as an apostrophe), with the class
    /// `WordClass.ofSymbol` gives it (spelled out here for the three ASCII symbols that have one); returns the class.
    @inline(__always)
    @discardableResult
    private static func writeSymbol(_ o: UnsafeMutablePointer<Token>, _ c: UInt8, at b: Int, shift: Int,
                                    _ pending: UInt16) -> WordClass
    {
        let key: UInt64 = c == 0x60 ? 0x27 : UInt64(c)
        var wordClass: WordClass = []
        if c == 0x25 {
            wordClass = .percent
        } else if c == 0x24 {
            wordClass = [.money, .quantityStart]
        } else if c == 0x2D {
            wordClass = .quantityStart
        }
        Token.write(o, kind: .symbol, start: b &- shift, end: b &- shift &+ 1, byteStart: b, byteEnd: b &+ 1, key: key,
                    flags: pending, wordClass: wordClass)
        return wordClass
    }

    /// ASCII symbols read by the inner loop of `fill`, as bits: all printable ones but digits and letters, the
    /// sentence stops (".", "!", "?"), the marks of links (":", "@") and the clause break ";". Literals, so that
    /// they fold to constants.
    @inline(__always) private static var plainSymbolsBelow64: UInt64 {
        0xFFFF_FFFF_0000_0000 & ~(0x3FF << 0x30)
            & ~(1 << 0x2E | 1 << 0x21 | 1 << 0x3F | 1 << 0x3A | 1 << 0x3B | 1 << 0x20)
    }

    @inline(__always) private static var plainSymbolsFrom64: UInt64 {
        // "[" to "`" and "{" to "~": no "@", no letters, no DEL.
        0x7800_0001_F800_0000
    }

    @inline(__always)
    private static func isPlainSymbol(_ c: UInt8) -> Bool {
        if c < 64 { return (plainSymbolsBelow64 &>> UInt64(c)) & 1 != 0 }
        return c < 128 && (plainSymbolsFrom64 &>> UInt64(c & 63)) & 1 != 0
    }

    /// True for the ASCII symbols whose indices `LineMarks` notes: sentence stops, marks of links, clause breaks.
    @inline(__always)
    private static func isMarkedSymbol(_ c: UInt8) -> Bool {
        c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A || c == 0x40 || c == 0x3B
    }

    /// Gives the word token just written at `o` (with key `key`) its class, and notes it among the classed
    /// tokens when it has one. Done after the token is stored, when its other fields no longer hold registers:
    /// most words fail the table's bitmap test and skip both the probe and the note.
    @inline(__always)
    private static func classify(_ o: UnsafeMutablePointer<Token>, _ key: UInt64, _ notes: inout ClassNotes,
                                 _ classes: WordClassTable.Lookup)
    {
        guard classes.mayHold(key) else { return }
        let wordClass = classes.probe(key)
        if wordClass.rawValue != 0 {
            o.pointee.wordClass = wordClass
            notes.note(index(of: o, in: notes.tokens))
        }
    }

    /// The index of the token at `o` in the buffer at `out`, as 32 bits: the byte distance divided exactly by the
    /// token's stride, as a shift and a multiply by the inverse of its odd part (no division, all folded to
    /// constants). Exact modulo 2³², which holds every index (a text has fewer than 2³¹ tokens).
    @inline(__always)
    fileprivate static func index(of o: UnsafeMutablePointer<Token>, in out: UnsafeMutablePointer<Token>) -> Int32 {
        let stride = UInt64(MemoryLayout<Token>.stride)
        let twos = UInt64(stride.trailingZeroBitCount)
        let odd = UInt32(truncatingIfNeeded: stride >> twos)
        // Newton's iteration for the inverse modulo 2³² (odd × odd is 1 modulo 8; each step doubles the bits).
        var inverse = odd
        for _ in 0..<4 { inverse = inverse &* (2 &- odd &* inverse) }
        let bytes = UInt64(bitPattern: Int64(UnsafeRawPointer(o) - UnsafeRawPointer(out)))
        return Int32(bitPattern: UInt32(truncatingIfNeeded: bytes >> twos) &* inverse)
    }

    /// Reads one item at `progress.byte` that `fill` leaves aside: whitespace other than a plain space, a line
    /// break, a number, a word with letters beyond ASCII, or any other scalar as a symbol. Writes at most one token.
    @inline(never)
    private func step(_ out: UnsafeMutablePointer<Token>, _ notes: inout ClassNotes, _ p: inout Progress,
                      _ marks: inout LineMarks, _ classes: WordClassTable.Lookup)
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
            // "\r\n" is one line break: the "\r" is passed over. A second break since the last token makes a
            // blank line.
            if !(c == 0x0D && b + 1 < n && bytes[b + 1] == 0x0A) {
                if p.pending.contains(.lineBreakBefore) { p.pending.insert(.blankLineBefore) }
                p.pending.formUnion([.spaceBefore, .lineBreakBefore])
                marks.lineBreak(before: p.count)
            }
            p.byte = b + width
            p.scalar = k + 1
            return
        }
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
        (out + p.count).initialize(to: token)
        switch token.kind {
        case .symbol:
            let key = token.key
            if key == 0x3A || key == 0x40 { marks.links.append(p.count) }
            if key == 0x2E || key == 0x21 || key == 0x3F || key == 0x2026 { marks.stops.append(p.count) }
            if key == 0x3B { marks.clauseBreaks.append(p.count) }
            out[p.count].wordClass = WordClass.ofSymbol(key)
        case .number:
            if token.isYearLike { marks.years += 1 }
            out[p.count].wordClass = .quantityStart
        case .word:
            break
        }
        if out[p.count].wordClass.rawValue != 0 { notes.note(Int32(truncatingIfNeeded: p.count)) }
        p.count += 1
        p.scalar = token.end
        p.byte = end
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

    /// Reads a number at byte `start` that has no grouping and is no version number ("2024", "3.5", "12") as
    /// `readNumber` does, with less to test; nil when a "," or a space before a digit, a space beyond ASCII after
    /// the first three digits, or a second decimal point leaves it to `readNumber`. The padding after the text
    /// makes the byte after any digit readable.
    func plainNumber(byte start: Int, scalar scalarStart: Int) -> (Token, Int)? {
        var j = start
        var mantissa: Double = 0
        while Self.isDigit(bytes[j]) {
            mantissa = mantissa * 10 + Double(bytes[j] &- 48)
            j += 1
        }
        let intDigits = j - start
        let next = bytes[j]
        if intDigits <= 3 && ((next == 0x2C || next == 0x20) && Self.isDigit(bytes[j + 1]) || next >= 0x80) { return nil }
        var flags: Token.Flags = []
        if intDigits > 1 && bytes[start] == 48 { flags.insert(.leadingZero) }
        var fracDigits = 0
        if next == 0x2E, Self.isDigit(bytes[j + 1]) {
            j += 1
            let fracStart = j
            while Self.isDigit(bytes[j]) {
                mantissa = mantissa * 10 + Double(bytes[j] &- 48)
                j += 1
            }
            fracDigits = j - fracStart
            if bytes[j] == 0x2E && Self.isDigit(bytes[j + 1]) { return nil }
            flags.insert(.decimal)
        }
        let value = fracDigits > 0 ? mantissa / Self.power10(fracDigits) : mantissa
        let token = Token(kind: .number, start: scalarStart, end: scalarStart + (j - start), byteStart: start,
                          byteEnd: j, key: 0, value: value, flags: flags, intDigits: UInt8(min(intDigits, 255)),
                          fracDigits: UInt8(min(fracDigits, 255)))
        return (token, j)
    }

    /// Reads digits with ",", Indian ("9,07,000") or space grouping, and a decimal part, at byte `start`, scalar
    /// `scalarStart`; returns the token and its end byte.
    func readNumber(byte start: Int, scalar scalarStart: Int) -> (Token, Int) {
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

    /// Marks the whitespace-delimited chunks that make a URL or e-mail address: a chunk holding "://", "www." or
    /// "@" after a letter is a link, and never part of a fact. Each of these holds a ":" or "@" (noted as the
    /// tokenizer wrote them) or a "www" before a "." (among the sentence stops), so only chunks around those are
    /// read, each once.
    private static func markLinks(_ tokens: UnsafeMutablePointer<Token>, count: Int, _ marks: LineMarks) {
        var done = 0
        for i in marks.links where i >= done { done = markChunk(tokens, around: i, count: count) }
        done = 0
        // Read once: each read of a static in the loop is a call that checks its lazy initialisation.
        let www = Self.www
        for i in marks.stops where i >= done && i > 0 && tokens[i].isSymbol(".") && !tokens[i].spaceBefore {
            let before = tokens[i - 1]
            if before.isWord && before.key == www { done = markChunk(tokens, around: i, count: count) }
        }
    }

    /// Marks the chunk holding token `i` when it makes a link; returns where the chunk ends.
    private static func markChunk(_ tokens: UnsafeMutablePointer<Token>, around i: Int, count: Int) -> Int {
        var from = i
        while from > 0 && !tokens[from].spaceBefore { from -= 1 }
        var to = i + 1
        while to < count && !tokens[to].spaceBefore { to += 1 }
        markLink(tokens, from: from, to: to)
        return to
    }

    /// Marks tokens `from..<to` (one whitespace-delimited chunk) when they make a link.
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
