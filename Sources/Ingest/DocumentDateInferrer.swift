import BriefingModel
import Foundation

/// Infers the date a document speaks from when nobody stated it: a dated heading ("Last updated: February 3,
/// 2025"), else a press dateline ("NEW YORK, January 16, 2025 —"), else the latest plausible date in the text.
/// Dates after `now` are never chosen. (Front matter and HTML meta dates are read by the format readers.)
public struct DocumentDateInferrer: Sendable {
    /// How a date was found, for explanations.
    public enum Evidence: String, Sendable, Hashable {
        case heading, dateline, latestInText, titleYear
    }

    /// The moment "the future" starts.
    public var now: Date

    private static let headingPrefixes = [
        "last updated", "updated", "last modified", "modified", "published", "posted", "released", "issued",
        "revised", "date",
    ]

    /// Creates an inferrer judging plausibility against `now`.
    public init(now: Date) {
        self.now = now
    }

    /// The inferred date and its evidence, or nil when the text holds no plausible date.
    public func infer(from text: String) -> (date: DocumentDate, evidence: Evidence)? {
        guard let today = Self.calendarDate(of: now) else { return nil }
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
        var latest: DocumentDate?
        var dateline: DocumentDate?
        for (number, line) in lines.enumerated() {
            let matches = DateScanner.dates(in: line).filter { $0.date <= today }
            guard let first = matches.first else { continue }
            if Self.isHeading(line, dateStart: first.start) { return (first.date, .heading) }
            if dateline == nil, number < 40, Self.isDateline(line, date: first) { dateline = first.date }
            for match in matches where latest.map({ match.date > $0 }) ?? true { latest = match.date }
        }
        if let dateline { return (dateline, .dateline) }
        if let latest { return (latest, .latestInText) }
        return Self.titleYear(of: lines.first, today: today).map { ($0, .titleYear) }
    }

    /// The year that ends a title line ("Texas–Japan Economic Snapshot 2023", "… — Annual Report 2018"), when the
    /// text names no full date at all; not a year still to come ("Vision 2030").
    private static func titleYear(of line: Substring?, today: DocumentDate) -> DocumentDate? {
        guard let line else { return nil }
        let trimmed = line.trimmingSpaces()
        let digits = trimmed.unicodeScalars.suffix(4)
        guard digits.count == 4, digits.allSatisfy({ $0.properties.numericType == .decimal && $0.isASCII }),
              let year = Int(String(String.UnicodeScalarView(digits))), year >= 1900, year <= today.year
        else { return nil }
        // A word, not a number, before the year: "Snapshot 2023", not "pp. 12-2023".
        let before = trimmed.unicodeScalars.dropLast(4)
        guard let last = before.last, last == " ", before.dropLast().last?.properties.isAlphabetic == true else {
            return nil
        }
        return DocumentDate(year: year)
    }

    /// The UTC calendar date of `date`.
    static func calendarDate(of date: Date) -> DocumentDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return parts.year.flatMap { DocumentDate(year: $0, month: parts.month, day: parts.day) }
    }

    /// Marks that set a heading's date off from what comes before it on the line ("Survey report — Released
    /// November 17, 2021", "Office of Global Business | Updated March 2022").
    private static let separators: Set<Unicode.Scalar> = ["—", "–", "|", "·", "•"]

    /// A line (or the part after its last separator) that starts with "Updated", "Last updated:", "Published on" …
    /// and has the date soon after.
    private static func isHeading(_ line: Substring, dateStart: Int) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        if let separator = scalars[..<min(dateStart, scalars.count)].lastIndex(where: separators.contains) {
            start = separator + 1
        }
        while start < scalars.count, !scalars[start].properties.isAlphabetic { start += 1 }
        guard dateStart > start, dateStart - start <= 40 else { return false }
        let lead = String(String.UnicodeScalarView(scalars[start ..< dateStart])).lowercased()
        guard let prefix = headingPrefixes.first(where: { lead.hasPrefix($0) }) else { return false }
        let rest = lead.dropFirst(prefix.count)
        return rest.allSatisfy { !$0.isLetter } || rest.trimmingSpaces() == "on" || rest.trimmingSpaces().hasSuffix(": on")
    }

    /// A press dateline: an upper-case place, a comma, the date, then a dash ("NEW YORK, January 16, 2025 —"); or a
    /// line of its own holding only a place and the date ("Washington, April 10, 2024").
    private static func isDateline(_ line: Substring, date: DateScanner.Match) -> Bool {
        let scalars = Array(line.unicodeScalars)
        let lead = String(String.UnicodeScalarView(scalars[0 ..< date.start])).trimmingSpaces()
        guard lead.hasSuffix(","), lead.count <= 60, let place = lead.split(separator: ",").first,
              place.contains(where: \.isLetter)
        else { return false }
        let trail = String(String.UnicodeScalarView(scalars[date.end...])).trimmingSpaces()
        if trail.isEmpty || trail == "." {
            // A line of its own: every word of the place capitalised, a few words at most.
            let words = lead.dropLast().split(whereSeparator: { $0 == " " || $0 == "," })
            return words.count <= 4 && words.allSatisfy { $0.first.map { $0.isUppercase } ?? false }
        }
        guard place.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return false }
        return trail.hasPrefix("—") || trail.hasPrefix("–") || trail.hasPrefix("-")
    }
}
