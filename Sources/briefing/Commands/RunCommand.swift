import ArgumentParser
import Foundation
import Pipeline

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

    @Option(help: ArgumentHelp("The date the outputs speak from, YYYY-MM-DD (default: today, UTC). The same inputs and date give byte-identical outputs.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Print only the closing summary, no progress.")
    var quiet = false

    mutating func validate() throws {
        if let asOf, LogicalDate.parse(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date of the form YYYY-MM-DD")
        }
    }

    mutating func run() async throws {
        let context = try PipelineContext(path: pipeline)
        let lock = try context.acquireLock(wait: wait)
        defer { lock.release() }
        let options = RunOptions(force: force, logicalDate: asOf.flatMap(LogicalDate.parse))
        let runner = PipelineRunner(plan: context.plan, options: options, observer: RunProgress(quiet: quiet),
                                    logger: context.logger)
        let summary = try await runner.run()
        // Warnings were shown as they happened (RunProgress prints them even when quiet); not twice.
        for line in summary.lines { Terminal.standardOutput.writeLine(line) }
    }
}
