/// A 64-bit key of a word folded to lower case: its lower-case UTF-8 bytes taken eight at a time (little-endian,
/// the last chunk zero-padded), chained by a multiply and then mixed. Lexicon lookups compare these keys instead
/// of allocating strings for every token of the text.
///
/// Every way of computing a key (an ASCII word read eight bytes at a time by the tokenizer, a word with other
/// letters fed byte by byte, a lexicon word in the source code) chains the same chunks the same way, so their
/// keys agree. Words hold no zero bytes, so a word of up to seven bytes is its own chunk and keys of such words
/// never collide.
struct WordKey {
    /// Chains one chunk of up to eight bytes into the running value.
    @inline(__always)
    static func absorb(_ hash: UInt64, _ chunk: UInt64) -> UInt64 { (hash &* 0x9E37_79B9_7F4A_7C15) ^ chunk }

    /// Mixes the chained value so that the bits `KeyMap` and `WordClassTable` index by (the top sixteen for the
    /// filter, the low ones xor'ed with those from bit 29 for the slot) depend on every byte. A multiply by an odd
    /// constant and an xor-shift are both invertible, so distinct chained values keep distinct keys (words of up
    /// to seven bytes never collide), and only the empty word has key zero, the value `KeyMap` reserves for empty
    /// slots.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        let h = hash &* 0xff51_afd7_ed55_8ccd
        return h ^ (h >> 32)
    }

    /// Builds a key byte by byte, for words with letters beyond ASCII and for lexicon words.
    struct Builder {
        private var hash: UInt64 = 0
        private var chunk: UInt64 = 0
        private var filled = 0

        init() {}

        /// Feeds one byte of the folded word.
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            chunk |= UInt64(byte) << UInt64(filled * 8)
            filled += 1
            if filled == 8 {
                hash = WordKey.absorb(hash, chunk)
                chunk = 0
                filled = 0
            }
        }

        /// Feeds a scalar folded to lower case (ASCII fast path, ligatures spelled out) as UTF-8 bytes.
        mutating func add(folding scalar: Unicode.Scalar) {
            let v = scalar.value
            if v < 0x80 {
                add(UInt8(truncatingIfNeeded: (v >= 65 && v <= 90) ? v + 32 : v))
                return
            }
            switch v {
            case 0xFB00: add(102); add(102)
            case 0xFB01: add(102); add(105)
            case 0xFB02: add(102); add(108)
            case 0xFB03: add(102); add(102); add(105)
            case 0xFB04: add(102); add(102); add(108)
            case 0xFB05, 0xFB06: add(115); add(116)
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    for byte in lower.utf8 { add(byte) }
                }
            }
        }

        /// The key of the bytes fed so far (the last, partial chunk is always chained, even when empty).
        var key: UInt64 { WordKey.finish(WordKey.absorb(hash, chunk)) }
    }

    /// The key of a lexicon word written in the source code (any case).
    static func of(_ word: String) -> UInt64 {
        var builder = Builder()
        for scalar in word.unicodeScalars { builder.add(folding: scalar) }
        return builder.key
    }
}
