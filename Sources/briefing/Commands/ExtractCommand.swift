import ArgumentParser
import BriefingModel
import Extraction
import Foundation

/// `briefing extract`: prints every numeric fact of the given documents.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the numeric facts found in documents.",
        discussion: """
            Reads each document (plain text or Markdown), finds every numeric fact and prints one fact per \
            line (jsonl), as CSV, or as an aligned table. The fields are those of the extraction contract: \
            document, text, start, end, sentence, value, low, high, unit, noun, qualifier, category, kind, \
            year, metric, subject, confidence, id. Offsets count Unicode scalars in the document text.

            Examples:
              briefing extract Pipelines/sources/s02-state-fact-sheet.txt --date 2020-01
              briefing extract report.txt --format table
              briefing extract a.txt b.txt --format csv > facts.csv
            """
    )

    @Argument(help: "Documents to read.", completion: .file())
    var paths: [String]

    @Option(help: "Output format: jsonl, csv or table.")
    var format: FactFormat = .jsonl

    @Option(help: ArgumentHelp("The documents' date, YYYY[-MM[-DD]]; dates figures that the text does not date.", valueName: "date"))
    var date: String?

    mutating func validate() throws {
        if let date, DocumentDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    mutating func run() async throws {
        let documentDate = date.flatMap(DocumentDate.init(iso:))
        let reader = SourceFileReader()
        var documents: [Document] = []
        for path in paths {
            var document = try reader.read(path: path)
            document.date = documentDate ?? document.date
            if documentDate != nil { document.dateOrigin = .given }
            documents.append(document)
            for warning in reader.warnings(for: path) {
                Terminal.standardError.writeLine("briefing: warning: \(warning)")
            }
        }
        let extractor = Extractor()
        var writer = FactWriter(format: format, output: .standardOutput)
        for document in documents {
            writer.write(extractor.extract(document))
        }
        writer.finish()
    }
}
