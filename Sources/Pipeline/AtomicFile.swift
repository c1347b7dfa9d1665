import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files all at once: content goes to a temporary file in the same folder, is flushed to disk, and is
/// renamed over the target. Readers see the old file or the new one, never half of one; on failure the old file
/// stays and the temporary file is removed.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try replace(path) { temporary in
            do {
                try data.write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw PipelineError(.writeFailed, "cannot write", file: path, cause: error)
            }
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Lets `produce` write the new content to a temporary path (for writers that want a path, such as the
    /// workbook), then moves it over `path`. After clean-up, a `PipelineError` from `produce` passes through
    /// unchanged and any other error becomes the cause of a `.writeFailed` error naming `path`.
    public static func replace(_ path: String, produce: (_ temporaryPath: String) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PipelineError(.writeFailed, "is a directory; cannot replace it with a file", file: path)
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PipelineError(.writeFailed, "folder '\(directory)' does not exist", file: path)
        }
        guard access(directory, W_OK) == 0 else {
            throw PipelineError(.writeFailed, "folder '\(directory)' is not writable", file: path)
        }
        let temporary = directory + "/" + temporaryPrefix(of: path) + "\(getpid())-\(UInt32.random(in: 0 ... .max))"
        do {
            do {
                try produce(temporary)
            } catch let error as PipelineError {
                throw error
            } catch {
                // The writer's own error names the temporary file; the user needs the output and the likely reason.
                throw PipelineError(.writeFailed, "could not be written\(spaceNote(directory)); the previous file is unchanged",
                                    file: path, cause: error)
            }
            try flush(temporary, target: path)
            if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber {
                chmod(temporary, mode_t(mode.uint16Value))
            }
            guard rename(temporary, path) == 0 else {
                throw PipelineError(.writeFailed, "cannot rename the new file into place: \(String(cString: strerror(errno)))", file: path)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        syncDirectory(directory)
    }

    /// Removes temporary files that a writer of `path` killed mid-write (kill -9, power loss) left beside it:
    /// those whose writing process no longer exists. A live writer's file is left alone.
    public static func removeAbandonedTemporaries(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let prefix = temporaryPrefix(of: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    /// `.<file name>.tmp-`: hidden, and never ending in the output's own extension, so nobody takes it for one.
    private static func temporaryPrefix(of path: String) -> String {
        "." + (path as NSString).lastPathComponent + ".tmp-"
    }

    /// ": no space left on the device" when the folder's file system is full (the usual reason a write fails).
    private static func spaceNote(_ directory: String) -> String {
        var stats = statvfs()
        guard statvfs(directory, &stats) == 0, stats.f_bavail == 0 else { return "" }
        return ": no space left on the device"
    }

    private static func flush(_ temporary: String, target: String) throws {
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PipelineError(.writeFailed, "the new content was not written", file: target)
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw PipelineError(.writeFailed, "cannot flush to disk: \(String(cString: strerror(errno)))", file: target)
        }
    }

    /// Makes the rename itself durable; failure here only weakens durability, so it is not an error.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
