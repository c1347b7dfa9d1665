// TEMPORARY: stand-ins with the signatures of the ingest helper's PipelineError, AtomicFile and PipelineLock.
import Foundation

public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public struct Code: Hashable, Sendable { public let name: String; public init(_ name: String) { self.name = name }
        public static let invalidPipelineFile = Code("invalidPipelineFile"); public static let invalidSchedule = Code("invalidSchedule")
        public static let unsupportedSchedule = Code("unsupportedSchedule"); public static let locked = Code("locked") }
    public var code: Code
    public var message: String
    public var file: String?
    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
                cause: (any Error & Sendable)? = nil) { self.code = code; self.message = message; self.file = file }
    public var description: String { (file.map { "\($0): " } ?? "") + message }
}

public enum AtomicFile {
    public static func replace(_ path: String, produce: (_ temporaryPath: String) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        try produce(temporary)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
    public static func write(_ data: Data, to path: String) throws {
        try replace(path) { try data.write(to: URL(fileURLWithPath: $0)) }
    }
}

public final class PipelineLock: @unchecked Sendable {
    public let path: String
    init(path: String) { self.path = path }
    public static func lockPath(pipelineName: String, storePath: String) -> String { storePath + ".lock" }
    public static func acquire(at path: String, wait: TimeInterval = 0, pollInterval: TimeInterval = 0.1) throws -> PipelineLock { PipelineLock(path: path) }
    public func release() {}
}
