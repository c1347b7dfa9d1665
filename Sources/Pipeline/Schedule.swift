import Foundation

/// When a pipeline runs on its own: a cron expression read in a time zone, and what to do about runs that
/// come due while one is still going (`overlap`) or while nothing was running (`catchUp`).
public struct Schedule: Sendable, Hashable {
    /// What to do with a run that comes due while the previous one is still going.
    public enum Overlap: String, Sendable, Hashable, CaseIterable {
        /// Drop it; the next run is the next scheduled time after the current run ends.
        case skip
        /// Start it as soon as the current run ends (several that came due collapse into one).
        case queue
    }

    /// What to do, at start-up, with runs that came due while the scheduler was not running.
    public enum CatchUp: String, Sendable, Hashable, CaseIterable {
        /// Run none of them; wait for the next scheduled time.
        case none
        /// Run once, for the latest missed time.
        case one
        /// Run each missed time in order (at most `Scheduler.catchUpLimit`).
        case all
    }

    /// The cron expression.
    public var cron: CronExpression
    /// The time zone the expression is read in.
    public var timeZone: TimeZone
    /// Overlap policy; default `.skip`.
    public var overlap: Overlap
    /// Catch-up policy; default `.one`.
    public var catchUp: CatchUp

    /// Creates a schedule.
    public init(cron: CronExpression, timeZone: TimeZone, overlap: Overlap = .skip, catchUp: CatchUp = .one) {
        self.cron = cron
        self.timeZone = timeZone
        self.overlap = overlap
        self.catchUp = catchUp
    }
}
