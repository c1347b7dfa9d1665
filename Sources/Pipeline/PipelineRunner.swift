import BriefingModel
import Extraction
import FactStore
import Foundation
import Ingest
import Logging
import Normalization
import Reports

/// Runs a pipeline once: reads the sources, extracts what changed (in parallel), links metrics, records the
/// run in one store transaction, and writes the outputs atomically.
public struct PipelineRunner: Sendable {
    /// What to run.
    public let plan: RunPlan
    /// How to run it.
    public let options: RunOptions
    /// Receives progress events.
    public let observer: any RunObserver
    /// Where the runner logs.
    public let logger: Logger

    /// Creates a runner.
    public init(plan: RunPlan, options: RunOptions = RunOptions(), observer: any RunObserver = SilentRunObserver(),
                logger: Logger = Logger(label: "briefing.pipeline")) {
        self.plan = plan
        self.options = options
        self.observer = observer
        self.logger = logger
    }

    /// Keys of the run's input hashes that describe the configuration rather than a document.
    enum ConfigurationKey {
        static let pipelineFile = "@pipeline-file"
        static let catalog = "@catalog"
        static let extractor = "@extractor"
    }

    /// Runs the pipeline and returns what it did. A run that fails changes no fact, document or output; it is
    /// listed in the store's runs as failed, with the reason.
    public func run() async throws -> RunSummary {
        try OutputPreflight.check(outputPaths + [plan.storePath])
        // A run killed while writing leaves its temporary output behind; only a dead writer's files go.
        for path in outputPaths { AtomicFile.removeAbandonedTemporaries(of: path) }
        let store = try FactStore(path: plan.storePath)
        do {
            return try await run(with: store)
        } catch {
            // Best effort: when the store itself is what failed, the original error is the one to report. A
            // damaged store is not written to at all (that could spread the damage), nor a locked one waited on again.
            if let storeError = error as? StoreError, [.corrupt, .locked].contains(storeError.code) { throw error }
            let draft = store.beginRun(pipeline: plan.name, pipelineFile: plan.pipelineFile, extractorVersion: Extractor.version)
            _ = try? store.recordFailure(draft, reason: String(describing: error))
            throw error
        }
    }

    private func run(with store: FactStore) async throws -> RunSummary {
        let catalog = try loadCatalog()
        let overrides = try loadOverrides()
        let previous = try store.runs().last { $0.run.status == .succeeded }
        observer.runEvent(.started(sources: plan.sources.count))

        let sources = try await SourceReader(plan: plan, store: store, observer: observer).read()
        var inputHashes = Dictionary(sources.map { ($0.source.location, $0.contentHash) }, uniquingKeysWith: { first, _ in first })
        inputHashes[ConfigurationKey.pipelineFile] = plan.configurationHash
        inputHashes[ConfigurationKey.catalog] = catalog.hash
        inputHashes[ConfigurationKey.extractor] = Extractor.version
        let draft = store.beginRun(
            pipeline: plan.name, pipelineFile: plan.pipelineFile, catalogHash: catalog.hash,
            extractorVersion: Extractor.version, inputHashes: inputHashes
        )

        if !options.force, let previous, previous.inputHashes == inputHashes, try outputsWritten(for: previous, store: store) {
            // Counts and ids only: loading 200,000 facts and every document's text would cost more than the check.
            let facts = try store.factCounts(run: previous.run.id)
            let documents = try store.documentIDs(run: previous.run.id)
            for source in sources {
                let count = documents[source.source.location].flatMap { facts[$0] } ?? 0
                observer.runEvent(.reused(location: source.source.location, facts: count, reason: "unchanged"))
            }
            return RunSummary(
                runID: previous.run.id, documents: sources.count, extracted: 0, reused: sources.count,
                facts: previous.run.factCount, changes: nil, metricsWithNewValues: [], outputs: [],
                warnings: [], upToDate: true
            )
        }

        let plans = try reusePlans(for: sources, previous: previous, inputHashes: inputHashes, store: store)
        let extracted = try await extract(plans)
        let documentWarnings = extracted.flatMap(\.warnings)
        let linker = MetricLinker(catalog: catalog)
        let linked = linker.link(extracted.flatMap(\.facts))
        let applied = overrides.apply(to: linked)
        let overrideWarnings = applied.stale.map { stale in
            "\(plan.overridesPath ?? "overrides")\(stale.line.map { ":\($0)" } ?? ""): the override of fact \(stale.fact) matches no fact any more"
        }
        for warning in overrideWarnings { observer.runEvent(.warning(warning)) }
        let stored = try store.record(
            draft, documents: extracted.map(\.document), facts: applied.facts,
            metrics: linker.metrics(for: applied.facts), overrideNotes: applied.notes,
            sources: sources.compactMap(\.fetched)
        )

        let changes: RunChanges?
        let outputs: [String]
        do {
            changes = try store.changes(between: previous?.run.id, and: stored.run.id)
            outputs = try writeOutputs(store: store, run: stored, catalog: catalog)
            // Only now do the outputs show this run; a run killed before this line is redone next time.
            if options.outputs == .all { try store.setState(outputsStateKey, to: String(stored.run.id)) }
        } catch {
            // The run is not done until its outputs are: take it back so the store is as before.
            try? store.discardRun(stored.run.id)
            throw error
        }
        return RunSummary(
            runID: stored.run.id, documents: extracted.count,
            extracted: extracted.filter { !$0.reused }.count, reused: extracted.filter(\.reused).count,
            facts: applied.facts.count, changes: changes,
            metricsWithNewValues: RunChangeSummary.metricsWithNewValues(changes),
            outputs: outputs, warnings: sources.flatMap(\.warnings) + documentWarnings + overrideWarnings, upToDate: false
        )
    }

    /// Writes the workbook and summary from the store for `run` (the latest when nil), without extracting.
    public func report(run runID: Int64? = nil) throws -> [String] {
        try OutputPreflight.check(outputPaths)
        let store = try FactStore(path: plan.storePath)
        let runs = try store.runs().filter { $0.run.status == .succeeded }
        guard let run = runID.map({ id in runs.first { $0.run.id == id } }) ?? runs.last else {
            throw PipelineError(.noRuns, "\(plan.storePath) holds no successful run of \(plan.name); run 'briefing run \(plan.pipelineFile)' first",
                                file: plan.storePath)
        }
        return try writeOutputs(store: store, run: run, catalog: try loadCatalog())
    }

    /// The outputs this run writes.
    private var outputPaths: [String] {
        (options.outputs.contains(.workbook) ? [plan.workbookPath] : []) + (options.outputs.contains(.summary) ? [plan.summaryPath] : [])
    }

    private func loadCatalog() throws -> MetricCatalog {
        guard let path = plan.catalogPath else { return .builtIn }
        return try MetricCatalog.load(from: URL(fileURLWithPath: path))
    }

    private func loadOverrides() throws -> Overrides {
        guard let path = plan.overridesPath else { return Overrides() }
        return try Overrides.load(from: URL(fileURLWithPath: path))
    }

    /// The state key naming the run the pipeline's outputs were last written for.
    private var outputsStateKey: String { "outputs.run." + plan.name }

    /// True when both outputs exist and were written for `run`: a run killed between recording and writing
    /// its outputs must not leave the older outputs standing as if they were current.
    private func outputsWritten(for run: StoredRun, store: FactStore) throws -> Bool {
        guard options.outputs == .all, FileManager.default.fileExists(atPath: plan.workbookPath),
              FileManager.default.fileExists(atPath: plan.summaryPath) else { return false }
        return try store.state(outputsStateKey) == String(run.run.id)
    }

    /// Decides, per document, whether its facts from the previous run still hold, and why not when they don't.
    private func reusePlans(for sources: [SourceReader.Read], previous: StoredRun?, inputHashes: [String: String],
                            store: FactStore) throws -> [ExtractionPlan] {
        let configurationChange = previous.flatMap { previous in
            [(ConfigurationKey.pipelineFile, "the pipeline file changed"), (ConfigurationKey.catalog, "the metric catalog changed"),
             (ConfigurationKey.extractor, "the extractor version changed")]
                .first { previous.inputHashes[$0.0] != inputHashes[$0.0] }?.1
        }
        var previousFacts: [String: [Fact]] = [:]
        var previousDocuments: [String: Document] = [:]
        if let previous, !options.force, configurationChange == nil {
            previousFacts = Dictionary(grouping: try store.facts(run: previous.run.id).map(\.fact), by: \.document)
            previousDocuments = Dictionary(try store.documents(run: previous.run.id).map { ($0.location, $0) },
                                           uniquingKeysWith: { first, _ in first })
        }
        return sources.map { read in
            let location = read.source.location
            if let previous, let old = previousDocuments[location], previous.inputHashes[location] == read.contentHash,
               old.id == read.source.documentID {
                return ExtractionPlan(read: read, reuse: (old, previousFacts[old.id] ?? []), reason: "unchanged")
            }
            let reason: String
            if options.force { reason = "--force" }
            else if previous == nil { reason = "first run" }
            else if let configurationChange { reason = configurationChange }
            else if previous?.inputHashes[location] == nil { reason = "new source" }
            else if previous?.inputHashes[location] == read.contentHash {
                reason = "its document id is now \(read.source.documentID)"
            } else { reason = "content changed" }
            return ExtractionPlan(read: read, reuse: nil, reason: reason)
        }
    }

    /// Parses and extracts the documents that need it, on every core; keeps source order.
    private func extract(_ plans: [ExtractionPlan]) async throws -> [ExtractedDocument] {
        let extractor = Extractor()
        let observer = self.observer
        return try await withThrowingTaskGroup(of: (Int, ExtractedDocument).self) { group in
            for (index, plan) in plans.enumerated() {
                group.addTask {
                    if let (document, facts) = plan.reuse {
                        observer.runEvent(.reused(location: plan.read.source.location, facts: facts.count, reason: plan.reason))
                        return (index, ExtractedDocument(document: document, facts: facts, reused: true, warnings: []))
                    }
                    let ingested = try plan.read.parse()
                    let facts = extractor.extract(ingested.document).map { fact in
                        var fact = fact
                        fact.page = ingested.page(atOffset: fact.start)
                        return fact
                    }
                    let warnings = ingested.warnings.map(\.description)
                    for warning in warnings { observer.runEvent(.warning(warning)) }
                    observer.runEvent(.extracted(location: plan.read.source.location, facts: facts.count, reason: plan.reason))
                    return (index, ExtractedDocument(document: ingested.document, facts: facts, reused: false, warnings: warnings))
                }
            }
            var results = [ExtractedDocument?](repeating: nil, count: plans.count)
            for try await (index, document) in group { results[index] = document }
            return results.compactMap { $0 }
        }
    }

    /// Builds the report from the store and writes the selected outputs atomically.
    private func writeOutputs(store: FactStore, run: StoredRun, catalog: MetricCatalog) throws -> [String] {
        let report = try ReportAssembler(store: store, catalog: catalog, plan: plan,
                                         logicalDate: options.resolvedLogicalDate()).report(for: run)
        var written: [String] = []
        if options.outputs.contains(.workbook) {
            let workbookOptions = BriefingWorkbook.Options(constantMemoryThreshold: options.constantMemoryThreshold)
            try AtomicFile.replace(plan.workbookPath) { temporaryPath in
                try BriefingWorkbook.write(report, to: temporaryPath, options: workbookOptions)
            }
            written.append(plan.workbookPath)
            observer.runEvent(.wrote(path: plan.workbookPath))
        }
        if options.outputs.contains(.summary) {
            let markdown = try MarkdownSummary.render(report, templatePath: plan.templatePath)
            try AtomicFile.write(Data(markdown.utf8), to: plan.summaryPath)
            written.append(plan.summaryPath)
            observer.runEvent(.wrote(path: plan.summaryPath))
        }
        return written
    }
}

/// A document's fate in a run: extract it again, or keep the previous run's document and facts.
struct ExtractionPlan: Sendable {
    let read: SourceReader.Read
    let reuse: (Document, [Fact])?
    let reason: String
}

/// A document and its facts after the extraction step.
struct ExtractedDocument: Sendable {
    let document: Document
    let facts: [Fact]
    let reused: Bool
    /// Problems reading it that did not stop the run (repaired encoding, unreadable front matter).
    let warnings: [String]
}
