import Foundation

/// A proleptic Gregorian calendar day, computed arithmetically (Howard Hinnant's algorithms) so cron matching
/// needs no `Calendar`.
struct CivilDate: Hashable {
    var year: Int
    var month: Int
    var day: Int
    /// 0 = Sunday.
    var weekday: Int

    /// The day `dayNumber` days after 1970-01-01.
    init(dayNumber: Int64) {
        let shifted = dayNumber + 719_468
        let era = CivilDate.floorDiv(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        weekday = Int(((dayNumber % 7) + 11) % 7)
    }

    /// Days since 1970-01-01 of a calendar date.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int64 {
        let adjustedYear = Int64(month <= 2 ? year - 1 : year)
        let era = floorDiv(adjustedYear, 400)
        let yearOfEra = adjustedYear - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Division rounding toward negative infinity.
    static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    /// Days in a month, leap years included.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Maps between instants and local wall-clock seconds ("seconds since 1970 as if the local time were UTC") in a
/// time zone, including the gaps and repeats of daylight-saving changes.
struct LocalClock {
    let timeZone: TimeZone

    /// Local wall-clock seconds at `instant`.
    func localSeconds(at instant: Int64) -> Int64 {
        instant + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
    }

    private func offset(at instant: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
    }

    /// The instants at which the wall clock shows `local`: one normally; two when clocks go back (only the
    /// first when `fixedTime`); none in a spring-forward gap, or the moment of the change when `fixedTime`.
    func instants(forLocal local: Int64, fixedTime: Bool) -> [Int64] {
        let before = offset(at: local - 86400)
        let after = offset(at: local + 86400)
        let candidates = Set([before, after]).map { local - $0 }.filter { localSeconds(at: $0) == local }.sorted()
        if !candidates.isEmpty { return fixedTime ? [candidates[0]] : candidates }
        guard fixedTime, before != after else { return [] }
        // In the gap: find the change between the instant read with the later offset (still before it) and the
        // one read with the earlier offset (already after it).
        var low = min(local - after, local - before)
        var high = max(local - after, local - before)
        guard offset(at: low) != offset(at: high) else { return [] }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(at: middle) == offset(at: low) { low = middle } else { high = middle }
        }
        return [high]
    }
}
