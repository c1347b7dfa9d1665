import Foundation

/// Dates as the reports print them: ISO 8601 in UTC, so the text does not depend on the machine's time zone.
enum ReportDates {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// The UTC calendar parts of a date.
    static func components(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }

    /// "2025-11-22".
    static func day(_ date: Date) -> String {
        let parts = components(date)
        return pad(parts.year ?? 1970, 4) + "-" + pad(parts.month ?? 1, 2) + "-" + pad(parts.day ?? 1, 2)
    }

    /// "2025-11-22 06:00 UTC", or in a named time zone "2025-11-24 06:00 America/New_York" (a schedule's
    /// own zone reads as the analyst wrote it; an unknown name falls back to UTC).
    static func minute(_ date: Date, timeZone identifier: String? = nil) -> String {
        guard let identifier, identifier != "UTC", let zone = TimeZone(identifier: identifier) else {
            let parts = components(date)
            return day(date) + " " + pad(parts.hour ?? 0, 2) + ":" + pad(parts.minute ?? 0, 2) + " UTC"
        }
        var local = calendar
        local.timeZone = zone
        let parts = local.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return pad(parts.year ?? 1970, 4) + "-" + pad(parts.month ?? 1, 2) + "-" + pad(parts.day ?? 1, 2) + " "
            + pad(parts.hour ?? 0, 2) + ":" + pad(parts.minute ?? 0, 2) + " " + identifier
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
