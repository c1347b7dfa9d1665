import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive, per-pipeline lock: `flock` on a lock file that records the holder's process id. The kernel
/// drops the lock when the holder exits, however it exits, so a stale file never blocks a run.
public final class PipelineLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The conventional lock file of a pipeline: `.<name>.lock` in the folder of its store.
    public static func lockPath(pipelineName: String, storePath: String) -> String {
        let folder = (storePath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/." + pipelineName + ".lock"
    }

    /// Takes the lock at `path`, creating the file and its folder. With `wait` 0 a held lock fails at once with
    /// a `.locked` error naming the holder's pid; otherwise it polls every `pollInterval` seconds for up to
    /// `wait` seconds (`.infinity` waits for ever).
    public static func acquire(at path: String, wait: TimeInterval = 0, pollInterval: TimeInterval = 0.1) throws -> PipelineLock {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw PipelineError(.lockFailed, "cannot create the folder for the lock file", file: path, cause: error)
            }
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError(.lockFailed, "cannot open the lock file: \(String(cString: strerror(errno)))", file: path)
        }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw PipelineError(.lockFailed, "cannot lock: \(String(cString: strerror(failure)))", file: path)
            }
            if Date() >= deadline {
                let holder = readHolder(descriptor)
                close(descriptor)
                let who = holder.map { "process \($0)" } ?? "another process"
                let waited = wait > 0 ? " after waiting \(Int(wait)) s" : ""
                throw PipelineError(.locked, "pipeline is already running in \(who)\(waited) (lock file \(path))", file: nil)
            }
            usleep(useconds_t(max(pollInterval, 0.001) * 1_000_000))
        }
        let pid = "\(getpid())\n"
        ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return PipelineLock(path: path, descriptor: descriptor)
    }

    /// The pid written in a lock file by its holder, if any.
    private static func readHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 31, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0 ..< count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether this lock is still held by this object.
    public var isHeld: Bool { descriptor >= 0 }

    /// Releases the lock (also done on deinit). The file stays; its content no longer matters.
    public func release() {
        guard descriptor >= 0 else { return }
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
