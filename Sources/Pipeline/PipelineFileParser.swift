import BriefingModel
import Foundation
import Ingest
import Yams

/// Reads the YAML node tree of a pipeline file into a `PipelineFile`, failing on the first problem with its
/// line and column.
struct PipelineFileParser {
    static let topKeys = ["name", "title", "description", "contact", "sources", "catalog", "overrides", "store",
                          "outputs", "schedule", "fetch"]
    static let sourceKeys = ["path", "url", "title", "publisher", "date", "format"]
    static let outputKeys = ["workbook", "summary", "template"]
    static let scheduleKeys = ["cron", "timezone", "overlap", "catch_up"]
    static let fetchKeys = ["timeout_seconds", "user_agent"]

    let displayPath: String
    let absolutePath: String
    let workingDirectory: String
    private var folder: String { (absolutePath as NSString).deletingLastPathComponent }

    init(displayPath: String, absolutePath: String, workingDirectory: String) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.workingDirectory = workingDirectory
    }

    mutating func parse(_ yaml: String) throws -> PipelineFile {
        let root: Node?
        do {
            // UTF-8 named, not `.default`: that reads the whole process environment (YAMS_DEFAULT_ENCODING) on every
            // parse, a fifth to a third of the time a small pipeline file takes.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw yamlError(error, yaml: yaml)
        } catch {
            throw PipelineError(.invalidPipelineFile, "is not valid YAML", file: displayPath, cause: error)
        }
        guard let root, !isNull(root) else {
            throw PipelineError(.invalidPipelineFile, "is empty; it needs at least a 'sources' list", file: displayPath)
        }
        let top = try mapping(root, "the pipeline file")
        let values = try keyed(top, allowed: Self.topKeys, context: "the pipeline file")

        let stem = ((absolutePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = try values["name"].map { try pipelineName($0) } ?? Self.sanitizedName(stem)
        let title = try values["title"].flatMap { try string($0, "title") } ?? name
        guard let sourcesNode = values["sources"] else {
            throw fail(root, "needs a 'sources' list of files, globs or URLs")
        }
        let sources = try parseSources(sourcesNode)

        let catalog = try values["catalog"].flatMap { try existingFile($0, "catalog") }
            ?? existing(folder + "/metrics.yml")
        let overrides = try values["overrides"].flatMap { try string($0, "overrides") }.map(resolve)
            ?? folder + "/\(name).overrides.yml"
        let store = try values["store"].flatMap { try string($0, "store") }.map(resolve)
            ?? PipelinePaths.absolute("Output/\(name).sqlite", base: workingDirectory)
        let outputs = try parseOutputs(values["outputs"], name: name)
        let schedule = try values["schedule"].map { try parseSchedule($0) }
        let fetch = try parseFetch(values["fetch"])

        return PipelineFile(
            path: absolutePath, contentHash: "", name: name, title: title,
            description: try values["description"].flatMap { try string($0, "description") },
            contact: try values["contact"].flatMap { try string($0, "contact") },
            sources: sources, catalog: catalog, overrides: overrides, store: store, outputs: outputs,
            schedule: schedule, fetch: fetch
        )
    }

    // MARK: Sections

    private func parseSources(_ node: Node) throws -> [PipelineFile.Source] {
        guard let list = node.sequence else {
            throw fail(node, "'sources' must be a list (one '- path' or '- url' per line)")
        }
        guard !list.isEmpty else { throw fail(node, "'sources' is empty; list at least one file, glob or URL") }
        var sources: [PipelineFile.Source] = []
        var firstLine: [String: Int] = [:]
        for entry in list {
            let source = try parseSource(entry)
            let key = switch source.location {
            case .path(let path): path
            case .url(let url): url.absoluteString
            }
            if let line = firstLine[key] {
                throw fail(entry, "source '\(source.written)' is listed twice (first at line \(line))")
            }
            firstLine[key] = source.line
            sources.append(source)
        }
        return sources
    }

    private func parseSource(_ node: Node) throws -> PipelineFile.Source {
        let line = node.mark?.line ?? 0
        if node.scalar != nil {
            guard let written = try string(node, "source") else { throw fail(node, "a source entry is empty") }
            return try source(written, isURL: written.contains("://"), node: node, hints: SourceHints(), line: line)
        }
        let values = try keyed(try mapping(node, "a source entry"), allowed: Self.sourceKeys, context: "a source entry")
        let path = try values["path"].flatMap { try string($0, "path") }
        let url = try values["url"].flatMap { try string($0, "url") }
        guard (path == nil) != (url == nil) else {
            throw fail(node, "a source entry needs exactly one of 'path' or 'url'")
        }
        var hints = SourceHints()
        hints.title = try values["title"].flatMap { try string($0, "title") }
        hints.publisher = try values["publisher"].flatMap { try string($0, "publisher") }
        if let dateNode = values["date"], let text = try string(dateNode, "date") {
            guard let date = DocumentDate(iso: text) else {
                throw fail(dateNode, "date '\(text)' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            hints.date = date
        }
        if let formatNode = values["format"], let text = try string(formatNode, "format") {
            hints.format = try choice(formatNode, text, "format", SourceFormat.self)
        }
        let target = (url ?? path) ?? ""
        let targetNode = values[url != nil ? "url" : "path"] ?? node
        return try source(target, isURL: url != nil, node: targetNode, hints: hints, line: line)
    }

    private func source(_ written: String, isURL: Bool, node: Node, hints: SourceHints, line: Int) throws -> PipelineFile.Source {
        if isURL {
            guard let url = URL(string: written), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", url.host?.isEmpty == false else {
                throw fail(node, "url '\(written)' is not an http or https URL")
            }
            return PipelineFile.Source(location: .url(url), written: written, hints: hints, line: line)
        }
        let resolved = resolve(written)
        if !SourceGlob.hasWildcards(written) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                throw fail(node, "source file '\(written)' does not exist (looked for \(resolved))")
            }
            if isDirectory.boolValue {
                throw fail(node, "source '\(written)' is a folder; use a glob such as '\(written)/*.txt'")
            }
        }
        return PipelineFile.Source(location: .path(resolved), written: written, hints: hints, line: line)
    }

    private func parseOutputs(_ node: Node?, name: String) throws -> PipelineFile.Outputs {
        let values = try node.map { try keyed(try mapping($0, "'outputs'"), allowed: Self.outputKeys, context: "'outputs'") } ?? [:]
        let workbook = try values["workbook"].flatMap { try string($0, "workbook") }.map(resolve)
            ?? PipelinePaths.absolute("Output/\(name)-briefing.xlsx", base: workingDirectory)
        let summary = try values["summary"].flatMap { try string($0, "summary") }.map(resolve)
            ?? PipelinePaths.absolute("Output/\(name)-briefing.md", base: workingDirectory)
        if workbook == summary, let node {
            throw fail(node, "'workbook' and 'summary' name the same file")
        }
        let template = try values["template"].flatMap { try existingFile($0, "template") }
            ?? existing(folder + "/templates/briefing.md.mustache")
        return PipelineFile.Outputs(workbook: workbook, summary: summary, template: template)
    }

    private func parseSchedule(_ node: Node) throws -> Schedule {
        let values = try keyed(try mapping(node, "'schedule'"), allowed: Self.scheduleKeys, context: "'schedule'")
        guard let cronNode = values["cron"], let cronText = try string(cronNode, "cron") else {
            throw fail(node, "'schedule' needs a 'cron' expression, e.g. cron: \"0 7 * * 1-5\"")
        }
        let cron: CronExpression
        do {
            cron = try CronExpression(cronText)
        } catch let error as PipelineError {
            throw fail(cronNode, error.message)
        }
        var timeZone = TimeZone.current
        if let zoneNode = values["timezone"], let identifier = try string(zoneNode, "timezone") {
            guard let zone = TimeZone(identifier: identifier) else {
                throw fail(zoneNode, "unknown time zone '\(identifier)' (use an IANA name such as Asia/Tokyo or America/New_York)")
            }
            timeZone = zone
        }
        let overlap = try values["overlap"].map { node in
            try string(node, "overlap").map { try choice(node, $0, "overlap", Schedule.Overlap.self) } ?? .skip
        } ?? .skip
        let catchUp = try values["catch_up"].map { node in
            try string(node, "catch_up").map { try choice(node, $0, "catch_up", Schedule.CatchUp.self) } ?? .one
        } ?? .one
        return Schedule(cron: cron, timeZone: timeZone, overlap: overlap, catchUp: catchUp)
    }

    private func parseFetch(_ node: Node?) throws -> PipelineFile.Fetch {
        var fetch = PipelineFile.Fetch(timeoutSeconds: 30, userAgent: "Briefing/1.0")
        guard let node else { return fetch }
        let values = try keyed(try mapping(node, "'fetch'"), allowed: Self.fetchKeys, context: "'fetch'")
        if let timeoutNode = values["timeout_seconds"], let text = try string(timeoutNode, "timeout_seconds") {
            guard let seconds = Double(text), seconds > 0, seconds <= 3600 else {
                throw fail(timeoutNode, "timeout_seconds must be a number of seconds between 0 and 3600, not '\(text)'")
            }
            fetch.timeoutSeconds = seconds
        }
        if let agent = try values["user_agent"].flatMap({ try string($0, "user_agent") }) { fetch.userAgent = agent }
        return fetch
    }

    // MARK: Node helpers

    private func fail(_ node: Node, _ message: String) -> PipelineError {
        PipelineError(.invalidPipelineFile, message, file: displayPath, line: node.mark?.line, column: node.mark?.column)
    }

    private func isNull(_ node: Node) -> Bool {
        node.null != nil
    }

    private func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
        if let mapping = node.mapping { return mapping }
        throw fail(node, "\(what) must be a mapping of 'key: value' lines, not \(kind(of: node))")
    }

    /// The values of a mapping by key, refusing unknown keys (with the nearest known one suggested) and
    /// duplicates; null values count as absent.
    private func keyed(_ mapping: Node.Mapping, allowed: [String], context: String) throws -> [String: Node] {
        var values: [String: Node] = [:]
        var seen = Set<String>()
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw fail(keyNode, "keys in \(context) must be plain words") }
            guard allowed.contains(key) else {
                let hint = KeySuggestion.nearest(to: key, in: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; known keys: \(allowed.joined(separator: ", "))"
                throw fail(keyNode, "unknown key '\(key)' in \(context)\(hint)")
            }
            guard seen.insert(key).inserted else { throw fail(keyNode, "key '\(key)' appears twice in \(context)") }
            if !isNull(value) { values[key] = value }
        }
        return values
    }

    /// A scalar's text; nil when empty. Numbers and dates are taken as written.
    private func string(_ node: Node, _ key: String) throws -> String? {
        guard let scalar = node.scalar else {
            throw fail(node, "'\(key)' must be a single value, not \(kind(of: node))")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private func choice<Value: RawRepresentable & CaseIterable>(
        _ node: Node, _ text: String, _ key: String, _: Value.Type
    ) throws -> Value where Value.RawValue == String {
        if let value = Value(rawValue: text.lowercased()) { return value }
        let names = Value.allCases.map(\.rawValue)
        let hint = KeySuggestion.nearest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""
        throw fail(node, "\(key) '\(text)' is not one of \(names.joined(separator: ", "))\(hint)")
    }

    private func kind(of node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private func resolve(_ path: String) -> String {
        PipelinePaths.absolute(path, base: folder)
    }

    private func existingFile(_ node: Node, _ key: String) throws -> String? {
        guard let written = try string(node, key) else { return nil }
        let path = resolve(written)
        guard existing(path) != nil else { throw fail(node, "\(key) file '\(written)' does not exist (looked for \(path))") }
        return path
    }

    private func existing(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue ? path : nil
    }

    private func pipelineName(_ node: Node) throws -> String {
        guard let name = try string(node, "name") else { throw fail(node, "'name' is empty") }
        guard Self.sanitizedName(name) == name else {
            throw fail(node, "name '\(name)' may hold only letters, digits, '.', '_' and '-', and must not start with '.'")
        }
        return name
    }

    static func sanitizedName(_ text: String) -> String {
        var name = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "pipeline" : name
    }

    private func yamlError(_ error: YamlError, yaml: String) -> PipelineError {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let (line, column) = Self.secondOccurrence(of: key, in: yaml) ?? (context.mark.line, context.mark.column)
            return PipelineError(.invalidPipelineFile, "key '\(key)' appears twice", file: displayPath, line: line, column: column)
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PipelineError(.invalidPipelineFile, "is not valid YAML: \(problem)", file: displayPath, line: mark.line, column: mark.column)
        case .reader(let problem, _, _, _):
            return PipelineError(.invalidPipelineFile, "is not readable text: \(problem)", file: displayPath)
        default:
            return PipelineError(.invalidPipelineFile, "is not valid YAML", file: displayPath, cause: error)
        }
    }

    /// Where `key:` starts a line for the second time (Yams reports duplicates without their position).
    private static func secondOccurrence(of key: String, in yaml: String) -> (line: Int, column: Int)? {
        var seen = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "-" }.count
            guard line.dropFirst(indent).hasPrefix(key + ":") else { continue }
            if seen { return (index + 1, indent + 1) }
            seen = true
        }
        return nil
    }
}
