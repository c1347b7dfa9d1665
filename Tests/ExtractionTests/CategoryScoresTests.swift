import BriefingModel
@testable import Extraction
import Testing

/// The best category of a set of scores: each slot maps back to its own category, nothing under the threshold
/// counts, and a tie goes to the category declared first.
@Suite struct CategoryScoresTests {
    @Test(arguments: Category.allCases)
    func aLoneScoreNamesItsCategory(category: Category) {
        var scores = CategoryScores()
        scores[category] = 0.5
        #expect(scores.best(threshold: 0.1) == category)
        #expect(scores.best(threshold: 0.6) == nil)
    }

    @Test func highestWinsAndTiesGoToTheFirstDeclared() {
        var scores = CategoryScores()
        scores[.aid] = 2
        scores[.trade] = 1
        #expect(scores.best(threshold: 0.1) == .aid)
        scores[.exchange] = 2
        #expect(scores.best(threshold: 0.1) == .exchange)
    }

    @Test func everyOrderOfScoresAgreesWithAScanOverAllCases() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var scores = CategoryScores()
            var plain: [(Category, Double)] = []
            for category in Category.allCases {
                let v = Double(Int.random(in: 0...4, using: &generator)) / 2
                scores[category] = v
                plain.append((category, v))
            }
            var expected: Category?
            var top = 0.0
            for (category, v) in plain where v >= 0.45 && (expected == nil || v > top) {
                expected = category
                top = v
            }
            #expect(scores.best(threshold: 0.45) == expected)
        }
    }
}
