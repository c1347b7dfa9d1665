import BriefingModel
import Testing

@testable import Extraction

/// `Array(filled:count:)` stands in for `Array(repeating:count:)` in the per-document arrays: same elements.
struct ArrayFilledTests {
    @Test("filled arrays equal repeating arrays", arguments: [0, 1, 2, 7, 64, 1_000])
    func sameAsRepeating(_ count: Int) {
        #expect([Bool](filled: true, count: count) == [Bool](repeating: true, count: count))
        #expect([Int](filled: -3, count: count) == [Int](repeating: -3, count: count))
        let categories = [Category??](filled: .some(.trade), count: count)
        #expect(categories.count == count)
        #expect(categories.allSatisfy { $0 == .some(.trade) })
        #expect([Category??](filled: nil, count: count).allSatisfy { $0 == nil })
    }
}
