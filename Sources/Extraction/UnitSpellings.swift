import BriefingModel

/// The `Unit` of each `UnitName` met so far in a document: a text uses a handful of units, and spelling one out
/// (a string made from its bytes) cost more per fact than finding it among those already made.
///
/// Inline arrays, not `Array`s: the first append to an array allocated its storage through a generic metadata
/// lookup that cost as much per document as the spellings saved.
struct UnitSpellings {
    private static let capacity = 16
    private var names = InlineArray<16, UnitName>(repeating: UnitName(""))
    private var units = InlineArray<16, Unit>(repeating: Unit(rawValue: ""))
    private var count = 0

    /// The unit spelled by `name`, made once per document (for its first sixteen units).
    mutating func unit(_ name: UnitName) -> Unit {
        for k in 0..<count where names[k] == name { return units[k] }
        let unit = name.unit
        if count < Self.capacity {
            names[count] = name
            units[count] = unit
            count += 1
        }
        return unit
    }
}
