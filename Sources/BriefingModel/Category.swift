/// The policy area a fact belongs to (GUIDELINES.md, field `category`).
public enum Category: String, Codable, Sendable, CaseIterable, Hashable {
    case trade, investment, employment, exchange, survey, tourism, security, aid, other

    /// A title-case label for headings and sheet names.
    public var label: String {
        switch self {
        case .trade: "Trade"
        case .investment: "Investment"
        case .employment: "Employment"
        case .exchange: "People-to-people exchange"
        case .survey: "Public opinion"
        case .tourism: "Tourism"
        case .security: "Security"
        case .aid: "Development assistance"
        case .other: "Other"
        }
    }
}
