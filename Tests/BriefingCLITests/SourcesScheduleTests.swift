import Foundation
import Glibc
import Testing

/// `briefing schedule` as a user runs it: the system-scheduler exports, a catch-up run at start-up, and a
/// clean stop on SIGTERM in the middle of a run.
@Suite struct SourcesScheduleTests {
    /// A cron minute half an hour away from now, so the latest scheduled time is always well past (a catch-up,
    /// never "on time") and the next one well ahead.
    static var halfHourAwayCron: String {
        let minute = (Calendar(identifier: .gregorian).component(.minute, from: Date()) + 30) % 60
        return "\(minute) * * * *"
    }

    func workspace(cron: String, sources: [String] = ["- path: a.txt"]) throws -> SourcesWorkspace {
        let workspace = try SourcesWorkspace()
        try workspace.write("a.txt", "The programme has 300 alumni.\n")
        try workspace.writePipeline(sources: sources, extra: """
            schedule:
              cron: "\(cron)"
              timezone: UTC
              catch_up: one
            """)
        return workspace
    }

    /// Runs once to create the store, then makes the scheduler believe it last ran ten days ago.
    func seedLastScheduledRun(_ workspace: SourcesWorkspace) throws {
        #expect(try workspace.run(["run", "sources.yml"]).status == 0)
        let tenDaysAgo = Date().timeIntervalSince1970 - 10 * 86_400
        _ = try workspace.query("INSERT OR REPLACE INTO state (key, value) VALUES ('schedule.last_run.sources', '\(tenDaysAgo)')")
    }

    @Test func printsACrontabLineAndSystemdUnits() throws {
        let workspace = try workspace(cron: "0 7 * * 1-5")
        let binary = BriefingProcess.executableURL.resolvingSymlinksInPath().path
        let folder = workspace.folder.url.resolvingSymlinksInPath().path
        let cron = try workspace.run(["schedule", "sources.yml", "--print-cron"])
        #expect(cron.status == 0, "\(cron.standardError)")
        let line = cron.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.hasPrefix("0 7 * * 1-5 cd "))
        #expect(line.hasSuffix("&& \(binary) run '\(folder)/sources.yml'") || line.hasSuffix("&& \(binary) run \(folder)/sources.yml"), "\(line)")

        let systemd = try workspace.run(["schedule", "sources.yml", "--print-systemd"])
        #expect(systemd.status == 0, "\(systemd.standardError)")
        #expect(systemd.standardOutput.contains("# briefing-sources.service"))
        #expect(systemd.standardOutput.contains("ExecStart=\(binary) run "))
        // Foundation on Linux names UTC "GMT"; systemd knows both.
        #expect(systemd.standardOutput.contains("OnCalendar=Mon..Fri *-*-* 07:00:00 UTC\nPersistent=true")
            || systemd.standardOutput.contains("OnCalendar=Mon..Fri *-*-* 07:00:00 GMT\nPersistent=true"), "\(systemd.standardOutput)")
    }

    @Test func aMissedRunIsCaughtUpAtOnceAndLogged() throws {
        let workspace = try workspace(cron: Self.halfHourAwayCron)
        try seedLastScheduledRun(workspace)
        let started = Date()
        let schedule = try BackgroundBriefing(["schedule", "sources.yml", "--once"], in: workspace.folder.url)
        let ended = BackgroundBriefing.poll(for: 120) { !schedule.process.isRunning }
        let result = schedule.wait()
        #expect(ended && result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let log = result.standardOutput
        let runLine = log.split(separator: "\n").first { $0.contains("run for ") && $0.contains(" started (") }
        // A missed time is run at start-up (catchUp), not the next one waited for; the older ones are skipped.
        #expect(runLine?.contains(" started (catchUp, ") == true && runLine?.contains(" earlier time(s) skipped)") == true, "\(log)")
        #expect(log.contains("nothing changed since run 1"), "the run itself is logged: \(log)")
        #expect(log.split(separator: "\n").last?.hasSuffix(" done") == true)
        // It ran for a time already past, not the next one.
        let remembered = try workspace.query("SELECT value FROM state WHERE key = 'schedule.last_run.sources'").first.flatMap(Double.init)
        #expect(remembered.map { $0 <= started.timeIntervalSince1970 && $0 > started.timeIntervalSince1970 - 3600 } == true)
    }

    @Test func sigtermDuringARunStopsAfterTheRun() throws {
        let server = try SourcesServer(routes: ["/slow": SourcesServer.Route(body: "Some 1,200 students.", contentType: "text/plain", delay: 2)])
        let workspace = try workspace(cron: Self.halfHourAwayCron, sources: ["- path: a.txt", "- url: \(server.url("/slow"))"])
        try seedLastScheduledRun(workspace)
        let schedule = try BackgroundBriefing(["schedule", "sources.yml"], in: workspace.folder.url)
        let running = BackgroundBriefing.poll(for: 30) { schedule.standardOutput.contains(" started (") }
        #expect(running, "\(schedule.standardOutput)")
        schedule.send(SIGTERM)
        let ended = BackgroundBriefing.poll(for: 30) { !schedule.process.isRunning }
        let result = schedule.wait()
        #expect(ended && result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("nothing changed since run 1 (2 documents, 2 facts): outputs are up to date") },
                "the run in progress finished: \(result.standardOutput)")
        #expect(lines.last?.hasSuffix(" stopped on request") == true)
        #expect(lines.filter { $0.contains(" started (") }.count == 1)
        #expect(try workspace.query("SELECT count(*) FROM runs WHERE status = 'failed'") == ["0"])
    }
}
