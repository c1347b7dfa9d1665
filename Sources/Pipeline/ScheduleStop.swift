import Foundation

/// A one-way "please stop" flag the scheduler checks between runs and waits on while sleeping.
public final class ScheduleStop: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    /// Creates an unset flag.
    public init() {}

    /// Whether a stop was requested.
    public var isRequested: Bool {
        lock.withLock { requested }
    }

    /// Requests a stop: the scheduler finishes the current run, then returns.
    public func request() {
        let resumed = lock.withLock {
            requested = true
            defer { waiters.removeAll() }
            return Array(waiters.values)
        }
        for waiter in resumed { waiter.resume() }
    }

    /// Returns when a stop is requested or the calling task is cancelled.
    func wait() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = lock.withLock {
                    if requested || Task.isCancelled { return true }
                    waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = lock.withLock { waiters.removeValue(forKey: id) }
            waiter?.resume()
        }
    }
}
