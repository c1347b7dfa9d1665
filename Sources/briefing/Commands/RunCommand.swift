import ArgumentParser

/// `briefing run`: the whole pipeline once.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline: read its sources, extract and store facts, write the workbook and summary.",
        discussion: """
            Reads every source named in the pipeline file, extracts the numeric facts, links them to the \
            metric catalog, records the run in the fact store, and writes the briefing workbook and the \
            Markdown summary. Documents whose content, pipeline file, catalog and extractor are unchanged \
            are not extracted again unless --force is given.

            Examples:
              briefing run Pipelines/us-japan.yml
              briefing run Pipelines/us-japan.yml --force
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Flag(help: "Extract every document again, even when nothing changed.")
    var force = false

    @Flag(help: "Wait for another run of the same pipeline to finish instead of failing.")
    var wait = false

    mutating func run() async throws {
        throw notImplementedYet("run")
    }
}
