/// A document's text as UTF-8 bytes, addressed by Unicode scalar offsets (what fact offsets count).
///
/// The bytes are kept as they are, with eight zero bytes after the end so that the tokenizer can load eight bytes
/// at a time anywhere in the text. Scalar offsets become byte offsets through the list of multi-byte scalars
/// (curly quotes, dashes, accented letters): few in English text, so the list is short and cheap to build, unlike
/// a table with an entry per scalar.
struct ScalarText {
    /// The UTF-8 bytes followed by `padding` zero bytes.
    let utf8: [UInt8]
    /// The number of UTF-8 bytes of the text (without the padding).
    let byteCount: Int
    /// The number of Unicode scalars of the text.
    let count: Int
    /// The scalar offset of each multi-byte scalar, in order.
    private let multiByteScalars: [Int32]
    /// For each multi-byte scalar: the extra bytes (beyond one per scalar) of it and all before it.
    private let extraBytesThrough: [Int32]

    /// Zero bytes after the text, so that an eight-byte load at any offset stays inside the array.
    static let padding = 8

    init(_ text: String) {
        var text = text
        var scalars: [Int32] = []
        var extras: [Int32] = []
        var extra = 0
        let utf8 = text.withUTF8 { bytes in
            let n = bytes.count
            // Room for a multi-byte scalar per 64 bytes: most texts never grow the lists.
            scalars.reserveCapacity(n / 64 + 16)
            extras.reserveCapacity(n / 64 + 16)
            return [UInt8](unsafeUninitializedCapacity: n + Self.padding) { out, count in
                count = 0
                guard let target = out.baseAddress else { return }
                if let source = bytes.baseAddress {
                    Self.copy(from: source, to: target, count: n) { i in
                        let b = source[i]
                        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                        scalars.append(Int32(truncatingIfNeeded: i - extra))
                        extra += width - 1
                        extras.append(Int32(truncatingIfNeeded: extra))
                    }
                }
                (target + n).initialize(repeating: 0, count: Self.padding)
                count = n + Self.padding
            }
        }
        self.utf8 = utf8
        let n = utf8.count - Self.padding
        byteCount = n
        count = n - extra
        multiByteScalars = scalars
        extraBytesThrough = extras
    }

    /// Copies `count` bytes of UTF-8 and calls `lead` with the offset of each first byte of a multi-byte scalar,
    /// in order. Blocks of sixty-four bytes are copied by `copyBlocks` until one holds a byte beyond ASCII, whose
    /// leads are then found eight bytes at a time; the tail goes a byte at a time.
    @inline(__always)
    private static func copy(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count n: Int,
                             lead: (Int) -> Void)
    {
        let from = UnsafeRawPointer(source)
        var i = 0
        while true {
            i = copyBlocks(from: from, to: UnsafeMutableRawPointer(target), at: i, count: n)
            if i &+ 64 > n { break }
            // The block at `i` is copied and holds a byte beyond ASCII.
            var k = i
            while k < i &+ 64 {
                leads(in: from.loadUnaligned(fromByteOffset: k, as: UInt64.self), at: k, lead)
                k &+= 8
            }
            i &+= 64
        }
        while i < n {
            let b = source[i]
            target[i] = b
            if b >= 0xC0 { lead(i) }
            i &+= 1
        }
    }

    /// Copies the blocks of sixty-four bytes from offset `i` on, four sixteen-byte loads and stores and one test a block,
    /// until a block holds a byte beyond ASCII (it is copied too) or fewer than sixty-four bytes are left; returns
    /// the offset of that block. Kept out of line so that its loop has every register to itself.
    @inline(never)
    private static func copyBlocks(from: UnsafeRawPointer, to: UnsafeMutableRawPointer, at start: Int, count n: Int)
        -> Int
    {
        var i = start
        while i &+ 64 <= n {
            let a = from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let b = from.loadUnaligned(fromByteOffset: i &+ 16, as: SIMD16<UInt8>.self)
            let c = from.loadUnaligned(fromByteOffset: i &+ 32, as: SIMD16<UInt8>.self)
            let d = from.loadUnaligned(fromByteOffset: i &+ 48, as: SIMD16<UInt8>.self)
            to.storeBytes(of: a, toByteOffset: i, as: SIMD16<UInt8>.self)
            to.storeBytes(of: b, toByteOffset: i &+ 16, as: SIMD16<UInt8>.self)
            to.storeBytes(of: c, toByteOffset: i &+ 32, as: SIMD16<UInt8>.self)
            to.storeBytes(of: d, toByteOffset: i &+ 48, as: SIMD16<UInt8>.self)
            let all = unsafeBitCast(a | b | c | d, to: SIMD2<UInt64>.self)
            if (all[0] | all[1]) & 0x8080_8080_8080_8080 != 0 { return i }
            i &+= 64
        }
        return i
    }

    /// Calls `lead` with the offset of each first byte of a multi-byte scalar among the eight bytes at `offset`:
    /// those with their two top bits set (bit 6 shifted up meets bit 7).
    @inline(__always)
    private static func leads(in word: UInt64, at offset: Int, _ lead: (Int) -> Void) {
        var leads = word & (word << 1) & 0x8080_8080_8080_8080
        while leads != 0 {
            lead(offset &+ leads.trailingZeroBitCount >> 3)
            leads &= leads &- 1
        }
    }

    /// The byte offset of a scalar offset (`count` gives the end of the text).
    @inline(__always)
    func byteOffset(_ scalarOffset: Int) -> Int {
        if multiByteScalars.isEmpty { return scalarOffset }
        return multiByteOffset(scalarOffset)
    }

    /// The byte offset after the multi-byte scalars before `scalarOffset` (a binary search of their list).
    private func multiByteOffset(_ scalarOffset: Int) -> Int {
        var low = 0
        var high = multiByteScalars.count
        while low < high {
            let middle = (low + high) / 2
            if Int(multiByteScalars[middle]) < scalarOffset { low = middle + 1 } else { high = middle }
        }
        return scalarOffset + (low == 0 ? 0 : Int(extraBytesThrough[low - 1]))
    }

    /// The text from the start of one token to the end of another.
    func string(_ first: Token, _ last: Token) -> String {
        let a = first.byteStart
        let b = last.byteEnd
        guard a < b, a >= 0, b <= byteCount else { return "" }
        // As many bytes as scalars: all of them are ASCII.
        let ascii = b - a == last.end - first.start
        return utf8.withUnsafeBufferPointer { bytes in
            // The text is valid UTF-8 (it came from a `String`), so bytes cut where scalars start are too.
            guard bytes[a] & 0xC0 != 0x80, bytes[b] & 0xC0 != 0x80 else {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            }
            return Self.string(validUTF8: UnsafeBufferPointer(rebasing: bytes[a..<b]), ascii: ascii)
        }
    }

    /// A string of bytes known to be valid UTF-8, ASCII only when `ascii` says so: `String(decoding:)` checked the
    /// bytes again (one by one past the first non-ASCII byte), and `String(unsafeUninitializedCapacity:)` checks them
    /// after they are written.
    @inline(__always)
    static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String {
        String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: ascii))
    }

    /// The first scalar of a token.
    @inline(__always)
    func first(_ token: Token) -> Unicode.Scalar {
        utf8.withUnsafeBufferPointer { Self.decode($0, at: token.byteStart).scalar }
    }

    /// The scalars of a token (for the few rules that look at the letters of short words).
    func scalars(of token: Token) -> [Unicode.Scalar] {
        utf8.withUnsafeBufferPointer { bytes in
            var out: [Unicode.Scalar] = []
            var b = token.byteStart
            while b < token.byteEnd {
                let (scalar, width) = Self.decode(bytes, at: b)
                out.append(scalar)
                b += width
            }
            return out
        }
    }

    /// The scalar offset where the line holding `scalarOffset` begins: just after the line break before it.
    func lineStart(of scalarOffset: Int) -> Int {
        utf8.withUnsafeBufferPointer { bytes in
            var b = byteOffset(min(max(scalarOffset, 0), count))
            var p = min(max(scalarOffset, 0), count)
            while b > 0 {
                var q = b - 1
                while q > 0, bytes[q] & 0xC0 == 0x80 { q -= 1 }
                if ScalarClass.isLineBreak(Self.decode(bytes, at: q).scalar) { break }
                b = q
                p -= 1
            }
            return p
        }
    }

    /// Decodes the scalar whose first byte is at `i` of valid UTF-8, with its width in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        return decodeMultibyte(bytes, at: i)
    }

    @inline(never)
    private static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let b = bytes[i]
        var value: UInt32
        let width: Int
        if b >= 0xF0 {
            value = UInt32(b & 0x07)
            width = 4
        } else if b >= 0xE0 {
            value = UInt32(b & 0x0F)
            width = 3
        } else {
            value = UInt32(b & 0x1F)
            width = 2
        }
        var j = 1
        while j < width, i + j < bytes.count {
            value = value << 6 | UInt32(bytes[i + j] & 0x3F)
            j += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
