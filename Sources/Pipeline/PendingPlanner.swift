// TEMPORARY: a minimal pipeline-file reader until PipelineFile lands.
import Foundation
import Ingest
import Yams

public enum PipelinePlanner {
    public static func plan(forPipelineAt path: String) throws -> RunPlan {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw PipelineError(.init("invalid"), "not a mapping", file: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let name = root["name"] as? String ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var sources: [RunPlan.Source] = []
        for entry in root["sources"] as? [[String: Any]] ?? [] {
            let file = folder.appendingPathComponent(entry["path"] as? String ?? "").path
            let raw: String? = (entry["date"] as? Date).map { String($0.ISO8601Format().prefix(10)) } ?? (entry["date"]).map { "\($0)" }
            let date = raw.flatMap(DocumentDate.init(iso:))
            for expanded in SourceGlob.hasWildcards(file) ? SourceGlob.expand(file) : [file] {
                sources.append(.init(location: expanded, hints: SourceHints(title: entry["title"] as? String, publisher: entry["publisher"] as? String, date: date)))
            }
        }
        let outputs = root["outputs"] as? [String: Any] ?? [:]
        let hash = SHA256.hex(of: Array(text.utf8))
        var schedule: Schedule?
        if let entry = root["schedule"] as? [String: Any], let cron = entry["cron"] as? String {
            schedule = Schedule(cron: try CronExpression(cron), timeZone: TimeZone(identifier: entry["timezone"] as? String ?? "UTC") ?? .gmt,
                                overlap: Schedule.Overlap(rawValue: entry["overlap"] as? String ?? "skip") ?? .skip,
                                catchUp: Schedule.CatchUp(rawValue: entry["catch_up"] as? String ?? "one") ?? .one)
        }
        return RunPlan(name: name, title: root["title"] as? String ?? name, description: root["description"] as? String ?? "",
                       contact: root["contact"] as? String, pipelineFile: path, configurationHash: hash, sources: sources,
                       storePath: root["store"] as? String ?? "Output/\(name).sqlite",
                       workbookPath: outputs["workbook"] as? String ?? "Output/\(name)-briefing.xlsx",
                       summaryPath: outputs["summary"] as? String ?? "Output/\(name)-briefing.md",
                       catalogPath: (root["catalog"] as? String).map { folder.appendingPathComponent($0).path },
                       schedule: schedule)
    }
}
import BriefingModel
