import BriefingModel
import Foundation

/// Turns values into the words both outputs use: "$7.2 billion", "45,000", "80%", "¥211 billion".
///
/// Formatting is done by hand rather than with `NumberFormatter` so that the text does not depend on the
/// machine's locale: the same run must give the same summary everywhere.
public enum ValueFormatter {
    /// The largest number of decimals shown after scaling ("7.25 billion"); the default of `grouped`.
    public static let maximumFractionDigits = 2

    /// A value in its unit as a reader would write it: "$7.2 billion", "45,000", "80%", "3 times", "2nd".
    public static func display(value: Double, unit: BriefingModel.Unit) -> String {
        let sign = value < 0 ? "-" : ""
        return sign + magnitude(abs(value), unit: unit)
    }

    /// A value with its hedge in front: "more than 30,000", "about $7.2 billion".
    public static func display(value: Double, unit: BriefingModel.Unit, qualifier: Qualifier) -> String {
        let number = display(value: value, unit: unit)
        return qualifier.phrase.isEmpty ? number : qualifier.phrase + " " + number
    }

    /// A change with an explicit sign: "+15,000", "-$1.2 billion", "0".
    public static func signedChange(_ change: Double, unit: BriefingModel.Unit) -> String {
        change > 0 ? "+" + display(value: change, unit: unit) : display(value: change, unit: unit)
    }

    /// A percent change with an explicit sign and one decimal: "+50.0%", "-12.5%".
    public static func signedPercent(_ percent: Double) -> String {
        let text = fixed(abs(percent), fractionDigits: 1) + "%"
        return percent > 0 ? "+" + text : percent < 0 ? "-" + text : text
    }

    /// A number with thousands separators and at most `maximumFractionDigits` decimals, trailing zeros dropped.
    public static func grouped(_ value: Double, maximumFractionDigits: Int = ValueFormatter.maximumFractionDigits) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value < 0 ? "-∞" : "∞") }
        let text = fixed(abs(value), fractionDigits: maximumFractionDigits)
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var groups: [Substring] = []
        while integer.count > 3 {
            groups.insert(integer.suffix(3), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(Substring(integer), at: 0)
        var result = groups.joined(separator: ",")
        if parts.count == 2 {
            let fraction = parts[1].reversed().drop { $0 == "0" }.reversed()
            if !fraction.isEmpty { result += "." + String(fraction) }
        }
        let isZero = result.allSatisfy { $0 == "0" || $0 == "," || $0 == "." }
        return value < 0 && !isZero ? "-" + result : result
    }

    /// The symbol written before an amount in a currency: "$", "¥", "€"; the ISO code and a space otherwise.
    public static func currencySymbol(_ unit: BriefingModel.Unit) -> String {
        switch unit.rawValue {
        case "USD": "$"
        case "JPY": "¥"
        case "EUR": "€"
        case "GBP": "£"
        case "KRW": "₩"
        case "CNY": "CN¥"
        case "AUD": "A$"
        case "CAD": "C$"
        default: unit.rawValue + " "
        }
    }

    /// The word for a large number's scale and its divisor, or nil below a million.
    static func scale(of magnitude: Double) -> (word: String, divisor: Double)? {
        if magnitude >= 1e12 { return ("trillion", 1e12) }
        if magnitude >= 1e9 { return ("billion", 1e9) }
        if magnitude >= 1e6 { return ("million", 1e6) }
        return nil
    }

    private static func magnitude(_ value: Double, unit: BriefingModel.Unit) -> String {
        if unit.isCurrency {
            return currencySymbol(unit) + scaled(value)
        }
        switch unit {
        case .count: return scaled(value)
        case .percent: return grouped(value) + "%"
        case .percentagePoints: return grouped(value) + (value == 1 ? " percentage point" : " percentage points")
        case .times: return grouped(value) + " times"
        case .rank: return ordinal(value)
        default:
            let words = unit.rawValue.replacingOccurrences(of: "_", with: " ")
            let singular = value == 1 && words.hasSuffix("s") ? String(words.dropLast()) : words
            return scaled(value) + " " + singular
        }
    }

    /// "7.2 billion" from 7_200_000_000; plain grouped digits below a million.
    private static func scaled(_ value: Double) -> String {
        guard let scale = scale(of: value) else { return grouped(value) }
        return grouped(value / scale.divisor) + " " + scale.word
    }

    private static func ordinal(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return grouped(value) }
        let number = Int(value)
        let lastTwo = number % 100
        let suffix = (11...13).contains(lastTwo) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return String(number) + suffix
    }

    private static func fixed(_ value: Double, fractionDigits: Int) -> String {
        String(format: "%.\(fractionDigits)f", value)
    }
}
