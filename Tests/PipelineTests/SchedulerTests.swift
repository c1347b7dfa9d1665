import Foundation
@testable import Pipeline
import Testing

@Suite struct SchedulerTests {
    func hourly(overlap: Schedule.Overlap = .skip, catchUp: Schedule.CatchUp = .one) throws -> Scheduler {
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        return Scheduler(schedule: Schedule(cron: try CronExpression("0 * * * *"), timeZone: utcZone, overlap: overlap, catchUp: catchUp))
    }

    @Test func catchUpPolicies() throws {
        let last = utc("2025-01-01T10:00:00Z")
        let now = utc("2025-01-01T13:30:00Z")

        let none = try hourly(catchUp: .none).catchUpPlan(lastScheduled: last, now: now)
        #expect(none.runs.isEmpty && none.skipped == 3)
        #expect(utcText(none.handledThrough) == "2025-01-01T13:00:00Z")

        let one = try hourly(catchUp: .one).catchUpPlan(lastScheduled: last, now: now)
        #expect(one.runs == [ScheduledRun(scheduled: utc("2025-01-01T13:00:00Z"), reason: .catchUp, skippedBefore: 2)])

        let all = try hourly(catchUp: .all).catchUpPlan(lastScheduled: last, now: now)
        #expect(all.runs.map { utcText($0.scheduled) } == ["2025-01-01T11:00:00Z", "2025-01-01T12:00:00Z", "2025-01-01T13:00:00Z"])
        #expect(all.runs.allSatisfy { $0.reason == .catchUp })

        let first = try hourly().catchUpPlan(lastScheduled: nil, now: now)
        #expect(first.runs.isEmpty && first.handledThrough == nil)

        let onTime = try hourly(catchUp: .none).catchUpPlan(lastScheduled: last, now: utc("2025-01-01T13:00:20Z"))
        #expect(onTime.runs.map(\.reason) == [.onTime])
    }

    @Test func catchUpAllStopsAtTheLimitAndKeepsTheLatest() throws {
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        let scheduler = Scheduler(schedule: Schedule(cron: try CronExpression("0 * * * *"), timeZone: utcZone, catchUp: .all),
                                  catchUpLimit: 3)
        let plan = scheduler.catchUpPlan(lastScheduled: utc("2025-01-01T00:00:00Z"), now: utc("2025-01-01T10:30:00Z"))
        #expect(plan.runs.map { utcText($0.scheduled) } == ["2025-01-01T08:00:00Z", "2025-01-01T09:00:00Z", "2025-01-01T10:00:00Z"])
        #expect(plan.skipped == 7 && plan.runs.first?.skippedBefore == 7)
        #expect(utcText(plan.handledThrough) == "2025-01-01T10:00:00Z")
    }

    @Test func skippedTimesAreCountedBeyondTheCatchUpLimit() throws {
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        let scheduler = Scheduler(schedule: Schedule(cron: try CronExpression("0 * * * *"), timeZone: utcZone, catchUp: .one))
        let plan = scheduler.catchUpPlan(lastScheduled: utc("2025-01-01T00:00:00Z"), now: utc("2025-01-11T00:30:00Z"))
        #expect(plan.runs.first?.skippedBefore == 239 && plan.skipped == 239)
    }

    @Test func longOutageOfAMinuteScheduleFindsTheLatestTimeQuickly() throws {
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        let scheduler = Scheduler(schedule: Schedule(cron: try CronExpression("* * * * *"), timeZone: utcZone))
        let latest = scheduler.latestScheduledTime(after: utc("2024-01-01T00:00:00Z"), through: utc("2025-01-01T12:34:56Z"))
        #expect(utcText(latest) == "2025-01-01T12:34:00Z")
        #expect(scheduler.latestScheduledTime(after: utc("2025-01-01T12:34:00Z"), through: utc("2025-01-01T12:34:56Z")) == nil)
    }

    /// Runs the loop with each run taking `duration` seconds, stopping after `count` runs.
    func runLoop(_ scheduler: Scheduler, start: String, last: String?, duration: TimeInterval, count: Int)
        async -> (runs: [ScheduledRun], handled: [Date], returned: Date?)
    {
        let clock = ManualClock(utc(start))
        let stop = ScheduleStop()
        let runs = Recorder<ScheduledRun>()
        let handled = Recorder<Date>()
        let returned = await scheduler.run(
            clock: clock, lastScheduled: last.map(utc), stop: stop,
            perform: { run in
                runs.append(run)
                clock.advance(by: duration)
                if runs.values.count == count { stop.request() }
            },
            handled: { handled.append($0) }
        )
        return (runs.values, handled.values, returned)
    }

    @Test func loopCatchesUpThenFollowsTheSchedule() async throws {
        let result = await runLoop(try hourly(), start: "2025-01-01T13:30:00Z", last: "2025-01-01T10:00:00Z", duration: 60, count: 3)
        #expect(result.runs.map { utcText($0.scheduled) } == ["2025-01-01T13:00:00Z", "2025-01-01T14:00:00Z", "2025-01-01T15:00:00Z"])
        #expect(result.runs.map(\.reason) == [.catchUp, .onTime, .onTime])
        #expect(result.runs.first?.skippedBefore == 2)
        #expect(utcText(result.returned) == "2025-01-01T15:00:00Z")
        #expect(result.handled.map { utcText($0) } == result.runs.map { utcText($0.scheduled) })
    }

    @Test func overlapSkipDropsRunsThatCameDueWhileRunning() async throws {
        let result = await runLoop(try hourly(overlap: .skip), start: "2025-01-01T10:30:00Z", last: nil, duration: 9000, count: 3)
        #expect(result.runs.map { utcText($0.scheduled) } == ["2025-01-01T11:00:00Z", "2025-01-01T14:00:00Z", "2025-01-01T17:00:00Z"])
        #expect(result.runs.map(\.skippedBefore) == [0, 2, 2])
        #expect(result.handled.map { utcText($0) }.prefix(3) == ["2025-01-01T11:00:00Z", "2025-01-01T13:00:00Z", "2025-01-01T14:00:00Z"])
    }

    @Test func overlapQueueRunsOnceRightAfter() async throws {
        let result = await runLoop(try hourly(overlap: .queue), start: "2025-01-01T10:30:00Z", last: nil, duration: 9000, count: 3)
        #expect(result.runs.map { utcText($0.scheduled) } == ["2025-01-01T11:00:00Z", "2025-01-01T13:00:00Z", "2025-01-01T16:00:00Z"])
        #expect(result.runs.map(\.reason) == [.onTime, .queued, .queued])
        #expect(result.runs.map(\.skippedBefore) == [0, 1, 2])
    }

    @Test func stopWhileSleepingReturnsPromptly() async throws {
        let utcZone = try #require(TimeZone(identifier: "UTC"))
        let scheduler = Scheduler(schedule: Schedule(cron: try CronExpression("@yearly"), timeZone: utcZone))
        let stop = ScheduleStop()
        let runs = Recorder<ScheduledRun>()
        let task = Task {
            await scheduler.run(clock: SystemScheduleClock(), lastScheduled: nil, stop: stop, perform: { runs.append($0) })
        }
        try await Task.sleep(nanoseconds: 50_000_000)
        stop.request()
        let returned = await task.value
        #expect(returned == nil)
        #expect(runs.values.isEmpty)
    }

    @Test func signalRequestsAStop() async throws {
        let stop = ScheduleStop()
        let handler = ScheduleSignalHandler(signals: [SIGUSR1], stop: stop)
        defer { handler.cancel() }
        kill(getpid(), SIGUSR1)
        for _ in 0 ..< 200 where !stop.isRequested {
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        #expect(stop.isRequested)
    }
}
