import Foundation
import Ingest
import Normalization

/// What `briefing validate` checks beyond the pipeline file's own syntax: that every source can be read,
/// the catalog and overrides load, the outputs can be written, and when the schedule fires next.
public struct PipelineValidation: Sendable {
    /// One finding: a check that passed (a note) or failed (a problem).
    public struct Finding: Sendable {
        /// True for a problem.
        public var isProblem: Bool
        /// The line printed.
        public var message: String
    }

    /// Everything found, in the order checked.
    public private(set) var findings: [Finding] = []

    /// True when nothing is wrong.
    public var isValid: Bool { !findings.contains(where: \.isProblem) }

    /// Checks `plan`; never throws: every problem becomes a finding.
    public init(plan: RunPlan, now: Date = Date()) {
        note("\(plan.pipelineFile): valid pipeline '\(plan.name)' with \(plan.sources.count) source(s)")
        for source in plan.sources where !source.isURL {
            do {
                let document = try DocumentLoader().load(file: source.location, hints: source.hints).document
                note("\(source.location): \(document.format), \(document.text.count) characters, dated \(document.date?.description ?? "unknown")\(document.dateOrigin == .inferred ? " (inferred)" : "")")
            } catch {
                problem(String(describing: error))
            }
        }
        for source in plan.sources where source.isURL {
            note("\(source.location): a URL, fetched when the pipeline runs")
        }
        do {
            let catalog = try plan.catalogPath.map { try MetricCatalog.load(from: URL(fileURLWithPath: $0)) } ?? .builtIn
            note("\(plan.catalogPath ?? "built-in catalog"): \(catalog.metrics.count) metrics")
        } catch {
            problem(String(describing: error))
        }
        if let overrides = plan.overridesPath, FileManager.default.fileExists(atPath: overrides) {
            do {
                note("\(overrides): \(try Overrides.load(from: URL(fileURLWithPath: overrides)).entries.count) overrides")
            } catch {
                problem(String(describing: error))
            }
        }
        do {
            try OutputPreflight.check([plan.workbookPath, plan.summaryPath, plan.storePath])
            note("outputs: \(plan.workbookPath), \(plan.summaryPath); store: \(plan.storePath)")
        } catch {
            problem(String(describing: error))
        }
        if let schedule = plan.schedule {
            var times: [String] = []
            var after = now
            var style = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
            style.timeZone = schedule.timeZone
            for _ in 0..<3 {
                guard let next = schedule.cron.nextDate(after: after, in: schedule.timeZone) else { break }
                times.append(next.formatted(style))
                after = next
            }
            note("schedule '\(schedule.cron.source)' in \(schedule.timeZone.identifier): next runs \(times.joined(separator: ", "))")
        }
    }

    private mutating func note(_ message: String) { findings.append(Finding(isProblem: false, message: message)) }
    private mutating func problem(_ message: String) { findings.append(Finding(isProblem: true, message: message)) }
}
