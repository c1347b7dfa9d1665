/// How a figure is hedged in the text: "more than 30,000" is `.moreThan`, "nearly 200" is `.nearly`.
public enum Qualifier: String, Codable, Sendable, CaseIterable, Hashable {
    case exact
    case approximately
    case moreThan = "more_than"
    case atLeast = "at_least"
    case lessThan = "less_than"
    case atMost = "at_most"
    case nearly

    /// The phrase that puts this qualifier in front of a number in prose ("more than"), empty for `.exact`.
    public var phrase: String {
        switch self {
        case .exact: ""
        case .approximately: "about"
        case .moreThan: "more than"
        case .atLeast: "at least"
        case .lessThan: "less than"
        case .atMost: "up to"
        case .nearly: "nearly"
        }
    }

    /// True when the stated number is a lower bound of the real figure.
    public var isLowerBound: Bool { self == .moreThan || self == .atLeast }

    /// True when the stated number is an upper bound of the real figure.
    public var isUpperBound: Bool { self == .lessThan || self == .atMost || self == .nearly }
}
