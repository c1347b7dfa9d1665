import BriefingModel

/// The interval a reported figure allows for the true value, from its qualifier and its rounding:
/// "more than 30,000" is [30,000, ∞); "2.7 million" is [2.65 million, 2.75 million].
struct ValueRange: Equatable {
    var low: Double
    var high: Double

    /// The range the qualifier alone allows (no rounding slack): used to bound a change.
    static func stated(_ value: Double, _ qualifier: Qualifier) -> ValueRange {
        switch qualifier {
        case .moreThan, .atLeast: ValueRange(low: value, high: .infinity)
        case .lessThan, .atMost, .nearly: ValueRange(low: -.infinity, high: value)
        case .exact, .approximately: ValueRange(low: value, high: value)
        }
    }

    /// The range a careful reader allows, with rounding slack: used to decide whether two sources conflict.
    static func plausible(_ value: Double, _ qualifier: Qualifier) -> ValueRange {
        let slack = roundingSlack(value)
        switch qualifier {
        case .exact: return ValueRange(low: value - slack, high: value + slack)
        case .approximately:
            let width = max(slack, abs(value) * 0.05)
            return ValueRange(low: value - width, high: value + width)
        case .nearly: return ValueRange(low: value - max(slack, abs(value) * 0.1), high: value + slack)
        case .moreThan, .atLeast: return ValueRange(low: value - slack, high: .infinity)
        case .lessThan, .atMost: return ValueRange(low: -.infinity, high: value + slack)
        }
    }

    /// Half the place value of the last significant digit: 36,900,000 → 50,000; 0.44 → 0.005; 16,054 → 0.5.
    static func roundingSlack(_ value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        var place = 1e15
        while place >= 1e-6 {
            let scaled = magnitude / place
            if scaled >= 1, abs(scaled - scaled.rounded()) < 1e-6 { return place / 2 }
            place /= 10
        }
        return 0
    }

    func overlaps(_ other: ValueRange) -> Bool { low <= other.high && other.low <= high }
}
