import BriefingModel
import FactStore
import Foundation
import Ingest

/// Reads the bytes of every source of a plan: files from disk, URLs through conditional requests with the
/// store's cached copy as fallback, so a page that disappears or errors keeps its last facts.
struct SourceReader: Sendable {
    let plan: RunPlan
    let store: FactStore
    let observer: any RunObserver

    /// One source's bytes and where they came from.
    struct Read: Sendable {
        let source: RunPlan.Source
        let bytes: [UInt8]
        let contentHash: String
        let contentType: String?
        /// A fresh copy to keep in the store's source cache.
        let fetched: CachedSource?
        let warnings: [String]

        /// Turns the bytes read (never the file again) into a document with the plan's id for it; the expensive
        /// part, run in parallel.
        func parse() throws -> IngestedDocument {
            let loader = DocumentLoader()
            var ingested = source.isURL
                ? try loader.load(bytes: bytes, location: source.location, contentType: contentType, hints: source.hints)
                : try loader.load(bytes: bytes, path: source.location, hints: source.hints)
            ingested.document.id = source.documentID
            return ingested
        }
    }

    /// Reads every source in plan order.
    func read() async throws -> [Read] {
        var reads: [Read] = []
        reads.reserveCapacity(plan.sources.count)
        for source in plan.sources {
            let read = source.isURL ? try await fetch(source) : try readFile(source)
            for warning in read.warnings { observer.runEvent(.warning(warning)) }
            observer.runEvent(.read(location: source.location))
            reads.append(read)
        }
        return reads
    }

    /// The largest source file read, in bytes. Reading keeps several copies of a document's text in memory
    /// (about 18 times its size), so a larger file is refused up front rather than exhausting memory.
    static let maximumFileBytes = 64 << 20

    private func readFile(_ source: RunPlan.Source) throws -> Read {
        if let size = (try? FileManager.default.attributesOfItem(atPath: source.location))?[.size] as? NSNumber,
           size.intValue > Self.maximumFileBytes {
            throw IngestError(.tooLarge, source.location,
                              "is \(size.intValue >> 20) MB; Briefing reads sources of at most \(Self.maximumFileBytes >> 20) MB (split it into parts)")
        }
        let bytes = try DocumentLoader.readFile(source.location)
        // A file of a type Briefing does not read fails the run now, before any extraction.
        try DocumentLoader.refuseUnreadable(path: source.location, bytes: bytes, hints: source.hints)
        return Read(source: source, bytes: bytes, contentHash: SHA256.hex(of: bytes), contentType: nil, fetched: nil, warnings: [])
    }

    private func fetch(_ source: RunPlan.Source) async throws -> Read {
        guard let url = URL(string: source.location) else {
            throw IngestError(.invalidSource, source.location, "is not a valid URL")
        }
        let cached = try store.cachedSource(at: source.location)
        let previous = cached.map {
            FetchedResource(url: $0.location, bytes: [UInt8]($0.bytes), etag: $0.etag, lastModified: $0.lastModified,
                            contentType: $0.contentType)
        }
        do {
            switch try await HTTPFetcher(timeout: plan.fetchTimeout, userAgent: plan.userAgent).fetch(url, previous: previous) {
            case .fresh(let resource):
                let keep = CachedSource(location: source.location, etag: resource.etag, lastModified: resource.lastModified,
                                        bytes: Data(resource.bytes), fetchedAt: Date().timeIntervalSince1970,
                                        contentType: resource.contentType)
                return Read(source: source, bytes: resource.bytes, contentHash: SHA256.hex(of: resource.bytes),
                            contentType: resource.contentType, fetched: keep, warnings: [])
            case .notModified(let resource):
                return Read(source: source, bytes: resource.bytes, contentHash: SHA256.hex(of: resource.bytes),
                            contentType: resource.contentType, fetched: nil, warnings: [])
            }
        } catch let error as IngestError where error.isFetchFailure {
            guard let cached else { throw error }
            let when = Date(timeIntervalSince1970: cached.fetchedAt).formatted(.iso8601)
            let bytes = [UInt8](cached.bytes)
            return Read(source: source, bytes: bytes, contentHash: SHA256.hex(of: bytes), contentType: cached.contentType,
                        fetched: nil, warnings: ["\(error); kept the copy fetched at \(when)"])
        }
    }
}
