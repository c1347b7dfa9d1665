import Foundation
import Pipeline
import Synchronization

/// Shows a run's progress: a one-line bar redrawn in place on a terminal, plain lines otherwise (logs, CI).
final class RunProgress: RunObserver {
    private struct State {
        var total = 0
        var done = 0
    }

    private let output: Terminal
    private let interactive: Bool
    private let quiet: Bool
    private let state = Mutex(State())

    init(output: Terminal = .standardError, quiet: Bool = false) {
        self.output = output
        self.interactive = output.isInteractive
        self.quiet = quiet
    }

    func runEvent(_ event: RunEvent) {
        switch event {
        case .started(let sources):
            state.withLock { $0.total = sources }
        case .read:
            break
        case .extracted(let location, let facts, let reason):
            step(line: "extracted \(location): \(facts) facts (\(reason))")
        case .reused(let location, let facts, let reason):
            step(line: "skipped \(location): \(reason), kept \(facts) facts")
        case .warning(let message):
            clearBar()
            output.writeLine("warning: \(message)")
        case .wrote:
            clearBar()
        }
    }

    private func step(line: String) {
        // Written under the lock so lines and counts from parallel tasks come out in order.
        state.withLock { state in
            state.done += 1
            if quiet { return }
            guard interactive else {
                output.writeLine(line)
                return
            }
            // What was skipped and why scrolls above the bar; the bar is redrawn below it in the same write and
            // left standing, complete, once every document is done.
            let width = 30
            let filled = state.total == 0 ? width : width * min(state.done, state.total) / state.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let end = state.done >= state.total ? "\n" : ""
            output.write("\r\u{1B}[2K\(line)\n\(bar) \(state.done)/\(state.total) documents\(end)")
        }
    }

    private func clearBar() {
        if interactive && !quiet { output.write("\r\u{1B}[2K") }
    }
}
