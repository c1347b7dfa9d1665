// TEMPORARY: stand-ins until the Normalization overrides and the Pipeline file/atomic-write helpers land.
import BriefingModel
import Foundation

struct FactOverrides {
    struct Applied { var facts: [Fact]; var notes: [String: String]; var warnings: [String] }
    static func load(from url: URL) throws -> FactOverrides { FactOverrides() }
    func apply(to facts: [Fact]) -> Applied { Applied(facts: facts, notes: [:], warnings: []) }
}

public struct PipelineError: Error, CustomStringConvertible {
    public enum Code: String { case noRuns }
    public var code: Code
    public var message: String
    public var file: String
    init(_ code: Code, _ message: String, file: String) { self.code = code; self.message = message; self.file = file }
    public var description: String { message }
}

enum AtomicFile {
    static func write(to path: String, _ body: (String) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        try body(temporary)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { try data.write(to: URL(fileURLWithPath: $0)) }
    }
}
