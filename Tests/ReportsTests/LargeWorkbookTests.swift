import BriefingModel
import Foundation
import Reports
import Testing

/// Writes a workbook with many facts (BRIEFING_LARGE_WORKBOOK=<count>, e.g. 1000000); off by default because it
/// takes minutes. It checks that a run of that size can be written, not how fast.
@Suite struct LargeWorkbookTests {
    static let factCount = Int(ProcessInfo.processInfo.environment["BRIEFING_LARGE_WORKBOOK"] ?? "") ?? 0

    @Test(.enabled(if: factCount > 0)) func writesAVeryLargeRun() throws {
        var report = ReportFixture.report()
        let template = report.facts
        report.facts = (0..<Self.factCount).map { index in
            var reported = template[index % template.count]
            reported.fact.id = "f\(index)"
            reported.fact.value += Double(index % 1000)
            return reported
        }
        // BRIEFING_LARGE_WORKBOOK_OUT keeps the file for inspection.
        let kept = ProcessInfo.processInfo.environment["BRIEFING_LARGE_WORKBOOK_OUT"]
        let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("reports-large-\(UUID().uuidString).xlsx").path
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: path) } }
        #expect(BriefingWorkbook.usesConstantMemory(factCount: Self.factCount) == (Self.factCount > 50_000))
        try writeWorkbook(report, to: path)
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > Self.factCount * 20)
    }
}
