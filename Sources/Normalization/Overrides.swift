import BriefingModel
import Foundation
import Yams

/// The analyst's overrides of one pipeline (`Pipelines/<pipeline>.overrides.yml`), re-applied on every run.
///
/// ```yaml
/// overrides:
///   - fact: f3a9c0d2e1b4f5a6
///     reject: true
///     note: duplicate of the table figure
///   - fact: f0b1c2d3e4f5a6b7
///     value: 45000
///     year: 2025
///     metric: jet_alumni_us
/// ```
public struct Overrides: Sendable {
    /// The entries in file order.
    public var entries: [Override]

    static let topKeys = ["overrides"]
    static let entryKeys = ["fact", "reject", "value", "year", "metric", "note"]

    /// Creates overrides.
    public init(_ entries: [Override] = []) { self.entries = entries }

    /// The overrides file conventionally next to a pipeline file: `<dir>/<pipeline>.overrides.yml`.
    public static func defaultURL(forPipeline pipelineFile: URL) -> URL {
        let name = pipelineFile.deletingPathExtension().lastPathComponent
        return pipelineFile.deletingLastPathComponent().appendingPathComponent("\(name).overrides.yml")
    }

    /// Loads a file; a missing file means no overrides. Errors name the file, line and column.
    public static func load(from url: URL) throws -> Overrides {
        guard FileManager.default.fileExists(atPath: url.path) else { return Overrides() }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw NormalizationError(.unreadable, "cannot read the overrides file", file: url.path, cause: String(describing: error))
        }
        return try parse(text, file: url.path)
    }

    /// Parses overrides YAML; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> Overrides {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(text) else { return Overrides() }
        let top = try reader.mapping(root, allowed: topKeys, what: "the overrides file")
        guard let list = top["overrides"] else { return Overrides() }
        guard let items = list.sequence else {
            throw reader.error(.invalidValue, "'overrides' must be a list", at: list)
        }
        var entries: [Override] = []
        for (index, item) in items.enumerated() {
            let what = "override #\(index + 1)"
            let fields = try reader.mapping(item, allowed: entryKeys, what: what)
            let fact = try reader.string(fields, "fact", in: what, parent: item)
            var entry = Override(fact: fact, line: item.mark?.line)
            entry.reject = try reader.bool(fields, "reject", in: what) ?? false
            if let node = fields["value"] {
                guard let value = node.float ?? node.int.map(Double.init) else {
                    throw reader.error(.invalidValue, "'value' in \(what) must be a number", at: node)
                }
                entry.value = value
            }
            if let node = fields["year"] {
                guard let year = node.int, (1000...9999).contains(year) else {
                    throw reader.error(.invalidValue, "'year' in \(what) must be a four-digit year", at: node)
                }
                entry.year = year
            }
            entry.metric = try reader.optionalString(fields, "metric", in: what)
            entry.note = try reader.optionalString(fields, "note", in: what)
            if !entry.reject, entry.value == nil, entry.year == nil, entry.metric == nil, entry.note == nil {
                throw reader.error(.missingKey, "\(what) does nothing: give reject, value, year, metric or note", at: item)
            }
            entries.append(entry)
        }
        return Overrides(entries)
    }

    /// Applies every override to `facts`: rejected facts are dropped, corrections replace fields, and each touched
    /// fact gets a note for outputs; overrides naming no present fact are returned as stale.
    public func apply(to facts: [Fact]) -> OverrideResult {
        let byFact = Dictionary(grouping: entries, by: \.fact)
        var kept: [Fact] = []
        var notes: [String: String] = [:]
        var rejected: [String] = []
        for var fact in facts {
            guard let overrides = byFact[fact.id] else {
                kept.append(fact)
                continue
            }
            var parts: [String] = []
            var drop = false
            for entry in overrides {
                if entry.reject { drop = true }
                if let value = entry.value, value != fact.value {
                    parts.append("value corrected from \(Self.plain(fact.value))")
                    fact.value = value
                    fact.low = nil
                    fact.high = nil
                }
                if let year = entry.year, year != fact.year {
                    parts.append("year corrected from \(fact.year.map(String.init) ?? "none")")
                    fact.year = year
                }
                if let metric = entry.metric, metric != fact.metric {
                    parts.append("metric corrected from \(fact.metric ?? "none")")
                    fact.metric = metric
                }
                if let note = entry.note { parts.insert(note, at: 0) }
            }
            if drop {
                rejected.append(fact.id)
                continue
            }
            notes[fact.id] = parts.isEmpty ? "overridden" : parts.joined(separator: "; ")
            kept.append(fact)
        }
        let present = Set(facts.map(\.id))
        return OverrideResult(facts: kept, notes: notes, rejected: rejected, stale: entries.filter { !present.contains($0.fact) })
    }

    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
