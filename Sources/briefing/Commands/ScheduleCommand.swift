import ArgumentParser

/// `briefing schedule`: run a pipeline on its cron schedule.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Run a pipeline on the schedule in its pipeline file, in the foreground.",
        discussion: """
            Starts each run on time in the pipeline's time zone, never overlaps runs, catches up on runs \
            missed while it was down according to catch_up, and stops after the current run on SIGINT or \
            SIGTERM.

            Examples:
              briefing schedule Pipelines/us-japan.yml
              briefing schedule Pipelines/us-japan.yml --once
              briefing schedule Pipelines/us-japan.yml --print-cron
              briefing schedule Pipelines/us-japan.yml --print-systemd
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    @Flag(help: "Perform the next due run and exit.")
    var once = false

    @Flag(help: "Print a crontab line for the system scheduler and exit.")
    var printCron = false

    @Flag(help: "Print a systemd service and timer for the system scheduler and exit.")
    var printSystemd = false

    mutating func run() async throws {
        throw notImplementedYet("schedule")
    }
}
