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

    /// The id of the fact at scalar offsets `start..<end`: "f" and the sixteen hex digits of the hash.
    func id(start: Int, end: Int) -> String {
        let state = Self.feed(end, into: Self.feed(start, into: afterDocument))
        let high = Self.hexDigits(UInt32(truncatingIfNeeded: state >> 32))
        let low = Self.hexDigits(UInt32(truncatingIfNeeded: state))
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            guard let base = buffer.baseAddress else { return "" }
            let raw = UnsafeMutableRawPointer(base)
            raw.storeBytes(of: UInt8(ascii: "f"), as: UInt8.self)
            raw.storeBytes(of: high.littleEndian, toByteOffset: 1, as: UInt64.self)
            raw.storeBytes(of: low.littleEndian, toByteOffset: 9, as: UInt64.self)
            return ScalarText.string(validUTF8: UnsafeBufferPointer(start: base, count: 17), ascii: true)
        }
    }

    /// The eight lower-case hex digits of `value` as ASCII bytes, the most significant in the lowest byte: the
    /// nibbles are spread one per byte, then each becomes "0"…"9" or "a"…"f" at once.
    @inline(__always)
    static func hexDigits(_ value: UInt32) -> UInt64 {
        var x = UInt64(value)
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        x = (x | x << 8) & 0x00FF_00FF_00FF_00FF
        x = (x | x << 4) & 0x0F0F_0F0F_0F0F_0F0F
        // Nibble k (from the least significant) now sits in byte k; the most significant must come first.
        x = x.byteSwapped
        // 1 in each byte that holds 10…15, which then skips the 39 characters between "9" and "a".
        let letters = ((x &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
        return x &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
    }

    /// Feeds an integer's decimal digits (with "-" when negative) and the separator. Offsets below 10⁸ (all of
    /// them in practice) are turned into eight digit bytes at once, the most significant lowest (two halves of four
    /// digits, split into hundreds, then tens), so they are fed by shifting until the word is empty once the leading
    /// zeros are dropped and the rest made ASCII (no digit byte is zero then).
    private static func feed(_ number: Int, into hash: UInt64) -> UInt64 {
        guard number >= 0, number < 100_000_000 else { return feedAny(number, into: hash) }
        let n = UInt64(truncatingIfNeeded: number)
        // Four-digit halves in 32-bit lanes, the high half lowest.
        let halves = n / 10_000 | (n % 10_000) << 32
        // Each lane over 100 (x · 10486 >> 20 is x / 100 below 10⁴), then the quotient and remainder in 16-bit lanes.
        let hundreds = (halves &* 10_486) >> 20 & 0x0000_007F_0000_007F
        let pairs = hundreds | (halves &- hundreds &* 100) << 16
        // Each 16-bit lane over 10 (x · 103 >> 10 is x / 10 below 100), then tens and units in bytes.
        let tens = (pairs &* 103) >> 10 & 0x000F_000F_000F_000F
        let digits = tens | (pairs &- tens &* 10) << 8
        // Leading zero digits sit in the low bytes; zero itself keeps its last digit.
        let leadingZeros = min(digits.trailingZeroBitCount & ~7, 56)
        var ascii = (digits &+ 0x3030_3030_3030_3030) >> UInt64(leadingZeros)
        var state = hash
        repeat {
            state = (state ^ (ascii & 0xFF)) &* prime
            ascii >>= 8
        } while ascii != 0
        return (state ^ 0x1f) &* prime
    }

    /// `feed` for any integer: digits are peeled off by dividing by the constant 10 (a multiply) into a small
    /// buffer, then fed from the most significant.
    private static func feedAny(_ number: Int, into hash: UInt64) -> UInt64 {
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
