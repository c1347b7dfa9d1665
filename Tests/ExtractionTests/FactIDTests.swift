import BriefingModel
import Testing

@testable import Extraction

/// The extractor's own id writer must give exactly the ids of `Fact.stableID` (overrides and links refer to them).
struct FactIDTests {
    @Test(arguments: ["", "abc", String(repeating: "0123456789abcdef", count: 4), "é文😀"])
    func matchesStableID(documentHash: String) {
        let ids = FactID(documentHash: documentHash)
        let offsets = [0, 1, 9, 10, 99, 100, 12_345, 1_000_000, Int.max, -1, -42, Int.min + 1]
        for start in offsets {
            for end in offsets {
                #expect(ids.id(start: start, end: end)
                    == Fact.stableID(documentHash: documentHash, start: start, end: end))
            }
        }
    }
}
