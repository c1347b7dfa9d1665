import Foundation

/// Checks, before any work, that every output can be written: its folder exists and is writable, and the
/// output path is not a folder. A run that would fail at the end fails at the start instead, touching nothing.
/// A path that cannot be a file is bad input (`.invalidOutput`); an existing folder that cannot be written to
/// is a failure of the environment (`.writeFailed`).
enum OutputPreflight {
    static func check(_ paths: [String]) throws {
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw PipelineError(.invalidOutput, "is a folder, not a file the output can be written to", file: path)
            }
            let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw PipelineError(.invalidOutput, "cannot be written: folder '\(folder)' does not exist (create it or fix the path)", file: path)
            }
            guard access(folder, W_OK) == 0 else {
                throw PipelineError(.writeFailed, "cannot be written: folder '\(folder)' is not writable", file: path)
            }
        }
    }
}
