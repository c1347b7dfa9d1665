import ArgumentParser

/// A failure the command reports itself: a one-line message and the exit code (1 work failed, 2 bad input).
struct CommandFailure: Error, CustomStringConvertible {
    /// The line printed after `briefing: `.
    let message: String
    /// The process exit code.
    let code: Int32

    /// The work could not be done (exit 1).
    static func failed(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 1) }
    /// The input or the usage is wrong (exit 2).
    static func badInput(_ message: String) -> CommandFailure { CommandFailure(message: message, code: 2) }

    var description: String { message }
}

/// Maps any error to the documented exit code and, unless ArgumentParser prints it itself, a message.
struct ExitStatus {
    let code: Int32
    let message: String?

    init(for error: any Error) {
        if let failure = error as? CommandFailure {
            code = failure.code
            message = failure.message
            return
        }
        let parserCode = Briefing.exitCode(for: error)
        if parserCode == .validationFailure {
            // Bad usage is exit 2 in our contract; ArgumentParser would use 64.
            code = 2
            message = Briefing.message(for: error) + " (see 'briefing help')"
        } else if parserCode == .success || parserCode == .failure && error is ExitCode {
            code = parserCode.rawValue
            message = nil
        } else if error is ExitCode || error is CleanExit {
            code = parserCode.rawValue
            message = nil
        } else {
            code = ModuleErrors.exitCode(for: error)
            message = String(describing: error)
        }
    }
}
