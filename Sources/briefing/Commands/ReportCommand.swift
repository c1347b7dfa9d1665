import ArgumentParser

/// `briefing report`: regenerate the workbook and summary from the store.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the briefing workbook and Markdown summary from the fact store, without extracting.",
        discussion: """
            Examples:
              briefing report Pipelines/us-japan.yml
              briefing report Pipelines/us-japan.yml --format markdown --output /tmp/briefing.md
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Option(help: "Which outputs: xlsx, markdown or all.")
    var format: String = "all"

    @Option(help: "Write to this path instead of the pipeline's output (with a single format).")
    var output: String?

    mutating func run() async throws {
        throw notImplementedYet("report")
    }
}
