import ArgumentParser
import FactStore
import Foundation

/// `briefing store`: look after a pipeline's fact store.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Look after a pipeline's fact store.",
        subcommands: [StoreCheckCommand.self]
    )
}

/// `briefing store check`: is the store sound, and if not, what is wrong with it.
struct StoreCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the fact store's integrity without changing it.",
        discussion: """
            Opens the pipeline's store, runs SQLite's integrity and foreign-key checks and counts what it \
            holds. Exits 0 when the store is sound, 1 when it is damaged or cannot be opened (each problem on \
            its own line), 2 when it was written by a newer Briefing.

            Examples:
              briefing store check Pipelines/us-japan.yml
            """
    )

    @Argument(help: "The pipeline file (YAML).", completion: .file(extensions: ["yml", "yaml"]))
    var pipeline: String

    mutating func run() async throws {
        let context = try PipelineContext(path: pipeline)
        let path = context.plan.storePath
        let problems: [String]
        let store: FactStore
        do {
            store = try context.openExistingStore()
            problems = try store.check()
        } catch let error as StoreError where error.code == .corrupt {
            throw Self.damaged(path, problems: [String(describing: error).replacingOccurrences(of: path + ": ", with: "")])
        }
        guard problems.isEmpty else { throw Self.damaged(path, problems: problems) }
        let runs = try store.runs()
        let failed = runs.filter { $0.run.status != .succeeded }.count
        let schema = try store.appliedMigrations().last ?? "none"
        Terminal.standardOutput.writeLine(
            "ok  \(path): sound (schema \(schema)); \(runs.count) run(s), \(failed) failed; latest run: "
                + "\(try store.documents().count) document(s), \(try store.facts().count) fact(s)")
    }

    /// Prints each problem on its own line and returns the closing failure with what to do about it.
    private static func damaged(_ path: String, problems: [String]) -> CommandFailure {
        for problem in problems { Terminal.standardError.writeLine("briefing: \(path): \(problem)") }
        return CommandFailure.failed(
            "\(path): damaged (\(problems.count) problem(s) above); keep a copy, then restore it from a backup "
                + "or move it aside and run the pipeline again to rebuild it from the sources")
    }
}
