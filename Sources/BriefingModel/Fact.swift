/// One numeric fact found in a document, with its provenance (GUIDELINES.md fields plus offsets).
///
/// Optional fields are spelled `Optional<T>`: a stored `T?` variable is first set to nil by an implicit initial
/// value, and with both strings and optional strings among the fields the compiler then builds the fact in a
/// temporary and copies it out (retaining every string), which cost about 2% of extraction.
public struct Fact: Codable, Sendable, Hashable {
    /// Stable id derived from the document's content hash and the offsets.
    public var id: String
    /// The document id (file name without extension).
    public var document: String
    /// The quantity as written, with qualifier, currency, scale and unit, without the counted noun.
    public var text: String
    /// Offset of `text` in the document text, in Unicode scalars.
    public var start: Int
    /// Offset just past `text`, in Unicode scalars.
    public var end: Int
    /// The sentence the quantity stands in.
    public var sentence: String
    /// The number with scale applied; for a range, its midpoint.
    public var value: Double
    /// Lower end of a range.
    public var low: Optional<Double>
    /// Upper end of a range.
    public var high: Optional<Double>
    /// The unit.
    public var unit: Unit
    /// The counted noun for `count` and `rank`, lower case.
    public var noun: Optional<String>
    /// The hedge.
    public var qualifier: Qualifier
    /// The policy area.
    public var category: Category
    /// Observation, target or projection.
    public var kind: Kind
    /// The year the figure refers to.
    public var year: Optional<Int>
    /// Catalog metric id or derived metric key that links the same measure across documents.
    public var metric: Optional<String>
    /// What is measured, e.g. "American alumni of the JET program".
    public var subject: Optional<String>
    /// How sure the extractor is, 0–1.
    public var confidence: Double
    /// For PDFs, the 1-based page the quantity stands on; nil for documents without pages.
    public var page: Optional<Int>

    /// Creates a fact. Inlinable: the extractor makes one per figure, and a call across the module boundary with
    /// twenty arguments cost more than filling the fields.
    @inlinable
    public init(
        id: String = "", document: String, text: String, start: Int, end: Int, sentence: String,
        value: Double, low: Double? = nil, high: Double? = nil, unit: Unit, noun: String? = nil,
        qualifier: Qualifier = .exact, category: Category = .other, kind: Kind = .observation,
        year: Int? = nil, metric: String? = nil, subject: String? = nil, confidence: Double = 1,
        page: Int? = nil
    ) {
        self.id = id
        self.document = document
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.noun = noun
        self.qualifier = qualifier
        self.category = category
        self.kind = kind
        self.year = year
        self.metric = metric
        self.subject = subject
        self.confidence = confidence
        self.page = page
    }

    /// True when the fact states a range.
    public var isRange: Bool { low != nil && high != nil }
}
