/// The word classes of the lexicon words as two flat arrays (keys and class bits) indexed like `KeyMap`, so that the
/// tokenizer's lookup per word is a probe of plain integers through pointers, with no optional values to unwrap.
/// A bitmap indexed by the keys' top bits answers first: most words of a text are in no lexicon, and one bit test
/// tells so.
struct WordClassTable: Sendable {
    private var keys: [UInt64]
    private var classes: [UInt8]
    private let mask: Int
    /// One bit per value of a key's top `filterBits` bits: set when some lexicon key has them.
    private var filter: [UInt64]
    private static let filterBits: UInt64 = 16

    init(_ pairs: [UInt64: WordClass]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        classes = [UInt8](repeating: 0, count: capacity)
        mask = capacity - 1
        filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
        for (key, value) in pairs {
            let top = key >> (64 - Self.filterBits)
            filter[Int(top >> 6)] |= 1 << (top & 63)
            var i = Self.slot(key, mask)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            classes[i] = value.rawValue
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The class of a word key (empty for words outside the lexicons).
    subscript(key: UInt64) -> WordClass { withLookup { $0[key] } }

    /// Runs `body` with a lookup that reads the table through pointers valid only inside `body`.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            classes.withUnsafeBufferPointer { classes in
                filter.withUnsafeBufferPointer { filter in
                    guard let keys = keys.baseAddress, let classes = classes.baseAddress,
                          let filter = filter.baseAddress
                    else { preconditionFailure("a word class table is never empty") }
                    return body(Lookup(keys: keys, classes: classes, filter: filter, mask: mask))
                }
            }
        }
    }

    /// The longest run of slots a lookup of a lexicon word reads (1 when every word sits in its own slot).
    var longestProbe: Int {
        var longest = 0
        for (i, key) in keys.enumerated() where key != 0 {
            longest = max(longest, ((i - Self.slot(key, mask)) & mask) + 1)
        }
        return longest
    }

    /// The table borrowed for one `withLookup` call: plain pointers, few enough to stay in registers.
    struct Lookup {
        let keys: UnsafePointer<UInt64>
        let classes: UnsafePointer<UInt8>
        let filter: UnsafePointer<UInt64>
        let mask: Int

        /// The class of a word key: usually one probe, as the table is at most a quarter full.
        @inline(__always)
        subscript(key: UInt64) -> WordClass {
            let top = key >> (64 - WordClassTable.filterBits)
            if filter[Int(top >> 6)] & (1 << (top & 63)) == 0 { return [] }
            var i = WordClassTable.slot(key, mask)
            while true {
                let k = keys[i]
                if k == key { return WordClass(rawValue: classes[i]) }
                if k == 0 { return [] }
                i = (i &+ 1) & mask
            }
        }
    }
}
