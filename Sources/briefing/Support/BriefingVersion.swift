/// The version printed by `briefing --version` and recorded with every run.
enum BriefingVersion {
    static let string = "0.1.0"
}
