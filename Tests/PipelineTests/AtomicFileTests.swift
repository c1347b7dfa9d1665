import Foundation
@testable import Pipeline
import Testing

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesKeepingPermissions() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/summary.md"
        try AtomicFile.write("first", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        chmod(path, 0o600)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["summary.md"])
    }

    @Test func failedProducerLeavesTheOldFile() throws {
        let directory = try TestDirectory()
        let path = directory.path + "/book.xlsx"
        try AtomicFile.write("good", to: path)
        struct Boom: Error {}
        // The producer's error reaches the caller as the output's write failure, with the producer's as its cause.
        let error = #expect(throws: PipelineError.self) {
            try AtomicFile.replace(path) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                throw Boom()
            }
        }
        #expect(error?.code == .writeFailed)
        #expect(error?.cause is Boom)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["book.xlsx"])
        #expect { try AtomicFile.replace(path) { _ in } } throws: { "\($0)".contains("the new content was not written") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "good")
    }

    @Test func clearErrorsForDirectoriesAndMissingFolders() throws {
        let directory = try TestDirectory()
        #expect { try AtomicFile.write("x", to: directory.path) } throws: { error in
            (error as? PipelineError)?.code == .writeFailed && "\(error)" == "\(directory.path): is a directory; cannot replace it with a file"
        }
        #expect { try AtomicFile.write("x", to: directory.path + "/no/such/out.md") } throws: { "\($0)".contains("does not exist") }
    }
}
