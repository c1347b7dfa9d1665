import Foundation

/// The scheduler's view of time, injected so tests can run days of schedule in microseconds.
public protocol ScheduleClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Suspends until `date` (returns at once if it has passed); throws `CancellationError` when cancelled.
    func sleep(until date: Date) async throws
}

/// The real clock.
public struct SystemScheduleClock: ScheduleClock {
    /// Creates the system clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }

    /// Sleeps in steps of at most a minute so a changed wall clock (suspend, NTP) is noticed soon.
    public func sleep(until date: Date) async throws {
        while true {
            let remaining = date.timeIntervalSinceNow
            if remaining <= 0 { return }
            try await Task.sleep(nanoseconds: UInt64(min(remaining, 60) * 1_000_000_000))
        }
    }
}
