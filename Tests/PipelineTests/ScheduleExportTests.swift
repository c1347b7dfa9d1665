import Foundation
@testable import Pipeline
import Testing

@Suite struct ScheduleExportTests {
    let command = ScheduleExport.Command(
        executable: "/usr/local/bin/briefing", pipelinePath: "/srv/briefs/Pipelines/us japan.yml", workingDirectory: "/srv/briefs")

    func schedule(_ cron: String, _ zone: String, overlap: Schedule.Overlap = .skip, catchUp: Schedule.CatchUp = .one) throws -> Schedule {
        Schedule(cron: try CronExpression(cron), timeZone: try #require(TimeZone(identifier: zone)), overlap: overlap, catchUp: catchUp)
    }

    @Test func crontabNotesAForeignTimeZone() throws {
        let utcZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let text = ScheduleExport.crontab(try schedule("0 7 * * 1-5", "Asia/Tokyo"), command: command, pipelineName: "trade", systemTimeZone: utcZone)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("# Note: cron reads these fields in the system time zone (Europe/Berlin)"))
        #expect(lines[2] == "0 7 * * 1-5 cd /srv/briefs && /usr/local/bin/briefing run '/srv/briefs/Pipelines/us japan.yml'")
        let same = ScheduleExport.crontab(try schedule("@daily", "Europe/Berlin"), command: command, pipelineName: "trade", systemTimeZone: utcZone)
        #expect(!same.contains("Note"))
        #expect(same.contains("\n0 0 * * * cd "))
    }

    @Test(arguments: [
        ("0 7 * * 1-5", "Asia/Tokyo", ["Mon..Fri *-*-* 07:00:00 Asia/Tokyo"]),
        ("*/15 9-17 * * *", "America/Chicago", ["*-*-* 09..17:00,15,30,45:00 America/Chicago"]),
        ("30 6 1,15 * *", "Europe/London", ["*-*-01,15 06:30:00 Europe/London"]),
        ("0 8 1 * mon", "Asia/Tokyo", ["Mon *-*-* 08:00:00 Asia/Tokyo", "*-*-01 08:00:00 Asia/Tokyo"]),
        ("0 0 1 jan,jul *", "Europe/Paris", ["*-01,07-01 00:00:00 Europe/Paris"]),
    ])
    func onCalendar(cron: String, zone: String, expected: [String]) throws {
        #expect(ScheduleExport.onCalendar(try schedule(cron, zone)) == expected)
    }

    @Test func systemdUnitsAndUnsupportedPolicies() throws {
        let units = try ScheduleExport.systemd(try schedule("0 7 * * 1-5", "Asia/Tokyo"), command: command, pipelineName: "trade")
        #expect(units.serviceName == "briefing-trade.service" && units.timerName == "briefing-trade.timer")
        #expect(units.service.contains("ExecStart=/usr/local/bin/briefing run \"/srv/briefs/Pipelines/us japan.yml\""))
        #expect(units.timer.contains("OnCalendar=Mon..Fri *-*-* 07:00:00 Asia/Tokyo\nPersistent=true\nUnit=briefing-trade.service"))
        #expect(throws: PipelineError.self) {
            try ScheduleExport.systemd(try schedule("@daily", "UTC", catchUp: .all), command: command, pipelineName: "t")
        }
        #expect { try ScheduleExport.systemd(try schedule("@daily", "UTC", overlap: .queue), command: command, pipelineName: "t") }
            throws: { ($0 as? PipelineError)?.code == .unsupportedSchedule }
    }

    /// systemd's own calendar parser agrees with our cron arithmetic on the next three times.
    @Test(arguments: ["0 7 * * 1-5", "*/20 9-17 * * *", "30 6 1,15 * *", "0 8 1 * mon", "45 23 * 2-11/3 sun"])
    func systemdAgreesOnNextTimes(cron: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") else { return }
        let schedule = try schedule(cron, "America/New_York")
        var expected: [Date] = []
        var cursor = Date()
        for _ in 0 ..< 3 {
            guard let next = schedule.cron.nextDate(after: cursor, in: schedule.timeZone) else { break }
            expected.append(next)
            cursor = next
        }
        var fromSystemd: [Date] = []
        for calendar in ScheduleExport.onCalendar(schedule) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
            process.arguments = ["calendar", "--iterations=3", calendar]
            process.environment = ["TZ": "UTC"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "EEE yyyy-MM-dd HH:mm:ss 'UTC'"
            for line in output.split(separator: "\n") where line.contains("Next elapse:") || line.contains("Iter. #") {
                let value = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if let date = formatter.date(from: value) { fromSystemd.append(date) }
            }
        }
        #expect(Array(fromSystemd.sorted().prefix(3)) == expected, "\(ScheduleExport.onCalendar(schedule))")
    }
}
