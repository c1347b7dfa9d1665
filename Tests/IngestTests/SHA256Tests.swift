import Foundation
@testable import Ingest
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, expected: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == expected)
    }

    @Test func paddingBoundariesAgreeWithSha256sum() throws {
        let directory = try TestDirectory()
        for length in [55, 56, 63, 64, 65, 119, 120, 1000] {
            let bytes = (0 ..< length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = try directory.write("data-\(length).bin", bytes)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let expected = output.split(separator: " ").first.map(String.init)
            #expect(SHA256.hex(of: bytes) == expected, "length \(length)")
        }
    }

    @Test func incrementalUpdatesEqualOneShot() {
        let bytes = Array("The quick brown fox jumps over the lazy dog, again and again and again.".utf8)
        var hash = SHA256()
        hash.update(bytes[..<10])
        hash.update(bytes[10...])
        #expect(hash.finalizeHex() == SHA256.hex(of: bytes))
    }
}

extension SHA256Tests {
    @Test func unevenChunksAcrossBlockBoundaries() {
        let bytes = (0 ..< 1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hash = SHA256()
        var start = 0
        for size in [1, 63, 2, 64, 130, 5, 700] where start < bytes.count {
            let end = min(start + size, bytes.count)
            hash.update(bytes[start ..< end])
            start = end
        }
        hash.update(bytes[start...])
        #expect(hash.finalizeHex() == SHA256.hex(of: bytes))
        #expect(SHA256.hex(of: bytes) == SHA256.hex(of: AnySequence(bytes)))
    }
}
