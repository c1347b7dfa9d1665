import BriefingModel
import Foundation

/// Reads a local text document for `briefing extract`: UTF-8 with or without BOM, invalid bytes repaired.
/// (The Ingest module takes over for HTML, PDF, URLs and pipelines.)
final class SourceFileReader {
    private var warningsByPath: [String: [String]] = [:]

    func warnings(for path: String) -> [String] { warningsByPath[path] ?? [] }

    func read(path: String) throws -> Document {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure.badInput("\(path): no such file")
        }
        if isDirectory.boolValue { throw CommandFailure.badInput("\(path): is a directory, not a document") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.badInput("\(path): cannot be read (permission denied?)")
        }
        if data.isEmpty { throw CommandFailure.badInput("\(path): is empty") }
        if data.contains(0) { throw CommandFailure.badInput("\(path): is a binary file, not text") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            warningsByPath[path, default: []].append("\(path): invalid UTF-8 bytes were replaced with U+FFFD")
        }
        var hash = StableHash()
        hash.combine(text)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return Document(id: name, location: path, text: text, contentHash: hash.hex)
    }
}
