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
        // One pass over valid UTF-8 into preallocated buffers (the `unicodeScalars` view and `append` cost several
        // times more): each scalar and the byte offset where it starts.
        var offsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, count in
            offsets = [Int32](unsafeUninitializedCapacity: n + 1) { starts, startCount in
                utf8.withUnsafeBufferPointer { bytes in
                    var i = 0
                    var k = 0
                    while i < n {
                        // Eight ASCII bytes at a time (most of the text): one load and one mask test.
                        if i + 8 <= n, let base = bytes.baseAddress {
                            let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                            if chunk & 0x8080_8080_8080_8080 == 0 {
                                for j in 0..<8 {
                                    starts[k + j] = Int32(truncatingIfNeeded: i + j)
                                    out[k + j] = Unicode.Scalar(bytes[i + j])
                                }
                                i += 8
                                k += 8
                                continue
                            }
                        }
                        let b = bytes[i]
                        starts[k] = Int32(truncatingIfNeeded: i)
                        if b < 0x80 {
                            out[k] = Unicode.Scalar(b)
                            i += 1
                            k += 1
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
                        out[k] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        i += width
                        k += 1
                    }
                    starts[k] = Int32(truncatingIfNeeded: n)
                    count = k
                    startCount = k + 1
                }
            }
        }
        self.scalars = scalars
        // ASCII text needs no table: scalar offsets are byte offsets.
        byteOffsets = scalars.count == n ? [] : offsets
    }

    /// The text between two scalar offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= scalars.count else { return "" }
        let a = byteOffsets.isEmpty ? from : Int(byteOffsets[from])
        let b = byteOffsets.isEmpty ? to : Int(byteOffsets[to])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
