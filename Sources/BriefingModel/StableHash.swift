/// A small, stable, non-cryptographic hash (FNV-1a, 64 bit) for ids that must not change between runs or
/// platforms; Swift's `hashValue` is seeded per process and so cannot serve.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Creates an empty hash.
    public init() {}

    /// Feeds the UTF-8 bytes of a string, followed by a separator byte so that ("ab","c") ≠ ("a","bc").
    public mutating func combine(_ text: String) {
        for byte in text.utf8 { feed(byte) }
        feed(0x1f)
    }

    /// Feeds an integer in decimal followed by the separator: the same bytes as `combine(String(number))`
    /// without building the string (fact ids are computed for every fact on the extraction hot path).
    public mutating func combine(_ number: Int) {
        if number < 0 { feed(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { feed(buffer[index]) }
        }
        feed(0x1f)
    }

    private mutating func feed(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    /// The hash as 16 lower-case hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Fact {
    /// The stable id of a fact: its document's content hash and its offsets, so the same figure in the same
    /// document version keeps its id across runs (overrides refer to it).
    public static func stableID(documentHash: String, start: Int, end: Int) -> String {
        var hash = StableHash()
        hash.combine(documentHash)
        hash.combine(start)
        hash.combine(end)
        return "f" + hash.hex
    }
}
