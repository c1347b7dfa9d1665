import ArgumentParser
import FactStore
import Foundation
import Pipeline

/// `briefing history`: a metric's series with sources, or the list of runs.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show a metric's values over the years with their sources, or the pipeline's runs.",
        discussion: """
            Examples:
              briefing history Pipelines/us-japan.yml
              briefing history Pipelines/us-japan.yml --metric jet_alumni_us
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Option(help: "The metric id whose series to show; without it, the runs are listed.")
    var metric: String?

    mutating func run() async throws {
        let store = try PipelineContext(path: pipeline).openExistingStore()
        if let metric {
            let points = try store.history(metric: metric)
            guard !points.isEmpty else {
                throw CommandFailure.failed("no facts of metric '\(metric)' in \(store.path); 'briefing diff' lists the metrics with series")
            }
            let rows = points.map(Self.row)
            Terminal.standardOutput.write(TextTable(
                header: ["year", "value", "unit", "source", "source date", "note", "fact"], rows: rows).rendered)
        } else {
            let rows = try store.runs().map(Self.row)
            Terminal.standardOutput.write(TextTable(
                header: ["run", "started (UTC)", "status", "documents", "facts", "extractor", "inputs", "error"],
                rows: rows).rendered)
        }
    }

    private static func row(_ point: HistoryPoint) -> [String] {
        let year: String = point.year.map(String.init) ?? ""
        let source: String = point.documentTitle ?? point.fact.document
        let date: String = point.documentDate?.description ?? ""
        let note: String = point.overrideNote.map { "overridden: " + $0 } ?? ""
        return [year, QuantityText.stated(point.fact), point.fact.unit.rawValue, source, date, note, point.fact.id]
    }

    private static func row(_ stored: StoredRun) -> [String] {
        let run = stored.run
        return [String(run.id), time(run.startedAt), run.status.rawValue, String(run.documentCount),
                String(run.factCount), run.extractorVersion, String(run.inputHash.prefix(12)), stored.error ?? ""]
    }

    private static func time(_ seconds: Double) -> String {
        Date(timeIntervalSince1970: seconds).formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
    }
}
