/// Whether a figure reports what happened, an aim, or a forecast (GUIDELINES.md, field `kind`).
public enum Kind: String, Codable, Sendable, CaseIterable, Hashable {
    case observation, target, projection
}
