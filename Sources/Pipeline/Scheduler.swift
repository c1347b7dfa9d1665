import Foundation

/// One run the scheduler starts.
public struct ScheduledRun: Sendable, Hashable {
    /// Why the run happens now.
    public enum Reason: String, Sendable, Hashable {
        /// Its scheduled time just came.
        case onTime
        /// It was missed while the scheduler was not running.
        case catchUp
        /// It came due while the previous run was still going (overlap `queue`).
        case queued
    }

    /// The scheduled time this run stands for.
    public var scheduled: Date
    /// Why it runs now.
    public var reason: Reason
    /// How many earlier scheduled times were dropped in its favour (missed while down or while running).
    public var skippedBefore: Int

    /// Creates a run.
    public init(scheduled: Date, reason: Reason, skippedBefore: Int = 0) {
        self.scheduled = scheduled
        self.reason = reason
        self.skippedBefore = skippedBefore
    }
}

/// Runs a pipeline on its `Schedule`: sleeps until each scheduled time, applies the catch-up policy at start-up
/// and the overlap policy after each run, and stops after the current run when asked. The last scheduled time
/// it has dealt with is reported through `handled` so the caller can persist it and pass it back next start.
public struct Scheduler: Sendable {
    /// The schedule followed.
    public var schedule: Schedule
    /// A run that starts at most this many seconds after its time counts as on time rather than missed.
    public var grace: TimeInterval
    /// Most runs caught up with `catch_up: all` at one start-up.
    public var catchUpLimit: Int

    /// Creates a scheduler.
    public init(schedule: Schedule, grace: TimeInterval = 60, catchUpLimit: Int = 100) {
        self.schedule = schedule
        self.grace = grace
        self.catchUpLimit = catchUpLimit
    }

    /// The next scheduled time strictly after `date`.
    public func nextRun(after date: Date) -> Date? {
        schedule.cron.nextDate(after: date, in: schedule.timeZone)
    }

    /// Scheduled times in `(start, end]`, in order, at most `limit`.
    public func scheduledTimes(after start: Date, through end: Date, limit: Int) -> [Date] {
        var times: [Date] = []
        var cursor = start
        while times.count < limit, let next = nextRun(after: cursor), next <= end {
            times.append(next)
            cursor = next
        }
        return times
    }

    /// The latest scheduled time in `(start, end]`, found by looking back from `end` in widening windows so a
    /// long outage of a per-minute schedule costs little.
    public func latestScheduledTime(after start: Date, through end: Date) -> Date? {
        for window: TimeInterval in [3600, 86_400, 32 * 86_400, 367 * 86_400, 9 * 367 * 86_400] {
            let from = max(start, end.addingTimeInterval(-window))
            var latest: Date?
            var cursor = from
            while let next = nextRun(after: cursor), next <= end {
                latest = next
                cursor = next
            }
            if latest != nil || from == start { return latest }
        }
        return nil
    }

    /// Missed scheduled times are counted up to this many.
    static let missedCountLimit = 10_000

    /// The last `count` scheduled times in `(start, end]`, in order, found in widening windows back from `end`.
    func recentScheduledTimes(after start: Date, through end: Date, count: Int) -> [Date] {
        for window: TimeInterval in [3600, 86_400, 32 * 86_400, 367 * 86_400, 9 * 367 * 86_400] {
            let from = max(start, end.addingTimeInterval(-window))
            let times = scheduledTimes(after: from, through: end, limit: .max)
            if times.count >= count || from == start { return Array(times.suffix(count)) }
        }
        return Array(scheduledTimes(after: start, through: end, limit: .max).suffix(count))
    }

    /// What to do at start-up given the last scheduled time dealt with (nil on the very first start: nothing
    /// counts as missed). `skipped` is how many missed times will not run; `handledThrough` is the latest
    /// missed time, to persist even when nothing runs.
    public func catchUpPlan(lastScheduled: Date?, now: Date) -> (runs: [ScheduledRun], skipped: Int, handledThrough: Date?) {
        guard let lastScheduled, let latest = latestScheduledTime(after: lastScheduled, through: now) else {
            return ([], 0, nil)
        }
        // Counted exactly up to a bound that keeps a long outage of a per-minute schedule cheap.
        let missedCount = max(scheduledTimes(after: lastScheduled, through: now, limit: Self.missedCountLimit).count, 1)
        let latestIsOnTime = now.timeIntervalSince(latest) <= grace
        switch schedule.catchUp {
        case .none:
            if latestIsOnTime {
                return ([ScheduledRun(scheduled: latest, reason: .onTime, skippedBefore: missedCount - 1)], missedCount - 1, latest)
            }
            return ([], missedCount, latest)
        case .one:
            let run = ScheduledRun(scheduled: latest, reason: latestIsOnTime ? .onTime : .catchUp, skippedBefore: missedCount - 1)
            return ([run], missedCount - 1, latest)
        case .all:
            // Beyond the limit the most recent times run (ending with the latest); the oldest are skipped.
            let times = recentScheduledTimes(after: lastScheduled, through: now, count: catchUpLimit)
            let skipped = max(missedCount - times.count, 0)
            let runs = times.enumerated().map { index, time in
                ScheduledRun(
                    scheduled: time, reason: time == latest && latestIsOnTime ? .onTime : .catchUp,
                    skippedBefore: index == 0 ? skipped : 0
                )
            }
            return (runs, skipped, latest)
        }
    }

    /// Runs until `stop` is requested or the schedule has no further times; returns the last scheduled time
    /// dealt with. `perform` runs the pipeline once (its errors are its own to report); `handled` receives each
    /// new "dealt with up to" time to persist.
    public func run(
        clock: any ScheduleClock, lastScheduled: Date?, stop: ScheduleStop,
        perform: @Sendable (ScheduledRun) async -> Void,
        handled: @Sendable (Date) async -> Void = { _ in }
    ) async -> Date? {
        var last = lastScheduled
        let plan = catchUpPlan(lastScheduled: lastScheduled, now: clock.now())
        var queue = plan.runs
        if plan.runs.isEmpty, let through = plan.handledThrough {
            last = through
            await handled(through)
        }
        var pendingSkips = 0
        while !stop.isRequested {
            if queue.isEmpty {
                let now = clock.now()
                guard let next = nextRun(after: max(last ?? now, now)) else { break }
                guard await sleep(clock: clock, until: next, stop: stop) else { break }
                queue = [ScheduledRun(scheduled: next, reason: .onTime, skippedBefore: pendingSkips)]
                pendingSkips = 0
            }
            let current = queue.removeFirst()
            await perform(current)
            last = current.scheduled
            await handled(current.scheduled)
            guard queue.isEmpty, !stop.isRequested,
                  let latest = latestScheduledTime(after: current.scheduled, through: clock.now()) else { continue }
            let dueCount = max(scheduledTimes(after: current.scheduled, through: latest, limit: catchUpLimit).count, 1)
            switch schedule.overlap {
            case .skip:
                pendingSkips += dueCount
                last = latest
                await handled(latest)
            case .queue:
                queue = [ScheduledRun(scheduled: latest, reason: .queued, skippedBefore: dueCount - 1)]
            }
        }
        return last
    }

    /// Sleeps until `date`; false when a stop was requested first.
    private func sleep(clock: any ScheduleClock, until date: Date, stop: ScheduleStop) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await clock.sleep(until: date)
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                await stop.wait()
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first && !stop.isRequested
        }
    }
}
