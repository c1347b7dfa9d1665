import Foundation
@testable import Pipeline
import Testing

@Suite struct PipelineLockTests {
    @Test func secondHolderIsToldThePid() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/Output/.trade.lock"
        let first = try PipelineLock.acquire(at: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\(getpid())\n")
        #expect { try PipelineLock.acquire(at: path) } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.code == .locked && error.description.contains("process \(getpid())") && error.description.contains(path)
        }
        first.release()
        #expect(!first.isHeld)
        let second = try PipelineLock.acquire(at: path)
        #expect(second.isHeld)
    }

    @Test func waitingHolderGetsTheLockWhenReleased() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/.p.lock"
        let first = try PipelineLock.acquire(at: path)
        // Released from a dispatch queue, not a task: the waiting acquire blocks its thread, and on a small
        // machine the test runner's few cooperative threads may all be busy.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { first.release() }
        let second = try PipelineLock.acquire(at: path, wait: 10, pollInterval: 0.05)
        #expect(second.isHeld)
        #expect(!first.isHeld)
        #expect { try PipelineLock.acquire(at: path, wait: 0.2, pollInterval: 0.05) } throws: { "\($0)".contains("after waiting") }
    }

    @Test func lockHeldByAnotherProcess() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/.other.lock"
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        child.arguments = ["-c", """
            import fcntl, os, sys, time
            f = open(sys.argv[1], "w")
            fcntl.flock(f, fcntl.LOCK_EX)
            f.write(str(os.getpid())); f.flush()
            print("locked", flush=True)
            time.sleep(30)
            """, path]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        defer {
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
        }
        _ = output.fileHandleForReading.readData(ofLength: 6)
        #expect { try PipelineLock.acquire(at: path) } throws: { "\($0)".contains("process \(child.processIdentifier)") }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(try PipelineLock.acquire(at: path).isHeld)
    }

    @Test func lockPathSitsBesideTheStore() {
        #expect(PipelineLock.lockPath(pipelineName: "t", storePath: "/a/Output/t.sqlite") == "/a/Output/.t.lock")
        #expect(PipelineLock.lockPath(pipelineName: "t", storePath: "t.sqlite") == "./.t.lock")
    }
}
