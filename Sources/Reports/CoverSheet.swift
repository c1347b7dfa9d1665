import Workbook

/// The Cover sheet: title, description, the run, its sources, the next run and the contact, as headed lines in
/// column A (a cover is prose, not a table).
struct CoverSheet {
    static let name = "Cover"
    static let description = "What this workbook is, the run that produced it, its sources and who to contact"

    let report: BriefingReport

    func write(with writer: TableSheetWriter) throws {
        let sheet = try writer.sheet(Self.name)
        try writer.writeTitle(report.title, lines: [report.description], on: sheet)
        var row = 2
        func section(_ heading: String, _ lines: [String]) throws {
            row += 1
            try sheet.write(string: heading, row: row, column: 0, format: writer.styles.bold)
            for line in lines {
                row += 1
                try sheet.write(string: line, row: row, column: 0, format: writer.styles.wrapped)
            }
            row += 1
        }
        try section("Run", [
            "Pipeline \(report.pipeline), run \(report.runID), logical date \(ReportDates.day(report.runDate)).",
            "\(report.facts.count) facts from \(report.documents.count) documents.",
        ])
        if let next = report.nextScheduledRun {
            try section("Next scheduled run", [ReportDates.minute(next, timeZone: report.scheduleTimeZone)])
        }
        let sources = report.documents.map { listed in
            [listed.displayTitle, listed.document.publisher, listed.displayDate].compactMap { $0 }.joined(separator: ", ")
        }
        try section("Sources", ["The Sources sheet lists each document with its link and hash."] + sources)
        try section("Using this workbook", [
            "The Contents sheet links to every sheet. Notes referred to as [note N] are on the Notes sheet.",
        ])
        if let contact = report.contact, !contact.isEmpty {
            try section("Contact", [contact])
        }
        try sheet.setColumn(0, width: 100)
    }
}
