/// What a run reports as it goes, for progress bars and logs.
public enum RunEvent: Sendable {
    /// The run will look at this many sources.
    case started(sources: Int)
    /// A source was read.
    case read(location: String)
    /// A document was extracted again, and why.
    case extracted(location: String, facts: Int, reason: String)
    /// A document was unchanged; its facts were kept from the previous run.
    case reused(location: String, facts: Int, reason: String)
    /// Something the user should know that did not stop the run (a repaired file, a URL that failed).
    case warning(String)
    /// An output was written.
    case wrote(path: String)
}

/// Receives run events; the command line shows them as a progress bar or plain lines.
public protocol RunObserver: Sendable {
    /// Called for each event, possibly from several tasks at once.
    func runEvent(_ event: RunEvent)
}

/// An observer that ignores every event.
public struct SilentRunObserver: RunObserver {
    /// Creates the observer.
    public init() {}
    /// Ignores the event.
    public func runEvent(_ event: RunEvent) {}
}
