import Foundation
import Ingest

extension RunPlan {
    /// The plan for a loaded pipeline file: globs expanded now (a pattern that matches nothing is an error,
    /// never a silent skip), file locations shown relative to `workingDirectory` when they are inside it.
    public init(file: PipelineFile, workingDirectory: String = FileManager.default.currentDirectoryPath) throws {
        var sources: [Source] = []
        var seen = Set<String>()
        for entry in file.sources {
            switch entry.location {
            case .url(let url):
                sources.append(Source(location: url.absoluteString, isURL: true, hints: entry.hints))
            case .path(let pattern):
                let files = SourceGlob.hasWildcards(pattern) ? entry.files() : [pattern]
                if files.isEmpty {
                    throw PipelineError(.sourceFailed, "the source pattern '\(entry.written)' matches no file",
                                        file: file.path, line: entry.line)
                }
                for path in files where seen.insert(path).inserted {
                    sources.append(Source(location: Self.display(path, from: workingDirectory), hints: entry.hints))
                }
            }
        }
        self.init(
            name: file.name, title: file.title, description: file.description ?? "", contact: file.contact,
            pipelineFile: Self.display(file.path, from: workingDirectory), configurationHash: file.contentHash,
            sources: sources, storePath: Self.display(file.store, from: workingDirectory),
            workbookPath: Self.display(file.outputs.workbook, from: workingDirectory),
            summaryPath: Self.display(file.outputs.summary, from: workingDirectory),
            templatePath: file.outputs.template.map { Self.display($0, from: workingDirectory) },
            catalogPath: file.catalog.map { Self.display($0, from: workingDirectory) },
            overridesPath: Self.display(file.overrides, from: workingDirectory),
            fetchTimeout: file.fetch.timeoutSeconds, userAgent: file.fetch.userAgent, schedule: file.schedule
        )
    }

    /// Loads and validates the pipeline file at `path` and plans a run of it.
    public static func load(pipelineAt path: String,
                            workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> RunPlan {
        try RunPlan(file: PipelineFile.load(path: path, workingDirectory: workingDirectory), workingDirectory: workingDirectory)
    }

    /// `path` relative to `directory` when it lies inside it, else unchanged.
    static func display(_ path: String, from directory: String) -> String {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
