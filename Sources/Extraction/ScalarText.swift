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
        // One decoding pass over the bytes (Swift's `unicodeScalars` view costs several times more); the String
        // is valid UTF-8, so every lead byte is followed by its continuation bytes.
        var offsets: [Int32] = []
        var ascii = true
        let scalars = utf8.withUnsafeBufferPointer { bytes -> [Unicode.Scalar] in
            let n = bytes.count
            return [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
                var i = 0
                var k = 0
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[k] = Unicode.Scalar(b)
                        k += 1
                        i += 1
                        if !ascii { offsets.append(Int32(i - 1)) }
                        continue
                    }
                    if ascii {
                        ascii = false
                        offsets.reserveCapacity(n + 1)
                        for p in 0..<k { offsets.append(Int32(p)) }
                    }
                    offsets.append(Int32(i))
                    var value: UInt32
                    var width: Int
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
                    out[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    k += 1
                    i += width
                }
                count = k
            }
        }
        self.scalars = scalars
        if ascii {
            byteOffsets = []
        } else {
            offsets.append(Int32(utf8.count))
            byteOffsets = offsets
        }
    }

    /// The text between two scalar offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= scalars.count else { return "" }
        let a = byteOffsets.isEmpty ? from : Int(byteOffsets[from])
        let b = byteOffsets.isEmpty ? to : Int(byteOffsets[to])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
