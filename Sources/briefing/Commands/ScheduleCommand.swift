import ArgumentParser
import FactStore
import Foundation
import Pipeline

/// `briefing schedule`: run a pipeline on its cron schedule.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Run a pipeline on the schedule in its pipeline file, in the foreground.",
        discussion: """
            Starts each run on time in the pipeline's time zone, never overlaps runs (overlap: skip or \
            queue), catches up on runs missed while it was down according to catch_up (none, one or all; \
            the last scheduled time is remembered in the store), logs each run with what changed since the \
            previous one, and stops after the current run on SIGINT or SIGTERM.

            Examples:
              briefing schedule Pipelines/us-japan.yml
              briefing schedule Pipelines/us-japan.yml --once
              briefing schedule Pipelines/us-japan.yml --print-cron >> my-crontab
              briefing schedule Pipelines/us-japan.yml --print-systemd
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Flag(help: "Perform the next due run (at once if one was missed, else at its time) and exit.")
    var once = false

    @Flag(help: "Print a crontab line for the system scheduler and exit.")
    var printCron = false

    @Flag(help: "Print a systemd service and timer for the system scheduler and exit.")
    var printSystemd = false

    mutating func validate() throws {
        if [once, printCron, printSystemd].filter({ $0 }).count > 1 {
            throw ValidationError("--once, --print-cron and --print-systemd exclude each other")
        }
    }

    mutating func run() async throws {
        let context = try PipelineContext(path: pipeline)
        guard let schedule = context.plan.schedule else {
            throw CommandFailure.badInput("\(pipeline): has no 'schedule:' section (cron and timezone)")
        }
        let command = ScheduleExport.Command(
            executable: Self.executablePath, pipelinePath: Self.absolute(pipeline),
            workingDirectory: FileManager.default.currentDirectoryPath
        )
        if printCron {
            Terminal.standardOutput.writeLine(ScheduleExport.crontab(schedule, command: command, pipelineName: context.plan.name))
            return
        }
        if printSystemd {
            let units = try ScheduleExport.systemd(schedule, command: command, pipelineName: context.plan.name)
            Terminal.standardOutput.write("# \(units.serviceName)\n\(units.service)\n# \(units.timerName)\n\(units.timer)")
            return
        }
        try await ScheduleLoop(context: context, schedule: schedule, once: once).run()
    }

    private static var executablePath: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
