/// Something a reader should know about a source that was nevertheless read (e.g. repaired encoding).
public struct IngestWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file path or URL concerned.
    public var location: String
    /// What happened, for users.
    public var message: String

    /// Creates a warning.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// One line: `location: message`.
    public var description: String { "\(location): \(message)" }
}
