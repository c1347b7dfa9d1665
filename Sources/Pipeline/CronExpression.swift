import Foundation

/// A standard 5-field cron expression (minute hour day-of-month month day-of-week) as cronie reads it:
/// `*`, values, ranges `a-b`, lists `a,b`, steps `*/n` `a-b/n` `a/n`, month names `jan`–`dec`, day names
/// `sun`–`sat` (0 and 7 are both Sunday) and the macros `@hourly` `@daily` `@midnight` `@weekly` `@monthly`
/// `@yearly` `@annually`. When both day fields are restricted a day matches if either does (cron's OR rule).
///
/// Daylight-saving changes follow cronie: a job at a fixed time (neither minute nor hour field starts with `*`)
/// whose local time is skipped when clocks go forward runs at the moment of the change (e.g. 02:30 runs at
/// 03:00), and runs only once when clocks go back and its time repeats. Jobs with `*` in the minute or hour
/// field run by the wall clock: skipped local times do not run and repeated local times run again.
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    /// The expression as written.
    public let source: String
    /// Allowed minutes, hours, days of the month, months and days of the week (0 = Sunday).
    public let minutes: [Int], hours: [Int], daysOfMonth: [Int], months: [Int], daysOfWeek: [Int]
    /// Whether each field starts with `*` (cron's rule for the day OR and for daylight-saving handling).
    public let minuteIsWildcard: Bool, hourIsWildcard: Bool, dayOfMonthIsWildcard: Bool, dayOfWeekIsWildcard: Bool

    private static let macros = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
        "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]
    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Parses `text`; throws a `PipelineError` (`.invalidSchedule`) that says which field is wrong and why.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let expanded = Self.macros[trimmed.lowercased()] ?? trimmed
        if expanded.hasPrefix("@") {
            throw Self.error(text, "unknown macro '\(trimmed)' (use @hourly, @daily, @weekly, @monthly or @yearly)")
        }
        let fields = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw Self.error(text, "expected 5 fields (minute hour day-of-month month day-of-week), found \(fields.count)")
        }
        source = trimmed
        minutes = try Self.parseField(fields[0], name: "minute", range: 0 ... 59, names: [], expression: text)
        hours = try Self.parseField(fields[1], name: "hour", range: 0 ... 23, names: [], expression: text)
        daysOfMonth = try Self.parseField(fields[2], name: "day-of-month", range: 1 ... 31, names: [], expression: text)
        months = try Self.parseField(fields[3], name: "month", range: 1 ... 12, names: Self.monthNames, expression: text)
        let weekdays = try Self.parseField(fields[4], name: "day-of-week", range: 0 ... 7, names: Self.dayNames, expression: text)
        daysOfWeek = Array(Set(weekdays.map { $0 % 7 })).sorted()
        minuteIsWildcard = fields[0].hasPrefix("*")
        hourIsWildcard = fields[1].hasPrefix("*")
        dayOfMonthIsWildcard = fields[2].hasPrefix("*")
        dayOfWeekIsWildcard = fields[4].hasPrefix("*")
        if dayOfWeekIsWildcard || dayOfMonthIsWildcard,
           !months.contains(where: { month in daysOfMonth.contains { $0 <= CivilDate.daysIn(month: month, year: 2000) } }) {
            throw Self.error(text, "never runs: no chosen month has the chosen day of the month")
        }
    }

    /// The expression as written.
    public var description: String { source }

    /// The five fields after macro expansion, for writing a crontab line.
    public var fields: [String] {
        let expanded = Self.macros[source.lowercased()] ?? source
        return expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    private static func error(_ expression: String, _ message: String) -> PipelineError {
        PipelineError(.invalidSchedule, "cron expression '\(expression)': \(message)")
    }

    private static func parseField(
        _ field: String, name: String, range: ClosedRange<Int>, names: [String], expression: String
    ) throws -> [Int] {
        var values = Set<Int>()
        for item in field.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard (1 ... 2).contains(parts.count), !parts[0].isEmpty else {
                throw error(expression, "\(name) field '\(field)' is malformed")
            }
            var step = 1
            if parts.count == 2 {
                guard let value = Int(parts[1]), value > 0 else {
                    throw error(expression, "\(name) step '\(parts[1])' must be a positive number")
                }
                step = value
            }
            let bounds: ClosedRange<Int>
            if parts[0] == "*" {
                bounds = range.lowerBound ... (name == "day-of-week" ? 6 : range.upperBound)
            } else {
                let ends = parts[0].split(separator: "-", omittingEmptySubsequences: false)
                guard (1 ... 2).contains(ends.count) else { throw error(expression, "\(name) range '\(parts[0])' is malformed") }
                let low = try value(ends[0], name: name, range: range, names: names, expression: expression)
                let high = ends.count == 2
                    ? try value(ends[1], name: name, range: range, names: names, expression: expression)
                    : (parts.count == 2 ? range.upperBound : low)
                guard low <= high else { throw error(expression, "\(name) range '\(parts[0])' runs backwards") }
                bounds = low ... high
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values.sorted()
    }

    private static func value(
        _ text: Substring, name: String, range: ClosedRange<Int>, names: [String], expression: String
    ) throws -> Int {
        if let index = names.firstIndex(of: text.lowercased()) {
            return index + (name == "month" ? 1 : 0)
        }
        guard let number = Int(text) else { throw error(expression, "\(name) '\(text)' is not a number or name") }
        guard range.contains(number) else {
            throw error(expression, "\(name) \(number) is out of range \(range.lowerBound)-\(range.upperBound)")
        }
        return number
    }

    /// Whether a calendar day is chosen, with cron's rule: if either day field starts with `*` both must match,
    /// otherwise either may.
    func matchesDay(_ day: CivilDate) -> Bool {
        guard months.contains(day.month) else { return false }
        let dayOfMonth = daysOfMonth.contains(day.day)
        let dayOfWeek = daysOfWeek.contains(day.weekday)
        return dayOfMonthIsWildcard || dayOfWeekIsWildcard ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek
    }

    /// The first time strictly after `date` when the expression fires in `timeZone`, or nil if it never does
    /// within nine years.
    public func nextDate(after date: Date, in timeZone: TimeZone) -> Date? {
        let after = Int64(date.timeIntervalSince1970.rounded(.down))
        let clock = LocalClock(timeZone: timeZone)
        // Start three hours early in local time: when clocks go back, a later instant can have an earlier
        // local time.
        let startLocal = clock.localSeconds(at: after - 3 * 3600)
        let firstDay = CivilDate.floorDiv(startLocal, 86400)
        let fixedTime = !minuteIsWildcard && !hourIsWildcard
        var best: Int64?
        var stopLocal: Int64?
        for dayNumber in firstDay ... firstDay + 366 * 9 {
            if let stopLocal, dayNumber * 86400 > stopLocal { break }
            let day = CivilDate(dayNumber: dayNumber)
            guard matchesDay(day) else { continue }
            for hour in hours {
                for minute in minutes {
                    let local = dayNumber * 86400 + Int64(hour * 3600 + minute * 60)
                    if local <= startLocal { continue }
                    if let stopLocal, local > stopLocal { return best.map { Date(timeIntervalSince1970: Double($0)) } }
                    for instant in clock.instants(forLocal: local, fixedTime: fixedTime) where instant > after {
                        if best.map({ instant < $0 }) ?? true {
                            best = instant
                            if stopLocal == nil { stopLocal = local + 3 * 3600 }
                        }
                    }
                }
            }
        }
        return best.map { Date(timeIntervalSince1970: Double($0)) }
    }
}
