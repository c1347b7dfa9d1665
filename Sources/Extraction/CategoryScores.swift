import BriefingModel

/// Cue scores per category in fixed slots: a `Dictionary` hashed the category on every cue word, which showed
/// in the profile. An inline array, not a `SIMD16`: writing one lane of a vector at a slot known only at run time
/// copied all sixteen lanes through the stack twice.
struct CategoryScores {
    private var values = InlineArray<9, Double>(repeating: 0)

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

    /// The category of a slot.
    @inline(__always)
    private static func category(ofSlot slot: Int) -> Category {
        switch slot {
        case 0: .trade
        case 1: .investment
        case 2: .employment
        case 3: .exchange
        case 4: .survey
        case 5: .tourism
        case 6: .security
        case 7: .aid
        default: .other
        }
    }

    /// The category with the highest score of at least `threshold` (the first in declaration order on a tie).
    func best(threshold: Double) -> Category? {
        // Slots, not `Category.allCases`: that builds an array, and a static copy of it costs a lazy-initialisation
        // check per call (once per fact).
        var best = -1
        var bestScore = 0.0
        for slot in 0..<9 {
            let v = values[slot]
            guard v >= threshold else { continue }
            if best < 0 || v > bestScore {
                best = slot
                bestScore = v
            }
        }
        return best < 0 ? nil : Self.category(ofSlot: best)
    }

    /// The score of a category; 0 when no cue named it.
    subscript(category: Category) -> Double {
        get { values[Self.slot(category)] }
        set { values[Self.slot(category)] = newValue }
    }
}
