import Foundation

/// Builds benchmark corpora of any size from the sample pipeline's documents, with every digit varied by a
/// seeded generator so that numbers and dates differ between copies but the text keeps its shape.
struct SampleCorpus {
    /// The sample documents' texts.
    let templates: [String]

    /// Loads every `.txt` file of `folder`.
    init(folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        templates = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        guard !templates.isEmpty else {
            throw BenchError("no .txt sample documents in \(folder.path)")
        }
    }

    /// Returns documents whose UTF-8 sizes add up to at least `bytes`, reproducibly for a given seed.
    func documents(totalBytes bytes: Int, seed: UInt64 = 42) -> [String] {
        var generator = SplitMix64(seed: seed)
        var documents: [String] = []
        var total = 0
        var index = 0
        while total < bytes {
            let text = vary(templates[index % templates.count], using: &generator)
            total += text.utf8.count
            documents.append(text)
            index += 1
        }
        return documents
    }

    /// Replaces each digit with a random one, keeping a leading digit non-zero so "2,884" stays a number.
    func vary(_ text: String, using generator: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasDigit = false
        for scalar in text.unicodeScalars {
            // ASCII decimal digits are exactly 0–9; comparing values skips the Unicode property lookup, which was
            // most of the time spent generating the 100 MB corpus.
            if ("0"..."9").contains(scalar) {
                let low: UInt64 = previousWasDigit ? 0 : 1
                let digit = low + generator.next() % (10 - low)
                scalars.append(Unicode.Scalar(UInt8(48 + digit)))
                previousWasDigit = true
            } else {
                scalars.append(scalar)
                previousWasDigit = false
            }
        }
        return String(scalars)
    }
}

/// A small, fast, seedable generator (SplitMix64) so corpora are identical between runs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
