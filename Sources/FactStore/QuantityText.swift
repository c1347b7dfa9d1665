import BriefingModel
import Foundation

/// Formats quantities for people: "45,000", "USD 783.3 billion", "47.1%".
public enum QuantityText {
    /// A value in its unit, large amounts with a scale word.
    public static func format(_ value: Double, unit: BriefingModel.Unit) -> String {
        switch unit {
        case .percent: return number(value, maxDecimals: 2) + "%"
        case .percentagePoints: return number(value, maxDecimals: 2) + " percentage points"
        case .count: return scaled(value)
        default:
            if unit.isCurrency { return "\(unit.rawValue) \(scaled(value))" }
            return "\(scaled(value)) \(unit.rawValue.replacingOccurrences(of: "_", with: " "))"
        }
    }

    /// A percentage with one decimal: "50.0%".
    public static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value)
    }

    /// A fact as the source hedged it: "more than 30,000".
    public static func stated(_ fact: Fact) -> String {
        let phrase = fact.qualifier.phrase
        let amount = format(fact.value, unit: fact.unit)
        return phrase.isEmpty ? amount : "\(phrase) \(amount)"
    }

    /// "36.9 million" from 36,900,000; smaller values with digit grouping.
    static func scaled(_ value: Double) -> String {
        let scales: [(Double, String)] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
        for (size, word) in scales where abs(value) >= size {
            return number(value / size, maxDecimals: 2) + " " + word
        }
        return number(value, maxDecimals: 2)
    }

    /// Digit-grouped, up to `maxDecimals` decimals, trailing zeros trimmed.
    static func number(_ value: Double, maxDecimals: Int) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        formatter.minimumFractionDigits = 0
        formatter.maximumFractionDigits = maxDecimals
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}
