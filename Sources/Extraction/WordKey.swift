/// A 64-bit FNV-1a hash of a word folded to lower case: lexicon lookups compare these instead of allocating
/// strings for every token of the text.
struct WordKey {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Feeds one scalar value (already lower-cased) into a running hash.
    @inline(__always)
    static func feed(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var h = hash
        var v = value
        repeat {
            h ^= UInt64(v & 0xFF)
            h = h &* 0x0000_0100_0000_01b3
            v >>= 8
        } while v != 0
        return h
    }

    /// The key of a lexicon word written in the source code (any case, letters only).
    static func of(_ word: String) -> UInt64 {
        var h = empty
        for scalar in word.unicodeScalars {
            h = fold(scalar, into: h)
        }
        return h
    }

    /// Folds one scalar to lower case (ASCII fast path, ligatures spelled out) and feeds it.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, into hash: UInt64) -> UInt64 {
        let v = scalar.value
        if v < 0x80 {
            return feed(hash, (v >= 65 && v <= 90) ? v + 32 : v)
        }
        switch v {
        case 0xFB00: return feed(feed(hash, 102), 102)
        case 0xFB01: return feed(feed(hash, 102), 105)
        case 0xFB02: return feed(feed(hash, 102), 108)
        case 0xFB03: return feed(feed(feed(hash, 102), 102), 105)
        case 0xFB04: return feed(feed(feed(hash, 102), 102), 108)
        case 0xFB05, 0xFB06: return feed(feed(hash, 115), 116)
        default:
            return feedLowercaseMapping(scalar, into: hash)
        }
    }

    /// Feeds the full lower-case mapping of a scalar; out of line so that callers do not carry its metadata.
    @inline(never)
    private static func feedLowercaseMapping(_ scalar: Unicode.Scalar, into hash: UInt64) -> UInt64 {
        var h = hash
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            h = feed(h, lower.value)
        }
        return h
    }
}
