/// Every failure of the Normalization module (catalog and overrides files): what went wrong, where
/// (file, line, column), and the underlying cause; prints as one `file:line:column: message` line.
public struct NormalizationError: Error, CustomStringConvertible, Sendable {
    /// The kind of failure.
    public enum Code: String, Sendable {
        /// The file cannot be read.
        case unreadable
        /// The YAML itself is malformed.
        case syntax
        /// A key is not one the file format knows.
        case unknownKey = "unknown_key"
        /// A required key is missing.
        case missingKey = "missing_key"
        /// A value has the wrong type or is out of range.
        case invalidValue = "invalid_value"
        /// Two entries share an id.
        case duplicate
    }

    /// The kind of failure.
    public var code: Code
    /// What is wrong, and how to fix it when we know.
    public var message: String
    /// The file, or a name such as `<built-in catalog>`.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The underlying error's description, when there is one.
    public var cause: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String, line: Int? = nil, column: Int? = nil, cause: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.cause = cause
    }

    /// `file:line:column: message (cause)`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        var text = "\(place): \(message)"
        if let cause, !cause.isEmpty { text += " (\(cause))" }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
