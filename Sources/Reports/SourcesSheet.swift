import BriefingModel
import Workbook

/// The Sources sheet: each document with its title, publisher, date, link, content hash and number of facts.
struct SourcesSheet {
    static let name = "Sources"
    static let description = "Each source document with its date, link, content hash and number of facts"

    static let headers = [
        "Document id", "Title", "Publisher", "Date [note 4]", "Date given or inferred", "Format", "Location (link)",
        "Content hash (SHA-256)", "Facts (number)",
    ]

    let report: BriefingReport

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "Sources",
            title: "Sources: the documents read by run \(report.runID)",
            contents: "This worksheet contains one table with one row per document.",
            source: "the pipeline's document list; hashes identify the exact version read.",
            notes: [.years, .notAvailable],
            headers: Self.headers
        )
        let countFormat = try writer.styles.number(ExcelNumberFormats.integer)
        try writer.write(layout, rowCount: report.documents.count) { index in
            let listed = report.documents[index]
            let document = listed.document
            return [
                .text(document.id),
                .text(listed.displayTitle),
                .text(document.publisher),
                .text(document.date?.description),
                .text(document.dateOrigin?.rawValue),
                .text(document.format),
                SourceLink.cell(document.location, asFormula: false, format: writer.styles.link),
                .text(document.contentHash.isEmpty ? nil : document.contentHash),
                .number(Double(listed.factCount), format: countFormat),
            ]
        }
    }
}
