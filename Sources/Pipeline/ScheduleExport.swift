import Foundation

/// Writes a pipeline's schedule for the system's own schedulers: a crontab line (`--print-cron`) and a systemd
/// service and timer (`--print-systemd`), so people who prefer those need not keep `briefing schedule` running.
public enum ScheduleExport {
    /// The command that runs the pipeline once.
    public struct Command: Sendable, Hashable {
        /// Absolute path of the `briefing` executable.
        public var executable: String
        /// Absolute path of the pipeline file.
        public var pipelinePath: String
        /// The folder to run in (outputs default to `Output/` there).
        public var workingDirectory: String

        /// Creates a command.
        public init(executable: String, pipelinePath: String, workingDirectory: String) {
            self.executable = executable
            self.pipelinePath = pipelinePath
            self.workingDirectory = workingDirectory
        }
    }

    /// A crontab line; preceded by a comment when cron's (system) time zone differs from the schedule's, since
    /// cron reads the fields in the system time zone.
    public static func crontab(
        _ schedule: Schedule, command: Command, pipelineName: String, systemTimeZone: TimeZone = .current
    ) -> String {
        var lines = ["# Briefing pipeline \(pipelineName): \(schedule.cron.source) (\(schedule.timeZone.identifier))"]
        if schedule.timeZone.identifier != systemTimeZone.identifier {
            lines.append("# Note: cron reads these fields in the system time zone (\(systemTimeZone.identifier)), not "
                + "\(schedule.timeZone.identifier); convert the times, or add CRON_TZ=\(schedule.timeZone.identifier) "
                + "above this line if your cron is cronie.")
        }
        let shell = "cd \(shellQuoted(command.workingDirectory)) && \(shellQuoted(command.executable)) run "
            + shellQuoted(command.pipelinePath)
        lines.append(schedule.cron.fields.joined(separator: " ") + " " + shell.replacingOccurrences(of: "%", with: "\\%"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `OnCalendar=` values equivalent to the cron expression in the schedule's time zone: one, or two
    /// when both day fields are restricted (cron runs on either, systemd would require both).
    public static func onCalendar(_ schedule: Schedule) -> [String] {
        let cron = schedule.cron
        let time = list(cron.hours, full: 0 ... 23) + ":" + list(cron.minutes, full: 0 ... 59) + ":00"
        let month = list(cron.months, full: 1 ... 12)
        let zone = " " + schedule.timeZone.identifier
        let weekdays = weekdayList(cron.daysOfWeek)
        if !cron.dayOfMonthIsWildcard, !cron.dayOfWeekIsWildcard {
            return [
                "\(weekdays) *-\(month)-* \(time)\(zone)",
                "*-\(month)-\(list(cron.daysOfMonth, full: 1 ... 31)) \(time)\(zone)",
            ]
        }
        let days = list(cron.daysOfMonth, full: 1 ... 31)
        let prefix = cron.daysOfWeek.count == 7 ? "" : weekdays + " "
        return ["\(prefix)*-\(month)-\(days) \(time)\(zone)"]
    }

    /// A systemd service and timer for the pipeline. Throws `.unsupportedSchedule` when systemd cannot honour
    /// the schedule's policies (`catch_up: all`, `overlap: queue`).
    public static func systemd(
        _ schedule: Schedule, command: Command, pipelineName: String
    ) throws -> (serviceName: String, service: String, timerName: String, timer: String) {
        if schedule.catchUp == .all {
            throw PipelineError(.unsupportedSchedule,
                "systemd timers catch up at most one missed run; use catch_up: one or none, or run 'briefing schedule'")
        }
        if schedule.overlap == .queue {
            throw PipelineError(.unsupportedSchedule,
                "systemd timers skip a run while the previous one is active; use overlap: skip, or run 'briefing schedule'")
        }
        let unit = "briefing-" + pipelineName
        let service = """
            [Unit]
            Description=Briefing pipeline \(pipelineName)
            Wants=network-online.target
            After=network-online.target

            [Service]
            Type=oneshot
            WorkingDirectory=\(systemdQuoted(command.workingDirectory))
            ExecStart=\(systemdQuoted(command.executable)) run \(systemdQuoted(command.pipelinePath))

            """
        let calendars = onCalendar(schedule).map { "OnCalendar=\($0)" }.joined(separator: "\n")
        let timer = """
            [Unit]
            Description=Run Briefing pipeline \(pipelineName) (cron \(schedule.cron.source), \(schedule.timeZone.identifier))

            [Timer]
            \(calendars)
            Persistent=\(schedule.catchUp == .one ? "true" : "false")
            Unit=\(unit).service

            [Install]
            WantedBy=timers.target

            """
        return (unit + ".service", service, unit + ".timer", timer)
    }

    /// `*` for a full field, else values and `a..b` runs, two digits each.
    private static func list(_ values: [Int], full: ClosedRange<Int>) -> String {
        if values == Array(full) { return "*" }
        return runs(values).map { run in
            run.count >= 3 ? pad(run.lowerBound) + ".." + pad(run.upperBound) : run.map(pad).joined(separator: ",")
        }.joined(separator: ",")
    }

    private static func weekdayList(_ values: [Int]) -> String {
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        return runs(values).map { run in
            run.count >= 3 ? names[run.lowerBound] + ".." + names[run.upperBound] : run.map { names[$0] }.joined(separator: ",")
        }.joined(separator: ",")
    }

    /// Sorted values grouped into runs of consecutive numbers.
    private static func runs(_ values: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for value in values.sorted() {
            if let last = result.last, last.upperBound + 1 == value {
                result[result.count - 1] = last.lowerBound ... value
            } else {
                result.append(value ... value)
            }
        }
        return result
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func shellQuoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func systemdQuoted(_ text: String) -> String {
        guard text.contains(where: { $0 == " " || $0 == "\"" || $0 == "\\" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
