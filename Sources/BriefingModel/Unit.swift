/// The unit of a quantity: `count`, `percent`, `percentage_points`, an ISO 4217 code, `times`, `rank`,
/// a duration, or a measurement unit in plural lower case joined by `_` (GUIDELINES.md, field `unit`).
public struct Unit: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The spelling used in every output, e.g. `USD`, `percent`, `square_km`.
    public let rawValue: String

    /// Creates a unit from its output spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a unit from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes a unit from its bare string spelling.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes a unit as its bare string spelling.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Unit, rhs: Unit) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let count: Unit = "count"
    public static let percent: Unit = "percent"
    public static let percentagePoints: Unit = "percentage_points"
    public static let times: Unit = "times"
    public static let rank: Unit = "rank"
    public static let years: Unit = "years"
    public static let months: Unit = "months"
    public static let weeks: Unit = "weeks"
    public static let days: Unit = "days"
    public static let usd: Unit = "USD"
    public static let jpy: Unit = "JPY"

    /// True for ISO 4217 currency codes (three upper-case letters).
    public var isCurrency: Bool {
        rawValue.count == 3 && rawValue.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }

    /// True for `percent` and `percentage_points`.
    public var isPercent: Bool { self == .percent || self == .percentagePoints }

    /// True for `years`, `months`, `weeks`, `days`, `hours`, `minutes`.
    public var isDuration: Bool {
        ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"].contains(rawValue)
    }
}
