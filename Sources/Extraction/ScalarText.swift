/// A document's text as Unicode scalars (what offsets count) together with its UTF-8 bytes and the byte
/// offset of every scalar, so that slices become Strings by copying bytes rather than re-encoding scalars.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]

    init(_ text: String) {
        var text = text
        let utf8 = text.withUTF8 { Array($0) }
        self.utf8 = utf8
        let n = utf8.count
        // ASCII runs copy byte for byte; anything else goes through `decode`, which also records byte offsets.
        var asciiPrefix = 0
        var scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            utf8.withUnsafeBufferPointer { bytes in
                var i = 0
                while i < n, bytes[i] < 0x80 {
                    out[i] = Unicode.Scalar(bytes[i])
                    i += 1
                }
                asciiPrefix = i
                count = i
            }
        }
        if asciiPrefix == n {
            byteOffsets = []
        } else {
            var offsets: [Int32] = []
            Self.decode(utf8, from: asciiPrefix, into: &scalars, offsets: &offsets)
            byteOffsets = offsets
        }
        self.scalars = scalars
    }

    /// Decodes valid UTF-8 from byte `start` on (the bytes before are ASCII and already in `scalars`) and fills
    /// the byte offset of every scalar, plus the total length at the end.
    private static func decode(_ utf8: [UInt8], from start: Int, into scalars: inout [Unicode.Scalar],
                               offsets: inout [Int32])
    {
        let n = utf8.count
        offsets.reserveCapacity(n + 1)
        for p in 0..<start { offsets.append(Int32(p)) }
        utf8.withUnsafeBufferPointer { bytes in
            var i = start
            while i < n {
                let b = bytes[i]
                offsets.append(Int32(i))
                if b < 0x80 {
                    scalars.append(Unicode.Scalar(b))
                    i += 1
                    continue
                }
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
                while j < width, i + j < n {
                    value = value << 6 | UInt32(bytes[i + j] & 0x3F)
                    j += 1
                }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += width
            }
        }
        offsets.append(Int32(n))
    }

    /// The text between two scalar offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= scalars.count else { return "" }
        let a = byteOffsets.isEmpty ? from : Int(byteOffsets[from])
        let b = byteOffsets.isEmpty ? to : Int(byteOffsets[to])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
