import BriefingModel
import Foundation

/// Parses `--as-of` dates: a full YYYY-MM-DD day, at midnight UTC.
enum LogicalDate {
    static func parse(_ text: String) -> Date? {
        guard let date = DocumentDate(iso: text), let month = date.month, let day = date.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar.date(from: DateComponents(year: date.year, month: month, day: day))
    }
}
