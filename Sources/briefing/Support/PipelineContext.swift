import FactStore
import Foundation
import Logging
import Pipeline

/// A pipeline file loaded for a command: the run plan, a logger, the lock and the store.
struct PipelineContext {
    let plan: RunPlan
    let logger: Logger

    init(path: String) throws {
        plan = try RunPlan.load(pipelineAt: path)
        var logger = Logger(label: "briefing")
        logger.logLevel = ProcessInfo.processInfo.environment["BRIEFING_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        self.logger = logger
    }

    /// Takes the pipeline's exclusive lock; fails naming the holder's pid unless `wait` is set.
    func acquireLock(wait: Bool) throws -> PipelineLock {
        let path = PipelineLock.lockPath(pipelineName: plan.name, storePath: plan.storePath)
        return try PipelineLock.acquire(at: path, wait: wait ? .infinity : 0)
    }

    /// Opens the store for reading commands; a pipeline that never ran has none, which is an error, not an empty answer.
    func openExistingStore() throws -> FactStore {
        guard FileManager.default.fileExists(atPath: plan.storePath) else {
            throw CommandFailure.failed("\(plan.storePath): no fact store yet; run 'briefing run \(plan.pipelineFile)' first")
        }
        return try FactStore(path: plan.storePath)
    }
}
