import Testing

@testable import Extraction

/// `ExtractionRun.rounded`: whole numbers pass through untouched (its fast path), and other values keep twelve
/// significant digits as the full computation gives them.
struct RoundingTests {
    /// The rounding without the whole-number shortcut, as it was written before the shortcut.
    private func reference(_ v: Double) -> Double {
        guard v.isFinite, v != 0 else { return v.isFinite ? v : 0 }
        let scale = Tokenizer.power10(max(0, 11 - abs(v).exponent10))
        guard scale > 1 else { return v.rounded() }
        return (v * scale).rounded() / scale
    }

    @Test("whole numbers of every magnitude are unchanged and agree with the full computation")
    func wholeNumbers() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [1, -1, 7, 10, 999, 1000, 2_884, 45_000, 963_000, 1.9e12, 12.7e9, 9_999_999_999_999,
                                1e15, 9_007_199_254_740_994, 1e22, -6.68e12]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...17, using: &generator)
            let magnitude = Double(UInt64.random(in: 0..<UInt64(pow10(digits)), using: &generator))
            values.append(Bool.random(using: &generator) ? magnitude : -magnitude)
        }
        for v in values where v != 0 {
            #expect(ExtractionRun.rounded(v) == v, "\(v)")
            #expect(ExtractionRun.rounded(v) == reference(v), "\(v)")
        }
    }

    @Test("fractions keep twelve significant digits", arguments: [
        (66.666666666666671, 66.6666666667), (0.1 + 0.2, 0.3), (3.5, 3.5), (1.0551e12 + 0.4, 1_055_100_000_000),
        (-12.345678901234, -12.3456789012),
    ] as [(Double, Double)])
    func fractions(value: Double, expected: Double) {
        #expect(ExtractionRun.rounded(value) == expected)
        #expect(ExtractionRun.rounded(value) == reference(value))
    }

    private func pow10(_ k: Int) -> Double { Tokenizer.power10(k) }
}
