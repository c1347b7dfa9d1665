import ArgumentParser

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
        throw notImplementedYet("history")
    }
}
