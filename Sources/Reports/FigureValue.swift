import BriefingModel

/// One stated value of a metric: the number, its hedge, the year it refers to and the document it came from.
public struct FigureValue: Codable, Sendable, Hashable {
    /// The number with scale applied (percent in percent units).
    public var value: Double
    /// The hedge stated with it.
    public var qualifier: Qualifier
    /// The year the value refers to, when known.
    public var year: Int?
    /// The id of the document that states it.
    public var document: String
    /// The id of the fact it comes from, when it is one fact.
    public var factID: String?
    /// The sentence that states it, quoted in footnotes.
    public var sentence: String?

    /// Creates a value.
    public init(
        value: Double, qualifier: Qualifier = .exact, year: Int? = nil, document: String,
        factID: String? = nil, sentence: String? = nil
    ) {
        self.value = value
        self.qualifier = qualifier
        self.year = year
        self.document = document
        self.factID = factID
        self.sentence = sentence
    }
}
