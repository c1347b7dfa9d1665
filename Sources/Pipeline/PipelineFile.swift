import BriefingModel
import Foundation
import Ingest

/// A pipeline file (YAML), read and fully validated: what to read, where to keep facts, what to write, and when.
///
/// Keys (every one optional except `sources`):
/// - `name`: the pipeline's name, used in output and lock file names. Default: the file name without its
///   extension (characters other than letters, digits, `.`, `_`, `-` become `-`).
/// - `title`: heading of the workbook and summary. Default: `name`.
/// - `description`: a sentence for the summary's introduction. Default: none.
/// - `contact`: who to ask about the briefing. Default: none.
/// - `sources`: a non-empty list. Each entry is a path or URL string, or a mapping with exactly one of
///   `path` (a file or glob: `*`, `?`, `**`, `[a-z]`) or `url` (http or https), plus optional `title`,
///   `publisher`, `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; recorded as given) and `format`
///   (`text`, `markdown`, `html`, `pdf`; overrides the file extension or content type).
/// - `catalog`: the metric catalog. Default: `metrics.yml` beside the pipeline file if it exists, else the
///   built-in catalog.
/// - `overrides`: the fact overrides file. Default: `<name>.overrides.yml` beside the pipeline file (it need
///   not exist).
/// - `store`: the SQLite fact store. Default: `Output/<name>.sqlite` in the current directory.
/// - `outputs`: `workbook` (default `Output/<name>-briefing.xlsx` in the current directory), `summary`
///   (default `Output/<name>-briefing.md` in the current directory), `template` (a Mustache template for the
///   summary; default `templates/briefing.md.mustache` beside the pipeline file if it exists, else built-in).
/// - `schedule`: `cron` (5 fields or a macro such as `@daily`; required when `schedule` is present),
///   `timezone` (IANA name; default: the system time zone), `overlap` (`skip` | `queue`; default `skip`),
///   `catch_up` (`none` | `one` | `all`; default `one`).
/// - `fetch`: `timeout_seconds` (default 30, at most 3600), `user_agent` (default `Briefing/1.0`).
///
/// Relative paths written in the file are relative to the folder that holds the file; `~/` is the home
/// folder. Defaults for outputs and the store are in `Output/` under the current directory instead, so
/// pipelines kept in one folder share one output folder.
public struct PipelineFile: Sendable {
    /// One entry of `sources`.
    public struct Source: Sendable, Hashable {
        /// Where the source is.
        public enum Location: Sendable, Hashable {
            /// A file path or glob pattern, resolved against the pipeline file's folder.
            case path(String)
            /// An http(s) URL.
            case url(URL)
        }

        /// Where the source is.
        public var location: Location
        /// The path or URL as written in the file, for messages.
        public var written: String
        /// Title, publisher, date and format the entry states.
        public var hints: SourceHints
        /// The line of the entry in the pipeline file.
        public var line: Int

        /// Creates a source entry.
        public init(location: Location, written: String, hints: SourceHints = SourceHints(), line: Int = 0) {
            self.location = location
            self.written = written
            self.hints = hints
            self.line = line
        }

        /// For a path entry, the files it names now (a glob is expanded, sorted); empty for a URL.
        public func files() -> [String] {
            guard case .path(let path) = location else { return [] }
            return SourceGlob.expand(path)
        }
    }

    /// The `outputs` section, resolved.
    public struct Outputs: Sendable, Hashable {
        /// The Excel workbook.
        public var workbook: String
        /// The Markdown summary.
        public var summary: String
        /// The summary's Mustache template; nil for the built-in one.
        public var template: String?
    }

    /// The `fetch` section.
    public struct Fetch: Sendable, Hashable {
        /// Seconds before a URL fetch gives up.
        public var timeoutSeconds: Double
        /// The `User-Agent` header.
        public var userAgent: String
    }

    /// The pipeline file's path, absolute.
    public var path: String
    /// SHA-256 of the file's bytes (part of a run's input hash).
    public var contentHash: String
    /// `name`.
    public var name: String
    /// `title`.
    public var title: String
    /// `description`.
    public var description: String?
    /// `contact`.
    public var contact: String?
    /// `sources`, in file order.
    public var sources: [Source]
    /// `catalog`; nil for the built-in catalog.
    public var catalog: String?
    /// `overrides`; the file may not exist yet.
    public var overrides: String
    /// `store`.
    public var store: String
    /// `outputs`.
    public var outputs: Outputs
    /// `schedule`; nil when the file has none.
    public var schedule: Schedule?
    /// `fetch`.
    public var fetch: Fetch

    /// The pipeline's lock file: `.<name>.lock` beside the store.
    public var lockPath: String { PipelineLock.lockPath(pipelineName: name, storePath: store) }

    /// Reads and validates the pipeline file at `path`; relative defaults go under `workingDirectory`.
    /// Every problem is a `PipelineError` (`.invalidPipelineFile`) naming the file, line and column.
    public static func load(
        path: String, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> PipelineFile {
        let absolute = PipelinePaths.absolute(path, base: workingDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw PipelineError(.invalidPipelineFile, "no such pipeline file", file: path)
        }
        guard !isDirectory.boolValue else {
            throw PipelineError(.invalidPipelineFile, "is a directory, not a pipeline file", file: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: absolute))
        } catch {
            throw PipelineError(.invalidPipelineFile, "cannot be read", file: path, cause: error)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(.invalidPipelineFile, "is not UTF-8 text", file: path)
        }
        var parser = PipelineFileParser(displayPath: path, absolutePath: absolute, workingDirectory: workingDirectory)
        var file = try parser.parse(text)
        file.contentHash = SHA256.hex(of: [UInt8](data))
        return file
    }

    /// Validates YAML text as if it were the file at `path` (which need not exist; relative paths in it are
    /// resolved against its folder).
    public static func parse(
        yaml: String, path: String, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> PipelineFile {
        var parser = PipelineFileParser(
            displayPath: path, absolutePath: PipelinePaths.absolute(path, base: workingDirectory),
            workingDirectory: workingDirectory
        )
        var file = try parser.parse(yaml)
        file.contentHash = SHA256.hex(of: Array(yaml.utf8))
        return file
    }
}

/// Path arithmetic shared by the pipeline file and its defaults.
enum PipelinePaths {
    /// `path` made absolute against `base`, with `~/` expanded and `.`/`..` removed.
    static func absolute(_ path: String, base: String) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/") {
            expanded = FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst()
        }
        let joined = expanded.hasPrefix("/") ? expanded : (base.hasSuffix("/") ? base : base + "/") + expanded
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
