import Foundation

/// How many generated inputs each robustness property takes: `BRIEFING_FUZZ_COUNT` when set (the million-input
/// runs), else a number small enough for `make test`.
enum FuzzBudget {
    static var count: Int {
        ProcessInfo.processInfo.environment["BRIEFING_FUZZ_COUNT"].flatMap(Int.init) ?? 5_000
    }
}
