import BriefingModel

/// The output spelling of a unit ("percent", "USD", "square_km") held inline as up to 24 UTF-8 bytes.
///
/// Quantities and their parts are copied many times while a sentence is scanned; a `String` unit made every copy
/// retain and release it. This value is plain bytes, so copies are moves and equality is three compares; the
/// `String` is made once, when a fact is.
struct UnitName: Equatable, Sendable {
    /// The bytes, little-endian and zero-padded (unit spellings hold no zero byte, so padding cannot collide).
    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0

    /// The most bytes a spelling keeps; every lexicon spelling is shorter ("british_thermal_units" is 21).
    static let capacity = 24

    /// A unit from its spelling; bytes past `capacity` are dropped (only lexicon words and currency codes come
    /// here, all shorter).
    init(_ spelling: String) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            for (k, byte) in spelling.utf8.prefix(Self.capacity).enumerated() { raw[k] = byte }
        }
        (w0, w1, w2) = words
    }

    /// The spelling as a string.
    var spelling: String {
        // The bytes stop at the first zero; each word's length comes from its highest set byte.
        func used(_ w: UInt64) -> Int { (64 - w.leadingZeroBitCount + 7) / 8 }
        let length = w2 != 0 ? 16 + used(w2) : w1 != 0 ? 8 + used(w1) : used(w0)
        return withUnsafeBytes(of: (w0, w1, w2)) { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[..<length]), as: UTF8.self)
        }
    }

    /// The unit for a fact.
    var unit: Unit { Unit(rawValue: spelling) }

    /// A unit from the words `init(_:)` would pack, for the constants below: computed properties of literal words
    /// fold into the code, where a stored `static let` was read through `swift_once` at every use.
    private init(packed w0: UInt64, _ w1: UInt64 = 0) {
        self.w0 = w0
        self.w1 = w1
    }

    static var count: UnitName { UnitName(packed: 0x74_6E75_6F63) }
    static var percent: UnitName { UnitName(packed: 0x74_6E65_6372_6570) }
    static var rank: UnitName { UnitName(packed: 0x6B6E_6172) }
    static var times: UnitName { UnitName(packed: 0x73_656D_6974) }
    static var pounds: UnitName { UnitName(packed: 0x7364_6E75_6F70) }
    static var gbp: UnitName { UnitName(packed: 0x50_4247) }
    static var cny: UnitName { UnitName(packed: 0x59_4E43) }
    static var km: UnitName { UnitName(packed: 0x6D6B) }
    static var meters: UnitName { UnitName(packed: 0x7372_6574_656D) }
    static var miles: UnitName { UnitName(packed: 0x73_656C_696D) }
    static var feet: UnitName { UnitName(packed: 0x7465_6566) }
    static var centimeters: UnitName { UnitName(packed: 0x7465_6D69_746E_6563, 0x73_7265) }
}
