import BriefingModel

/// Why the pipeline could not do something: a code, a one-line message, where (file, line, column) and the cause.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, coarse enough to branch on and to pick an exit code from. Extensible with more codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short name, e.g. `invalidPipelineFile`.
        public let name: String

        /// Creates a code.
        public init(_ name: String) { self.name = name }

        /// The pipeline file cannot be read or is not valid (exit code 2).
        public static let invalidPipelineFile = Code("invalidPipelineFile")
        /// A cron expression or schedule setting is not valid.
        public static let invalidSchedule = Code("invalidSchedule")
        /// A schedule cannot be expressed in the requested format (e.g. systemd OnCalendar).
        public static let unsupportedSchedule = Code("unsupportedSchedule")
        /// Another process holds the pipeline's lock.
        public static let locked = Code("locked")
        /// The lock file could not be created or locked.
        public static let lockFailed = Code("lockFailed")
        /// An output path the pipeline names cannot be a file: its folder is missing or it is a folder (exit code 2).
        public static let invalidOutput = Code("invalidOutput")
        /// An output file could not be written; the previous one is still in place.
        public static let writeFailed = Code("writeFailed")

        /// The name.
        public var description: String { name }
    }

    /// What went wrong.
    public var code: Code
    /// A short explanation for users.
    public var message: String
    /// The file concerned, if any.
    public var file: String?
    /// 1-based line in `file`.
    public var line: Int?
    /// 1-based column in `file`.
    public var column: Int?
    /// The underlying error.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(
        _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
        cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.cause = cause
    }

    /// One line: `file:line:column: message (cause)`.
    public var description: String {
        var text = ""
        if let file {
            text = file
            if let line { text += ":\(line)" + (column.map { ":\($0)" } ?? "") }
            text += ": "
        }
        text += message
        if let cause { text += " (\(ErrorLine.firstLine(of: cause)))" }
        // A message may quote what the user wrote (a key, a value), and a path may hold line breaks: keep ONE line.
        return ErrorLine.escaped(text)
    }
}
