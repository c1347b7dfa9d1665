import Foundation

/// A calendar date and time as Excel stores it (no time zone). Years 1900–9999.
public struct ExcelDateTime: Hashable, Sendable {
    /// Year, 1900–9999.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of month, 1–31 (checked against the month).
    public var day: Int
    /// Hour, 0–23.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int
    /// Seconds, 0 ..< 60 (fractions allowed).
    public var second: Double

    /// A date, optionally with a time of day.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock date and time of `date` in `timeZone` (UTC by default, so output does not depend on the machine).
    public init(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        self.init(year: parts.year ?? 1900, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0,
                  minute: parts.minute ?? 0,
                  second: Double(parts.second ?? 0) + Double(parts.nanosecond ?? 0) / 1_000_000_000)
    }

    /// Why this value cannot be written, or nil when it is valid.
    var problem: String? {
        guard (1900...9999).contains(year) else { return "year \(year) is outside 1900–9999" }
        guard (1...12).contains(month) else { return "month \(month) is outside 1–12" }
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
            return "day \(day) does not exist in \(year)-\(month)"
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return "time \(hour):\(minute) is invalid" }
        guard second.isFinite, second >= 0, second < 60 else { return "seconds \(second) are outside 0..<60" }
        return nil
    }

    /// ISO-like text for error messages.
    var text: String { "\(year)-\(month)-\(day) \(hour):\(minute):\(second)" }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
