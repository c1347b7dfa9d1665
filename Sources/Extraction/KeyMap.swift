/// An open-addressing hash map from word keys to values. Word keys are already FNV hashes, so the table uses
/// their low bits directly: one or two probes per lookup and no hashing on the hot path (Swift's `Dictionary`
/// runs SipHash on every lookup, which dominated the profile).
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(key, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
    }

    /// The value stored for a key, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// All stored keys.
    var allKeys: [UInt64] { keys.filter { $0 != 0 } }
}

/// A set of word keys with the same layout as `KeyMap`, keys only: a test reads one array.
struct KeySet: Sendable {
    private var keys: [UInt64]
    private let mask: Int

    init(_ keys: [UInt64]) {
        var capacity = 16
        while capacity < keys.count * 4 { capacity <<= 1 }
        self.keys = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for key in keys {
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while self.keys[i] != 0 && self.keys[i] != key { i = (i + 1) & mask }
            self.keys[i] = key
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        keys.withUnsafeBufferPointer { table in
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                let k = table[i]
                // Empty slots hold 0, which no key is (a number token's 0 must not be found).
                if k == 0 { return false }
                if k == key { return true }
                i = (i + 1) & mask
            }
        }
    }

    /// All keys in the set.
    var allKeys: [UInt64] { keys.filter { $0 != 0 } }
}

extension KeyMap {
    /// Builds a map from a dictionary.
    init(_ dictionary: [UInt64: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }
}
