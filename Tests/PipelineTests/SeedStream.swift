import PropertyBased

/// Numbers drawn from one generated seed, for the million-input robustness properties: PropertyBased draws the
/// seed (so `.fixedSeed` still reproduces a failing input) and a SplitMix64 stream expands it into the input.
/// Drawing every piece through `Gen.element(of:).array(of:)` took as long as the code under test.
struct SeedStream {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator of whatever `make` builds from a fresh stream.
    static func generator<Value>(_ make: @Sendable @escaping (inout SeedStream) -> Value)
        -> Generator<Value, Shrink.Integer<UInt64>>
    {
        Gen.uint64().map { seed in
            var stream = SeedStream(seed: seed)
            return make(&stream)
        }
    }

    /// Texts of a number in `count` of `pieces`, joined.
    static func text(of pieces: [String], count: ClosedRange<Int>) -> Generator<String, Shrink.Integer<UInt64>> {
        generator { $0.text(of: pieces, count: count) }
    }

    /// Texts of a number in `count` of scalars from `range`.
    static func text(scalarsIn range: ClosedRange<UInt32>, count: ClosedRange<Int>) -> Generator<String, Shrink.Integer<UInt64>> {
        generator { $0.text(scalarsIn: range, count: count) }
    }

    /// The next text of a number in `count` of `pieces`, joined.
    mutating func text(of pieces: [String], count: ClosedRange<Int>) -> String {
        var text = ""
        for _ in 0..<number(in: count) { text += element(of: pieces) }
        return text
    }

    /// The next text of a number in `count` of scalars from `range`.
    mutating func text(scalarsIn range: ClosedRange<UInt32>, count: ClosedRange<Int>) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<number(in: count) {
            // Surrogate code points are not scalars: skipped, so a range may span them.
            if let scalar = Unicode.Scalar(UInt32(number(in: Int(range.lowerBound)...Int(range.upperBound)))) {
                view.append(scalar)
            }
        }
        return String(view)
    }

    /// The next number, in `range` (modulo reduction: its bias is far below what these properties can notice).
    mutating func number(in range: ClosedRange<Int>) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return range.lowerBound + Int(mixed % UInt64(range.count))
    }

    /// The next element of `elements`, which must not be empty.
    mutating func element<Element>(of elements: [Element]) -> Element {
        elements[number(in: 0...(elements.count - 1))]
    }
}
