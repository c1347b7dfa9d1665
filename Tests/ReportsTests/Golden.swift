import Foundation
import Testing

/// Golden files: compared byte for byte; rewritten in the source tree when BRIEFING_UPDATE_GOLDEN=1.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["BRIEFING_UPDATE_GOLDEN"] == "1" }

    /// The Golden folder in the source tree, where updates are written.
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Compares `actual` with the golden file `name`, or rewrites it when updating.
    static func check(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let sourceURL = sourceFolder.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: sourceURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: sourceURL)
            return
        }
        guard let bundled = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden") else {
            Issue.record("missing golden file \(name); run with BRIEFING_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: bundled)
        if expected != actual {
            let got = String(decoding: actual, as: UTF8.self)
            let want = String(decoding: expected, as: UTF8.self)
            Issue.record("\(name) differs from its golden file:\n\(firstDifference(want, got))", sourceLocation: sourceLocation)
        }
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
    }

    /// The first line that differs, for a readable failure.
    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let left = index < want.count ? String(want[index]) : "<end>"
            let right = index < got.count ? String(got[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left.prefix(300))\n  actual:   \(right.prefix(300))" }
        }
        return "same lines, different bytes"
    }
}
