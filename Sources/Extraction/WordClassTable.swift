/// The word classes of the lexicon words in one flat array of plain integers, so that the tokenizer's lookup per
/// word is a probe through a single pointer, with no optional values to unwrap. A bitmap indexed by the keys' top
/// bits answers first: most words of a text are in no lexicon, and one bit test tells so. Then comes the slot mask,
/// then the slots as pairs of key and class, indexed like `KeyMap`: one pointer is all a lookup holds, which leaves
/// the tokenizer's loop more registers.
struct WordClassTable: Sendable {
    /// The bitmap, the mask, then the slots (key, class) in pairs.
    private var storage: [UInt64]
    private let mask: Int
    private static let filterBits: UInt64 = 16
    /// Where the mask is stored: just after the bitmap's `1 << (filterBits - 6)` words.
    private static let maskIndex = 1 << (Int(filterBits) - 6)
    /// Where the first slot starts.
    private static let slotsIndex = maskIndex + 1

    init(_ pairs: [UInt64: WordClass]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        storage = [UInt64](repeating: 0, count: Self.slotsIndex + 2 * capacity)
        storage[Self.maskIndex] = UInt64(mask)
        for (key, value) in pairs {
            let top = key >> (64 - Self.filterBits)
            storage[Int(top >> 6)] |= 1 << (top & 63)
            var i = Self.slot(key, mask)
            while storage[Self.slotsIndex + 2 * i] != 0 && storage[Self.slotsIndex + 2 * i] != key {
                i = (i + 1) & mask
            }
            storage[Self.slotsIndex + 2 * i] = key
            storage[Self.slotsIndex + 2 * i + 1] = UInt64(value.rawValue)
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The class of a word key (empty for words outside the lexicons).
    subscript(key: UInt64) -> WordClass { withLookup { $0[key] } }

    /// Runs `body` with a lookup that reads the table through a pointer valid only inside `body`.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        storage.withUnsafeBufferPointer { storage in
            guard let base = storage.baseAddress else { preconditionFailure("a word class table is never empty") }
            return body(Lookup(base: base))
        }
    }

    /// The longest run of slots a lookup of a lexicon word reads (1 when every word sits in its own slot).
    var longestProbe: Int {
        var longest = 0
        for i in 0...mask {
            let key = storage[Self.slotsIndex + 2 * i]
            if key != 0 { longest = max(longest, ((i - Self.slot(key, mask)) & mask) + 1) }
        }
        return longest
    }

    /// The table borrowed for one `withLookup` call: one plain pointer, to stay in a register.
    struct Lookup {
        let base: UnsafePointer<UInt64>

        /// The class of a word key: usually one probe, as the table is at most a quarter full.
        @inline(__always)
        subscript(key: UInt64) -> WordClass { mayHold(key) ? probe(key) : [] }

        /// False when the bitmap tells that no lexicon word has the key: one bit test, no probe.
        @inline(__always)
        func mayHold(_ key: UInt64) -> Bool {
            let top = key >> (64 - WordClassTable.filterBits)
            return base[Int(top >> 6)] & (1 << (top & 63)) != 0
        }

        /// The class of a word key found in the slots, for a key `mayHold` lets through.
        @inline(__always)
        func probe(_ key: UInt64) -> WordClass {
            let mask = Int(truncatingIfNeeded: base[WordClassTable.maskIndex])
            let slots = base + WordClassTable.slotsIndex
            var i = WordClassTable.slot(key, mask)
            while true {
                let k = slots[2 &* i]
                if k == key { return WordClass(rawValue: UInt8(truncatingIfNeeded: slots[2 &* i &+ 1])) }
                if k == 0 { return [] }
                i = (i &+ 1) & mask
            }
        }
    }
}
