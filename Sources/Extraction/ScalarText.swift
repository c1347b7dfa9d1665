/// A document's text as Unicode scalars (what offsets count) together with its UTF-8 bytes and the byte
/// offset of every scalar, so that slices become Strings by copying bytes rather than re-encoding scalars.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let utf8 = Array(text.utf8)
        self.scalars = scalars
        self.utf8 = utf8
        // ASCII text needs no table: scalar offsets are byte offsets.
        guard utf8.count != scalars.count else {
            byteOffsets = []
            return
        }
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var position: Int32 = 0
        for scalar in scalars {
            offsets.append(position)
            position += Int32(UTF8.width(scalar))
        }
        offsets.append(position)
        byteOffsets = offsets
    }

    /// The text between two scalar offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= scalars.count else { return "" }
        let a = byteOffsets.isEmpty ? from : Int(byteOffsets[from])
        let b = byteOffsets.isEmpty ? to : Int(byteOffsets[to])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
