import Foundation
@testable import Pipeline
import Testing

@Suite struct CronExpressionTests {
    @Test(arguments: [
        // expression, time zone, after, expected next
        ("0 7 * * 1-5", "UTC", "2025-01-03T07:00:00Z", "2025-01-06T07:00:00Z"),
        ("*/15 * * * *", "UTC", "2025-01-01T10:07:30Z", "2025-01-01T10:15:00Z"),
        ("0 0 1 jan *", "UTC", "2025-06-01T00:00:00Z", "2026-01-01T00:00:00Z"),
        ("0 12 13 * 5", "UTC", "2025-06-01T00:00:00Z", "2025-06-06T12:00:00Z"),
        ("0 12 */2 * 5", "UTC", "2025-06-01T00:00:00Z", "2025-06-13T12:00:00Z"),
        ("0 0 29 2 *", "UTC", "2025-01-01T00:00:00Z", "2028-02-29T00:00:00Z"),
        ("30 9 * * 7", "UTC", "2025-06-02T00:00:00Z", "2025-06-08T09:30:00Z"),
        ("30 9 * * SUN", "UTC", "2025-06-02T00:00:00Z", "2025-06-08T09:30:00Z"),
        ("0 9 * * mon-fri", "Asia/Tokyo", "2025-06-06T00:00:00Z", "2025-06-09T00:00:00Z"),
        ("5 4 * * *", "UTC", "2024-12-31T23:59:59Z", "2025-01-01T04:05:00Z"),
        ("0 0,12 1-3/2 */3 *", "UTC", "2025-01-01T00:00:00Z", "2025-01-01T12:00:00Z"),
        ("@daily", "UTC", "2025-01-01T00:00:00Z", "2025-01-02T00:00:00Z"),
        ("@hourly", "UTC", "2025-01-01T00:59:59Z", "2025-01-01T01:00:00Z"),
        // New York spring forward (2025-03-09 02:00 EST → 03:00 EDT): a fixed 02:30 job runs at 03:00 EDT.
        ("30 2 * * *", "America/New_York", "2025-03-08T12:00:00Z", "2025-03-09T07:00:00Z"),
        ("30 2 * * *", "America/New_York", "2025-03-09T07:00:00Z", "2025-03-10T06:30:00Z"),
        // A wildcard-hour job skips the missing hour.
        ("15 * * * *", "America/New_York", "2025-03-09T06:30:00Z", "2025-03-09T07:15:00Z"),
        // New York fall back (2025-11-02 02:00 EDT → 01:00 EST): a fixed 01:30 job runs once.
        ("30 1 * * *", "America/New_York", "2025-11-02T04:00:00Z", "2025-11-02T05:30:00Z"),
        ("30 1 * * *", "America/New_York", "2025-11-02T05:30:00Z", "2025-11-03T06:30:00Z"),
        // … while an hourly job runs in both 01:30s.
        ("30 * * * *", "America/New_York", "2025-11-02T05:30:00Z", "2025-11-02T06:30:00Z"),
        ("*/20 * * * *", "America/New_York", "2025-11-02T05:50:00Z", "2025-11-02T06:00:00Z"),
        // London spring forward (2025-03-30 01:00 GMT → 02:00 BST) and fall back (2025-10-26 02:00 BST → 01:00 GMT).
        ("30 1 * * *", "Europe/London", "2025-03-29T12:00:00Z", "2025-03-30T01:00:00Z"),
        ("0 2 * * *", "Europe/London", "2025-03-29T12:00:00Z", "2025-03-30T01:00:00Z"),
        ("30 1 * * *", "Europe/London", "2025-10-25T12:00:00Z", "2025-10-26T00:30:00Z"),
        ("30 1 * * *", "Europe/London", "2025-10-26T00:30:00Z", "2025-10-27T01:30:00Z"),
    ])
    func nextDate(expression: String, zone: String, after: String, expected: String) throws {
        let cron = try CronExpression(expression)
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(utcText(cron.nextDate(after: utc(after), in: timeZone)) == expected)
    }

    @Test(arguments: [
        ("60 * * * *", "minute 60 is out of range 0-59"),
        ("* * *", "expected 5 fields"),
        ("0 0 31 2 *", "never runs"),
        ("5-1 * * * *", "runs backwards"),
        ("*/0 * * * *", "must be a positive number"),
        ("@reboot", "unknown macro"),
        ("0 0 * * mon-xyz", "is not a number or name"),
        ("0 0 * 13 *", "month 13 is out of range"),
        ("1,,2 * * * *", "malformed"),
    ])
    func invalidExpressions(expression: String, message: String) {
        #expect { try CronExpression(expression) } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.code == .invalidSchedule && error.message.contains(message)
        }
    }

    @Test func dayFieldsAndWildcardFlags() throws {
        let cron = try CronExpression("0 9 1,15 * sun,7,sat")
        #expect(cron.daysOfWeek == [0, 6])
        #expect(!cron.dayOfMonthIsWildcard && !cron.dayOfWeekIsWildcard)
        #expect(cron.fields == ["0", "9", "1,15", "*", "sun,7,sat"])
        #expect(try CronExpression("@weekly").fields == ["0", "0", "*", "*", "0"])
    }

    @Test func civilDatesRoundTrip() {
        for day: Int64 in [-719_468, -1, 0, 59, 10_957, 20_000, 2_932_896] {
            let date = CivilDate(dayNumber: day)
            #expect(CivilDate.dayNumber(year: date.year, month: date.month, day: date.day) == day)
        }
        let epoch = CivilDate(dayNumber: 0)
        #expect(epoch.year == 1970 && epoch.month == 1 && epoch.day == 1 && epoch.weekday == 4)
    }
}
