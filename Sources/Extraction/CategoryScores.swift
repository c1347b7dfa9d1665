import BriefingModel

/// Cue scores per category in fixed slots: a `Dictionary` hashed the category on every cue word, which showed
/// in the profile.
struct CategoryScores {
    private var values = SIMD16<Double>()

    /// The slot of a category (declaration order).
    @inline(__always)
    private static func slot(_ category: Category) -> Int {
        switch category {
        case .trade: 0
        case .investment: 1
        case .employment: 2
        case .exchange: 3
        case .survey: 4
        case .tourism: 5
        case .security: 6
        case .aid: 7
        case .other: 8
        }
    }

    /// The score of a category; 0 when no cue named it.
    subscript(category: Category) -> Double {
        get { values[Self.slot(category)] }
        set { values[Self.slot(category)] = newValue }
    }
}
