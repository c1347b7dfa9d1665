import ArgumentParser

/// How `briefing extract` prints facts.
enum FactFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, table
}
