import ArgumentParser
import Pipeline

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

    /// Which outputs `briefing report` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xlsx, markdown, all
    }

    @Option(help: "Which outputs: xlsx, markdown or all.")
    var format: Format = .all

    @Option(help: "Write to this path instead of the pipeline's output (with a single format).")
    var output: String?

    @Option(help: ArgumentHelp("The date the outputs speak from, YYYY-MM-DD (default: today, UTC).", valueName: "date"))
    var asOf: String?

    @Option(help: "Report this run instead of the latest.")
    var run: Int64?

    mutating func validate() throws {
        if output != nil && format == .all {
            throw ValidationError("--output names one file: choose --format xlsx or --format markdown with it")
        }
        if let asOf, LogicalDate.parse(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date of the form YYYY-MM-DD")
        }
    }

    mutating func run() async throws {
        let context = try PipelineContext(path: pipeline)
        var plan = context.plan
        let outputs: OutputSelection
        switch format {
        case .xlsx: outputs = .workbook; if let output { plan.workbookPath = output }
        case .markdown: outputs = .summary; if let output { plan.summaryPath = output }
        case .all: outputs = .all
        }
        let options = RunOptions(logicalDate: asOf.flatMap(LogicalDate.parse), outputs: outputs)
        let written = try PipelineRunner(plan: plan, options: options, logger: context.logger).report(run: run)
        for path in written { Terminal.standardOutput.writeLine("wrote \(path)") }
    }
}
