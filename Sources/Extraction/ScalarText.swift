/// A document's text as UTF-8 bytes, addressed by Unicode scalar offsets (what fact offsets count).
///
/// The bytes are kept as they are, with eight zero bytes after the end so that the tokenizer can load eight bytes
/// at a time anywhere in the text. ASCII text needs nothing else (scalar offsets are byte offsets); other text
/// gets a table of the byte offset of every scalar, built in one pass.
struct ScalarText {
    /// The UTF-8 bytes followed by `padding` zero bytes.
    let utf8: [UInt8]
    /// The number of UTF-8 bytes of the text (without the padding).
    let byteCount: Int
    /// The number of Unicode scalars of the text.
    let count: Int
    /// The byte offset of each scalar and of the end; empty for ASCII text.
    private let byteOffsets: [Int32]

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
        let continuation = utf8.withUnsafeBufferPointer { Self.continuationBytes($0, count: n) }
        count = n - continuation
        byteOffsets = continuation == 0 ? [] : utf8.withUnsafeBufferPointer { Self.scalarStarts($0, count: n, scalars: n - continuation) }
    }

    /// Counts UTF-8 continuation bytes (10xxxxxx), eight bytes at a time over the ASCII stretches.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>, count n: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var i = 0
        var found = 0
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if bytes[i] & 0xC0 == 0x80 { found += 1 }
            i += 1
        }
        return found
    }

    /// The byte offset where each scalar starts, and the byte count at the end.
    private static func scalarStarts(_ bytes: UnsafeBufferPointer<UInt8>, count n: Int, scalars: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: scalars + 1) { starts, filled in
            var k = 0
            for i in 0..<n where bytes[i] & 0xC0 != 0x80 {
                starts[k] = Int32(truncatingIfNeeded: i)
                k += 1
            }
            starts[k] = Int32(truncatingIfNeeded: n)
            filled = k + 1
        }
    }

    /// True when every scalar is one byte.
    @inline(__always) var isASCII: Bool { byteOffsets.isEmpty }

    /// The byte offset of a scalar offset (`count` gives the end of the text).
    @inline(__always)
    func byteOffset(_ scalarOffset: Int) -> Int { byteOffsets.isEmpty ? scalarOffset : Int(byteOffsets[scalarOffset]) }

    /// The scalar at a scalar offset.
    subscript(scalarOffset: Int) -> Unicode.Scalar {
        precondition(scalarOffset >= 0 && scalarOffset < count, "scalar offset out of range")
        if byteOffsets.isEmpty { return Unicode.Scalar(utf8[scalarOffset]) }
        return utf8.withUnsafeBufferPointer { Self.decode($0, at: Int(byteOffsets[scalarOffset])).scalar }
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

    /// The text between two scalar offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= count else { return "" }
        let a = byteOffset(from)
        let b = byteOffset(to)
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
