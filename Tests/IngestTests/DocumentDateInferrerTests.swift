import BriefingModel
import Foundation
@testable import Ingest
import Testing

@Suite struct DocumentDateInferrerTests {
    /// 2025-06-30T12:00:00Z.
    let inferrer = DocumentDateInferrer(now: Date(timeIntervalSince1970: 1_751_284_800))

    @Test(arguments: [
        ("Fact sheet\nLast updated: February 3, 2025\nIn 2023 exports were $1 billion.", "2025-02-03"),
        ("Program page\nUpdated March 5, 2025\nMore in January 2024.", "2025-03-05"),
        ("Published on Jan. 9, 2024\nBody mentions May 2025.", "2024-01-09"),
        // After a separator on the masthead line.
        ("Ohio and Japan\nOffice of Global Business — Updated March 2022\nA mission in October 2022.", "2022-03"),
        ("Survey report | Released November 17, 2021\nFielded in 2024-01-05.", "2021-11-17"),
    ])
    func datedHeadingWins(text: String, expected: String) {
        let result = inferrer.infer(from: text)
        #expect(result?.date.description == expected)
        #expect(result?.evidence == .heading)
    }

    @Test func pressDateline() {
        let text = "Press release\nNEW YORK, January 16, 2025 — The council said 1,200 alumni met on 3 February 2025."
        let result = inferrer.infer(from: text)
        #expect(result?.date.description == "2025-01-16")
        #expect(result?.evidence == .dateline)
    }

    @Test func placeAndDateOnALineOfTheirOwn() {
        let text = "FACT SHEET: Summit Deliverables\nWashington, April 10, 2024\nSince the leaders met on May 1, 2024 …"
        let result = inferrer.infer(from: text)
        #expect(result?.date.description == "2024-04-10")
        #expect(result?.evidence == .dateline)
        // A sentence that merely ends in a date is no dateline.
        let sentence = "Notes\nThe council, which met in Tokyo, April 10, 2024\nA report of May 1, 2024."
        #expect(inferrer.infer(from: sentence)?.evidence == .latestInText)
    }

    @Test func latestPlausibleDateIgnoresTheFuture() {
        let text = "Survey fielded in March 2024 and 2024-11-02. Target for December 31, 2030. Report of 14 April 2025."
        let result = inferrer.infer(from: text)
        #expect(result?.date.description == "2025-04-14")
        #expect(result?.evidence == .latestInText)
    }

    @Test func monthAndYearKeepsMonthPrecision() {
        #expect(inferrer.infer(from: "As reported in September 2023, visitors rose.")?.date.description == "2023-09")
    }

    @Test func aTitleEndingInAYearDatesATextWithNoFullDate() {
        let snapshot = inferrer.infer(from: "Texas–Japan Economic Snapshot 2023\nExports totaled $10.9B in 2022.")
        #expect(snapshot?.date.description == "2023" && snapshot?.evidence == .titleYear)
        // A full date anywhere wins; a year still to come or a number before the year is no title year.
        #expect(inferrer.infer(from: "Snapshot 2023\nUpdated March 5, 2024")?.date.description == "2024-03-05")
        #expect(inferrer.infer(from: "Japan Vision 2030\nTargets for 2030.") == nil)
        #expect(inferrer.infer(from: "Table 12-2023\nRows.") == nil)
    }

    @Test func noDateInText() {
        #expect(inferrer.infer(from: "Exports rose 5 percent to 120 billion dollars in the year.") == nil)
    }

    @Test func scannerReadsTheCommonForms() {
        let dates = DateScanner.dates(in: "Feb. 3, 2025; 3rd March 2024; 2023-07-01; June, 2022; may 2021")
        #expect(dates.map(\.date.description) == ["2025-02-03", "2024-03-03", "2023-07-01", "2022-06"])
    }
}
