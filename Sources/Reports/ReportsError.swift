/// Why a report could not be produced: what was being done, on which file, and the underlying cause.
public struct ReportsError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure, stable for callers that branch on it.
    public enum Code: String, Sendable {
        /// A template file could not be read.
        case templateUnreadable
        /// A template's Mustache syntax is wrong.
        case templateInvalid
        /// The built-in template is missing from the bundle (a packaging error).
        case builtInTemplateMissing
        /// The workbook could not be written.
        case workbookFailed
        /// The report's input cannot be written as asked (e.g. a value out of range).
        case invalidInput
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, in words.
    public var message: String
    /// The file concerned, when there is one.
    public var path: String?
    /// The error that caused this one.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(code: Code, message: String, path: String? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.cause = cause
    }

    /// One line: "reports: <message> (<path>): <cause>".
    public var description: String {
        var line = "reports: " + message
        if let path { line += " (\(path))" }
        if let cause {
            let text = String(describing: cause).split(whereSeparator: \.isNewline).joined(separator: " ")
            line += ": " + text
        }
        return line
    }
}
