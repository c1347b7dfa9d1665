import ArgumentParser

/// `briefing validate`: check a pipeline file and what it names without running it.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file, its sources, catalog and schedule without running it.",
        discussion: """
            Examples:
              briefing validate Pipelines/us-japan.yml
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    mutating func run() async throws {
        throw notImplementedYet("validate")
    }
}
