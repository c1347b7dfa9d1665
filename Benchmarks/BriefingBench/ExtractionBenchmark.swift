import BriefingModel
import Extraction
import Foundation

/// Extraction throughput on one core: the same extractor the CLI uses, over generated documents.
struct ExtractionBenchmark {
    let corpus: SampleCorpus

    struct Measurement: Codable {
        let megabytes: Double
        let documents: Int
        let facts: Int
        let secondsMedian: Double
        let secondsRuns: [Double]
        var megabytesPerSecond: Double { megabytes / secondsMedian }
    }

    func measure(megabytes: Int, repetitions: Int) -> Measurement {
        let texts = corpus.documents(totalBytes: megabytes * 1_000_000)
        let documents = texts.enumerated().map { index, text in
            Document(id: "bench-\(index)", location: "bench-\(index).txt", date: DocumentDate(year: 2024), text: text)
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let extractor = Extractor()
        var runs: [Double] = []
        var facts = 0
        for _ in 0..<repetitions {
            let clock = ContinuousClock()
            var count = 0
            let elapsed = clock.measure {
                for document in documents { count += extractor.extract(document).count }
            }
            facts = count
            runs.append(elapsed.seconds)
        }
        return Measurement(
            megabytes: Double(bytes) / 1_000_000, documents: documents.count, facts: facts,
            secondsMedian: runs.median, secondsRuns: runs
        )
    }
}

extension Duration {
    /// The duration in seconds as a double.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

extension Array where Element == Double {
    /// The median, or 0 for an empty array.
    var median: Double {
        guard !isEmpty else { return 0 }
        let sorted = self.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
