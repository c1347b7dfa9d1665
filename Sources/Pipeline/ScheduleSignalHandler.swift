import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the self-pipe the C signal handler writes to; set once, before any handler is installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Async-signal-safe: writes the signal number to the self-pipe and nothing else.
private func forwardSignal(_ number: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = saved
}

/// Turns SIGINT/SIGTERM into a `ScheduleStop` request so the scheduler ends after the current run; a second
/// signal gets the default action (the process ends at once), as people expect from a second Ctrl-C.
///
/// A plain `DispatchSource` signal source is not reliable on Linux (an ignored signal sent to a thread that
/// does not block it is discarded), so a C handler writes to a self-pipe that a `DispatchSource` reads.
/// One handler should be active per process.
public final class ScheduleSignalHandler: @unchecked Sendable {
    private static let pipeEnds: (read: Int32, write: Int32)? = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        signalPipeWriteEnd = ends[1]
        return (ends[0], ends[1])
    }()

    private let source: (any DispatchSourceRead)?
    private let signals: [Int32]

    /// Installs handlers for `signals` that request `stop`.
    public init(signals: [Int32] = [SIGINT, SIGTERM], stop: ScheduleStop, queue: DispatchQueue = .global()) {
        self.signals = signals
        guard let ends = Self.pipeEnds else {
            source = nil
            return
        }
        let source = DispatchSource.makeReadSource(fileDescriptor: ends.read, queue: queue)
        source.setEventHandler {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(ends.read, &buffer, buffer.count) > 0 {}
            stop.request()
            for number in signals { signal(number, SIG_DFL) }
        }
        source.resume()
        self.source = source
        for number in signals { signal(number, forwardSignal) }
    }

    /// Removes the handlers and restores the default actions.
    public func cancel() {
        for number in signals { signal(number, SIG_DFL) }
        source?.cancel()
    }

    deinit { cancel() }
}
