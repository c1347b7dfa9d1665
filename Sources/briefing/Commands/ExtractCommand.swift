import ArgumentParser
import BriefingModel
import Extraction
import Foundation
import Ingest
import Normalization

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
              briefing extract notes.txt --catalog Pipelines/metrics.yml
            """
    )

    @Argument(help: "Documents to read.", completion: .file())
    var paths: [String]

    @Option(help: "Output format: jsonl, csv or table.")
    var format: FactFormat = .jsonl

    @Option(help: ArgumentHelp("The documents' date, YYYY[-MM[-DD]]; dates figures that the text does not date (default: inferred from each text).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A metric catalog (YAML) to link facts with instead of the built-in one.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var catalog: String?

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
            if let documentDate {
                document.date = documentDate
                document.dateOrigin = .given
            } else if let stated = DocumentDateInferrer(now: Date()).infer(from: document.text)?.date {
                // As `briefing run` does: a dated heading, a dateline, else the latest date in the text.
                document.date = stated
                document.dateOrigin = .inferred
            }
            documents.append(document)
            for warning in reader.warnings(for: path) {
                Terminal.standardError.writeLine("briefing: warning: \(warning)")
            }
        }
        let linker = try MetricLinker(catalog: catalog.map { try MetricCatalog.load(from: URL(fileURLWithPath: $0)) } ?? .builtIn)
        let extractor = Extractor()
        // Linking sees every document at once, so a figure that cannot belong to a series is split off.
        let facts = linker.link(documents.flatMap { extractor.extract($0) })
        var writer = FactWriter(format: format, output: .standardOutput)
        writer.write(facts)
        writer.finish()
    }
}
