import Testing

/// The robustness properties' inputs: a seed always gives the same input (so a failure reproduces), and the
/// stream reaches every piece and both ends of every range.
struct SeedStreamTests {
    @Test func aSeedGivesTheSameTextEveryTime() {
        var first = SeedStream(seed: 42)
        var second = SeedStream(seed: 42)
        let pieces = ["a", "b", "c", "d"]
        let texts = (0..<20).map { _ in first.text(of: pieces, count: 0...30) }
        #expect(texts == (0..<20).map { _ in second.text(of: pieces, count: 0...30) })
        #expect(Set(texts).count > 1)
    }

    @Test func theStreamReachesEveryPieceAndBothEndsOfARange() {
        var stream = SeedStream(seed: 7)
        let pieces = (0..<97).map(String.init)
        let drawn = Set((0..<5_000).map { _ in stream.element(of: pieces) })
        let counts = (0..<5_000).map { _ in stream.number(in: 0...80) }
        #expect(drawn.count == pieces.count)
        #expect(counts.min() == 0 && counts.max() == 80)
    }

    @Test func scalarTextsStayInTheirRangeAndSkipSurrogates() {
        var stream = SeedStream(seed: 1)
        let range: ClosedRange<UInt32> = 0xD7F0...0xE010
        let scalars = (0..<2_000).flatMap { _ in
            stream.text(scalarsIn: range, count: 0...20).unicodeScalars.map(\.value)
        }
        #expect(scalars.allSatisfy { range.contains($0) && !(0xD800...0xDFFF).contains($0) })
        #expect(scalars.contains { $0 < 0xD800 } && scalars.contains { $0 > 0xDFFF })
    }
}
