import BriefingModel

/// Fact ids exactly as `Fact.stableID` makes them (FNV-1a over the content hash, start and end, each followed by
/// 0x1f), with the content hash fed once per document and the hex written into one buffer: `Fact.stableID` hashed
/// the 64-character content hash and built three strings for every fact. A unit test checks both agree.
struct FactID {
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
    private let afterDocument: UInt64

    init(documentHash: String) {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in documentHash.utf8 { state = (state ^ UInt64(byte)) &* Self.prime }
        afterDocument = (state ^ 0x1f) &* Self.prime
    }

    /// The id of the fact at scalar offsets `start..<end`.
    func id(start: Int, end: Int) -> String {
        let state = Self.feed(end, into: Self.feed(start, into: afterDocument))
        return String(unsafeUninitializedCapacity: 17) { buffer in
            buffer[0] = UInt8(ascii: "f")
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: state >> UInt64(60 - 4 * k)) & 0xF
                buffer[1 + k] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 17
        }
    }

    /// Feeds an integer's decimal digits (with "-" when negative) and the separator. Digits are peeled off by
    /// dividing by the constant 10 (a multiply) into a small buffer, then fed from the most significant; finding the
    /// leading digit by dividing by a variable power of ten cost a hardware division per digit.
    private static func feed(_ number: Int, into hash: UInt64) -> UInt64 {
        var state = hash
        if number < 0 { state = (state ^ UInt64(UInt8(ascii: "-"))) &* prime }
        var magnitude = number.magnitude
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
                digits[count] = UInt8(truncatingIfNeeded: digit)
                count += 1
                magnitude = quotient
            } while magnitude > 0
            while count > 0 {
                count -= 1
                state = (state ^ (48 + UInt64(digits[count]))) &* prime
            }
            return (state ^ 0x1f) &* prime
        }
    }
}
