import Dispatch
import Foundation

/// Maps a range on every core, in contiguous chunks, keeping order: linking a run's facts is one pure
/// computation per fact, and on a run of 10,000 documents it was the longest single-threaded step.
enum ParallelChunks {
    /// Below this many elements per core the threads cost more than they save.
    static let minimumChunk = 2_000

    /// `transform` applied to every element of `range`, in order; `transform` must not depend on call order.
    static func map<Result>(_ range: Range<Int>, _ transform: (Int) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = min(cores, range.count / minimumChunk)
        guard chunks > 1 else { return range.map(transform) }
        let results = ChunkResults<Result>(count: chunks)
        let size = (range.count + chunks - 1) / chunks
        withoutActuallyEscaping(transform) { transform in
            let shared = UncheckedTransform(transform: transform)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = range.lowerBound + chunk * size
                let upper = min(range.upperBound, lower + size)
                results.store((lower..<upper).map(shared.transform), at: chunk)
            }
        }
        return results.joined()
    }
}

/// A transform handed to worker threads; `ParallelChunks.map` waits for them before returning.
private struct UncheckedTransform<Result>: @unchecked Sendable {
    let transform: (Int) -> Result
}

/// Per-chunk results filled in by worker threads under a lock.
private final class ChunkResults<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Result]]

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ values: [Result], at chunk: Int) {
        lock.withLock { chunks[chunk] = values }
    }

    func joined() -> [Result] {
        lock.withLock { chunks.flatMap { $0 } }
    }
}
