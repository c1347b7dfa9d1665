import Foundation
import Pipeline
import Synchronization

/// Shows a run's progress: a one-line bar redrawn in place on a terminal, plain lines otherwise (logs, CI).
final class RunProgress: RunObserver {
    private struct State {
        var total = 0
        var done = 0
        var lastDrawn = 0.0
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
        let (done, total, draw) = state.withLock { state -> (Int, Int, Bool) in
            state.done += 1
            let now = Date().timeIntervalSince1970
            // Redraw at most ten times a second: 10,000 documents must not mean 10,000 terminal writes.
            let draw = now - state.lastDrawn > 0.1 || state.done == state.total
            if draw { state.lastDrawn = now }
            return (state.done, state.total, draw)
        }
        if quiet { return }
        if !interactive {
            output.writeLine(line)
        } else if draw {
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            output.write("\r\(bar) \(done)/\(total) documents")
        }
    }

    private func clearBar() {
        if interactive && !quiet { output.write("\r\u{1B}[2K") }
    }
}
