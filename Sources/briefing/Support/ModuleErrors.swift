import FactStore
import Normalization

/// Which module errors mean bad input (exit 2) rather than a failed run (exit 1).
enum ModuleErrors {
    static func exitCode(for error: any Error) -> Int32 {
        switch error {
        case is NormalizationError: 2
        case let error as StoreError where error.code == .newerSchema: 2
        default: 1
        }
    }
}
