import BriefingModel

/// Why a source could not be read: a code, the file or URL concerned, a message and the underlying cause.
public struct IngestError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, coarse enough to branch on.
    public enum Code: String, Sendable, Hashable {
        /// The file does not exist.
        case notFound
        /// The path names a directory, not a file.
        case isDirectory
        /// The file exists but could not be read (permissions, I/O).
        case unreadable
        /// The source has no bytes, or no text once decoded.
        case empty
        /// The bytes are not text (NUL bytes or mostly control characters).
        case binary
        /// The source is larger than Briefing reads.
        case tooLarge
        /// The file type is not one Briefing reads.
        case unsupportedFormat
        /// A helper program (pdftotext) is not installed.
        case toolMissing
        /// A helper program failed on this source.
        case toolFailed
        /// The source pattern or URL is malformed.
        case invalidSource
        /// The server answered with an error status (404, 5xx, …).
        case httpStatus
        /// The server did not answer within the timeout.
        case timeout
        /// The connection could not be made (refused, unknown host, …).
        case connectionFailed
        /// Any other network failure.
        case network
    }

    /// What went wrong.
    public var code: Code
    /// The file path or URL concerned.
    public var location: String
    /// A short explanation for users.
    public var message: String
    /// The HTTP status, for `.httpStatus`.
    public var status: Int?
    /// The underlying error, when there is one.
    public var cause: (any Error & Sendable)?

    /// Creates an error.
    public init(_ code: Code, _ location: String, _ message: String, status: Int? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.location = location
        self.message = message
        self.status = status
        self.cause = cause
    }

    /// True for failures of a URL fetch that a runner should answer by keeping the last good facts.
    public var isFetchFailure: Bool {
        [.httpStatus, .timeout, .connectionFailed, .network].contains(code)
    }

    /// One line: `location: message (cause)`.
    public var description: String {
        var line = "\(location): \(message)"
        if let cause { line += " (\(ErrorLine.firstLine(of: cause)))" }
        return ErrorLine.escaped(line)
    }
}
