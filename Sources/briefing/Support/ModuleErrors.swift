import FactStore
import Ingest
import Normalization
import Pipeline
import Reports

/// Which module errors mean bad input (exit 2) rather than a failed run (exit 1).
enum ModuleErrors {
    static func exitCode(for error: any Error) -> Int32 {
        switch error {
        case let error as IngestError:
            // A source the user named is missing, empty or not text: bad input. A server that fails: the run failed.
            error.isFetchFailure || error.code == .toolMissing || error.code == .toolFailed ? 1 : 2
        case let error as PipelineError:
            [.invalidPipelineFile, .invalidSchedule, .unsupportedSchedule, .invalidOutput].contains(error.code) ? 2 : 1
        case is NormalizationError:
            2
        case let error as StoreError:
            error.code == .newerSchema ? 2 : 1
        case let error as ReportsError:
            error.code == .templateInvalid || error.code == .templateUnreadable ? 2 : 1
        default:
            1
        }
    }
}
