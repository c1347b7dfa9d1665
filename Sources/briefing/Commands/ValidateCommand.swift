import ArgumentParser
import Pipeline

/// `briefing validate`: check a pipeline file and what it names without running it.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file, its sources, catalog, overrides, outputs and schedule without running it.",
        discussion: """
            Prints one line per check; exits 0 when everything is usable, 2 when anything is not (each \
            problem names its file and, for the pipeline file, the line and column).

            Examples:
              briefing validate Pipelines/us-japan.yml
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    mutating func run() async throws {
        let validation = PipelineValidation(plan: try PipelineContext(path: pipeline).plan)
        for finding in validation.findings {
            if finding.isProblem {
                Terminal.standardError.writeLine("briefing: \(finding.message)")
            } else {
                Terminal.standardOutput.writeLine("ok  \(finding.message)")
            }
        }
        if !validation.isValid {
            throw CommandFailure(message: "\(pipeline): not valid (see the problems above)", code: 2)
        }
    }
}
