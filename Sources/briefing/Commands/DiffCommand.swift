import ArgumentParser

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
    var format: String = "table"

    @Option(parsing: .upToNextOption, help: "Compare two runs by id instead of years (default: the last two).")
    var runs: [Int] = []

    mutating func run() async throws {
        throw notImplementedYet("diff")
    }
}
