import Foundation

/// Line-oriented writing to standard output and standard error without buffering surprises.
struct Terminal: Sendable {
    let handle: FileHandle

    static let standardOutput = Terminal(handle: .standardOutput)
    static let standardError = Terminal(handle: .standardError)

    /// Writes `text` followed by a newline.
    func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// Writes `text` as UTF-8.
    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    /// True when the handle is an interactive terminal (progress bars go there, plain lines elsewhere).
    var isInteractive: Bool { isatty(handle.fileDescriptor) != 0 }
}
