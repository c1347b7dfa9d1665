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
        let utf8 = text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count + Self.padding) { out, count in
                if let base = bytes.baseAddress, let target = out.baseAddress {
                    UnsafeMutableRawPointer(target).copyMemory(from: base, byteCount: bytes.count)
                }
                for k in bytes.count..<(bytes.count + Self.padding) { out[k] = 0 }
                count = bytes.count + Self.padding
            }
        }
        self.utf8 = utf8
        let n = utf8.count - Self.padding
        byteCount = n
        var scalars: [Int32] = []
        var extras: [Int32] = []
        var extra = 0
        utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var i = 0
            while i < n {
                // Eight ASCII bytes at a time: one load and one mask test.
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b >= 0xC0 {
                    let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    scalars.append(Int32(truncatingIfNeeded: i - extra))
                    extra += width - 1
                    extras.append(Int32(truncatingIfNeeded: extra))
                }
                i += 1
            }
        }
        count = n - extra
        multiByteScalars = scalars
        extraBytesThrough = extras
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
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
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
