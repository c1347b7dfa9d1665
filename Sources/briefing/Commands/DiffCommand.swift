import ArgumentParser
import FactStore
import Pipeline

/// `briefing diff`: how each metric moved across years, or what changed between runs.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how each metric changed across years, or which facts changed between runs.",
        discussion: """
            One row per metric with values in two or more years: the first and last year (or --from and \
            --to), value, qualifier, document, absolute and percent change. Two sources that report \
            different values for the same metric and year are flagged as a conflict. With --runs, lists the \
            facts added, removed and changed between two runs (default: the last two).

            Examples:
              briefing diff Pipelines/us-japan.yml
              briefing diff Pipelines/us-japan.yml --from 2020 --to 2025 --format jsonl
              briefing diff Pipelines/us-japan.yml --metric jet_alumni_us
              briefing diff Pipelines/us-japan.yml --runs 3 4
              briefing diff Pipelines/us-japan.yml --last-runs
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Option(help: "First year to compare.")
    var from: Int?

    @Option(help: "Last year to compare.")
    var to: Int?

    @Option(help: "Only this metric id.")
    var metric: String?

    @Option(help: "Output format: table, jsonl, markdown or csv.")
    var format: DiffFormatter.Format = .table

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Compare two runs by id instead of years.", valueName: "prev last"))
    var runs: [Int] = []

    @Flag(name: .customLong("last-runs"), help: "Compare the last two runs instead of years.")
    var compareRuns = false

    mutating func validate() throws {
        if !runs.isEmpty && runs.count != 2 {
            throw ValidationError("--runs takes two run ids (PREV LAST), or none for the last two runs")
        }
        if let from, let to, from > to {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    mutating func run() async throws {
        let store = try PipelineContext(path: pipeline).openExistingStore()
        if compareRuns || !runs.isEmpty {
            guard let changes = try store.changes(between: runs.first.map(Int64.init), and: runs.last.map(Int64.init)) else {
                throw CommandFailure.failed("\(store.path) holds fewer than two successful runs to compare")
            }
            Terminal.standardOutput.write(RunChangesFormatter.format(changes, as: format))
            return
        }
        let rows = try store.diff(from: from, to: to, metric: metric)
        Terminal.standardOutput.write(DiffFormatter.format(rows, as: format))
    }
}
