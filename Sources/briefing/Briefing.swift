import ArgumentParser
import Foundation

/// The `briefing` command: extracts numeric facts from policy documents and builds briefing workbooks.
@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Extract numeric facts from policy documents and build briefing workbooks.",
        discussion: """
            Briefing reads fact sheets, program pages and reports, finds every numeric fact in them \
            (value, unit, qualifier, counted noun, category, year), keeps them with their source sentence \
            in a fact store, follows each metric across documents and years, and writes an Excel \
            workbook and a Markdown summary.

            Exit codes: 0 success, 1 the work failed, 2 bad usage or bad input.

            Examples:
              briefing run Pipelines/us-japan.yml
              briefing extract Pipelines/sources/*.txt --format table
              briefing diff Pipelines/us-japan.yml --format markdown
            """,
        version: BriefingVersion.string,
        subcommands: [
            RunCommand.self, ExtractCommand.self, DiffCommand.self, HistoryCommand.self, ReportCommand.self,
            ScheduleCommand.self, ValidateCommand.self, StoreCommand.self,
        ]
    )

    /// Runs the parsed command and turns every error into a one-line message and the documented exit code.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let status = ExitStatus(for: error)
            if let message = status.message {
                Terminal.standardError.writeLine("briefing: \(message)")
                Foundation.exit(status.code)
            }
            exit(withError: error)
        }
    }
}
