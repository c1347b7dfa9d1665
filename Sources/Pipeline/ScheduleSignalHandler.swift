import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT/SIGTERM into a `ScheduleStop` request so the scheduler ends after the current run; a second
/// signal gets the default action (the process ends at once), as people expect from a second Ctrl-C.
public final class ScheduleSignalHandler: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let signals: [Int32]

    /// Installs handlers for `signals` that request `stop`.
    public init(signals: [Int32] = [SIGINT, SIGTERM], stop: ScheduleStop, queue: DispatchQueue = .global()) {
        self.signals = signals
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                stop.request()
                for other in signals { signal(other, SIG_DFL) }
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Removes the handlers and restores the default actions.
    public func cancel() {
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }

    deinit { cancel() }
}
