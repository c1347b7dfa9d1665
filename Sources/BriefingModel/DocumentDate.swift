/// A calendar date known to year, month or day precision ("2021", "2021-03", "2021-03-09").
public struct DocumentDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2024.
    public let year: Int
    /// The month (1–12) when known.
    public let month: Int?
    /// The day of the month when known (requires `month`).
    public let day: Int?

    /// Creates a date; returns nil when the parts are out of range.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...DocumentDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]),
              parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0) != nil })
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the date is known.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Encodes as the ISO string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from the ISO string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = DocumentDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY[-MM[-DD]] date: \(text)")
        }
        self = date
    }

    /// The number of days in a month, leap years included.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
