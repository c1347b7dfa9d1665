import BriefingModel

/// What kind of unit a quantity carries; decides which attributes apply (a counted noun only for counts).
enum UnitKind: Equatable {
    case count, percent, points, currency, measure, duration, times, rank
}

/// A quantity found in a sentence, before its attributes are resolved. Indices are token indices.
struct Quantity {
    /// First token, qualifier included.
    var start: Int
    /// First token of the number or its currency marker.
    var coreStart: Int
    /// Token just past the quantity (unit and trailing qualifier included).
    var end: Int
    var value: Double
    var low: Double?
    var high: Double?
    var unit: UnitName
    var unitKind: UnitKind
    var qualifier: Qualifier = .exact
    /// The qualifier was written next to this number (not carried over from a list).
    var qualifierWritten = false
    var inWords = false
    /// A share of a whole turned into percent ("half", "one in five").
    var fraction = false
    var scaled = false
    /// Token index of the word that names what is counted (lower-cased into the fact's `noun`); a token, not a
    /// string, so that a quantity holds no reference and copies cheaply.
    var nounWord: Int?
    /// Token index of the counted noun when it follows the number.
    var nounToken: Int?
    var nounFromContext = false
    var confidence = 0.9

    var isRange: Bool { low != nil && high != nil }
}
