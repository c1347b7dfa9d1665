import BriefingModel
import Testing

@testable import Extraction

/// The extractor's own id writer must give exactly the ids of `Fact.stableID` (overrides and links refer to them).
struct FactIDTests {
    @Test(arguments: ["", "abc", String(repeating: "0123456789abcdef", count: 4), "é文😀"])
    func matchesStableID(documentHash: String) {
        let ids = FactID(documentHash: documentHash)
        // Around the ten-digit words and the 10⁸ limit of the one-word digit path, and beyond it.
        let offsets = [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, 10_000_000, 99_999_999, 100_000_000, 123_456_789,
                       Int.max, -1, -42, Int.min + 1]
        for start in offsets {
            for end in offsets {
                #expect(ids.id(start: start, end: end)
                    == Fact.stableID(documentHash: documentHash, start: start, end: end))
            }
        }
    }

    @Test func matchesStableIDOnManyOffsets() {
        let ids = FactID(documentHash: "0f3a")
        var x: UInt64 = 12_345
        for _ in 0..<2_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let start = Int(x >> 40)
            let end = start + Int(x >> 58)
            #expect(ids.id(start: start, end: end) == Fact.stableID(documentHash: "0f3a", start: start, end: end))
        }
    }
}
