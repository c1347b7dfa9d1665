import FactStore
import Foundation
import Pipeline

/// The foreground scheduler behind `briefing schedule`: one scheduler per pipeline (a lifetime lock), the
/// pipeline's run lock around each run, and a log line for every run and what it changed.
struct ScheduleLoop {
    let context: PipelineContext
    let schedule: Schedule
    let once: Bool

    func run() async throws {
        let plan = context.plan
        let schedulerLock = try PipelineLock.acquire(at: PipelineLock.lockPath(pipelineName: plan.name + ".schedule", storePath: plan.storePath))
        defer { schedulerLock.release() }
        let store = try FactStore(path: plan.storePath)
        let scheduler = Scheduler(schedule: schedule)
        let clock = SystemScheduleClock()
        let last = try store.lastScheduledRun(pipeline: plan.name).map { Date(timeIntervalSince1970: $0) }
        let stop = ScheduleStop()
        let signals = ScheduleSignalHandler(stop: stop)
        defer { signals.cancel() }
        let log = ScheduleLog(timeZone: schedule.timeZone)
        log.line("scheduling \(plan.name): '\(schedule.cron.source)' in \(schedule.timeZone.identifier), overlap \(schedule.overlap.rawValue), catch-up \(schedule.catchUp.rawValue)")
        if let next = scheduler.nextRun(after: clock.now()) { log.line("next run at \(log.format(next))") }

        let perform: @Sendable (ScheduledRun) async -> Void = { scheduled in
            await Self.perform(scheduled, plan: plan, logger: context, log: log)
            if once { stop.request() }
        }
        let handled: @Sendable (Date) async -> Void = { time in
            do { try store.setLastScheduledRun(pipeline: plan.name, at: time.timeIntervalSince1970) } catch {
                log.line("warning: could not remember the schedule position: \(error)")
            }
        }
        _ = await scheduler.run(clock: clock, lastScheduled: last, stop: stop, perform: perform, handled: handled)
        log.line(stop.isRequested && !once ? "stopped on request" : "done")
    }

    /// One scheduled run: waits for a manual run of the same pipeline to finish, then runs and logs the summary.
    private static func perform(_ scheduled: ScheduledRun, plan: RunPlan, logger context: PipelineContext, log: ScheduleLog) async {
        var note = "\(scheduled.reason.rawValue)"
        if scheduled.skippedBefore > 0 { note += ", \(scheduled.skippedBefore) earlier time(s) skipped" }
        log.line("run for \(log.format(scheduled.scheduled)) started (\(note))")
        do {
            let lock = try PipelineLock.acquire(at: PipelineLock.lockPath(pipelineName: plan.name, storePath: plan.storePath),
                                                wait: .infinity)
            defer { lock.release() }
            let runner = PipelineRunner(plan: plan, options: RunOptions(logicalDate: scheduled.scheduled),
                                        observer: RunProgress(quiet: true), logger: context.logger)
            let summary = try await runner.run()
            for warning in summary.warnings { log.line("warning: \(warning)") }
            for line in summary.lines { log.line(line) }
        } catch {
            log.line("run for \(log.format(scheduled.scheduled)) failed: \(error)")
        }
    }
}

/// Timestamped log lines on standard output, in the schedule's time zone.
struct ScheduleLog: Sendable {
    let timeZone: TimeZone

    func format(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
        style.timeZone = timeZone
        return date.formatted(style)
    }

    func line(_ text: String) {
        Terminal.standardOutput.writeLine("\(format(Date())) \(text)")
    }
}
