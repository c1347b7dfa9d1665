import BriefingModel
import Foundation

/// The metric catalog (`Pipelines/metrics.yml`): metrics an analyst follows, and the scope words that keep
/// regional or partial figures out of national series.
public struct MetricCatalog: Sendable {
    /// Metrics in file order; on equal scores the earlier one wins.
    public var metrics: [CatalogMetric]
    /// Words that mark a figure as regional or local ("region", state names): such figures join no catalog series.
    public var subnationalScope: [String]
    /// Words that mark a figure as part of another ("including", "of them").
    public var subsetMarkers: [String]
    /// Stable hash of the catalog text, recorded with each run.
    public var hash: String

    let compiled: [CompiledMetric]
    let subnational: [KeywordPattern]
    let subset: [KeywordPattern]

    /// Creates a catalog.
    public init(metrics: [CatalogMetric], subnationalScope: [String] = [], subsetMarkers: [String] = [], hash: String = "") {
        self.metrics = metrics
        self.subnationalScope = subnationalScope
        self.subsetMarkers = subsetMarkers
        self.hash = hash
        compiled = metrics.map(CompiledMetric.init)
        subnational = subnationalScope.map(KeywordPattern.init)
        subset = subsetMarkers.map(KeywordPattern.init)
    }

    /// The catalog built into Briefing, used when no `--catalog` is given; `Pipelines/metrics.yml` is a
    /// byte-identical copy (a test keeps them equal).
    public static let builtIn: MetricCatalog = {
        (try? CatalogParser.parse(BuiltInCatalog.yaml, file: "<built-in catalog>")) ?? MetricCatalog(metrics: [])
    }()

    /// Loads a catalog file; errors name the file, line and column.
    public static func load(from url: URL) throws -> MetricCatalog {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw NormalizationError(.unreadable, "cannot read the metric catalog", file: url.path,
                                     cause: String(describing: error))
        }
        return try parse(text, file: url.path)
    }

    /// Parses catalog YAML; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws -> MetricCatalog {
        try CatalogParser.parse(yaml, file: file)
    }

    /// The catalog metric with this id.
    public func metric(id: String) -> CatalogMetric? { metrics.first { $0.id == id } }
}
