import BriefingModel
import Yams

/// Parses catalog YAML into a `MetricCatalog`, rejecting unknown keys and bad values with their line and column.
enum CatalogParser {
    static let topKeys = ["version", "scope", "metrics"]
    static let scopeKeys = ["subnational", "subset"]
    static let metricKeys = ["id", "label", "unit", "category", "target", "match"]
    static let matchKeys = ["must", "may", "must_not", "nouns"]

    static func parse(_ text: String, file: String) throws -> MetricCatalog {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(text) else {
            throw NormalizationError(.missingKey, "the catalog is empty; it needs a 'metrics' list", file: file)
        }
        let top = try reader.mapping(root, allowed: topKeys, what: "the catalog")
        if let version = top["version"], version.int != 1 {
            throw reader.error(.invalidValue, "unsupported catalog version; this Briefing reads version 1", at: version)
        }
        var subnational: [String] = [], subset: [String] = []
        if let scopeNode = top["scope"] {
            let scope = try reader.mapping(scopeNode, allowed: scopeKeys, what: "'scope'")
            subnational = try reader.strings(scope, "subnational", in: "'scope'")
            subset = try reader.strings(scope, "subset", in: "'scope'")
        }
        guard let list = top["metrics"] else {
            throw reader.error(.missingKey, "the catalog needs a 'metrics' list", at: root)
        }
        guard let items = list.sequence else {
            throw reader.error(.invalidValue, "'metrics' must be a list of metrics", at: list)
        }
        var metrics: [CatalogMetric] = []
        var seen: Set<String> = []
        for item in items {
            let metric = try parseMetric(item, reader: reader, index: metrics.count + 1)
            guard seen.insert(metric.id).inserted else {
                throw reader.error(.duplicate, "metric id '\(metric.id)' is used twice", at: item)
            }
            metrics.append(metric)
        }
        var hash = StableHash()
        hash.combine(text)
        return MetricCatalog(metrics: metrics, subnationalScope: subnational, subsetMarkers: subset, hash: hash.hex)
    }

    static func parseMetric(_ node: Node, reader: YAMLReader, index: Int) throws -> CatalogMetric {
        let fields = try reader.mapping(node, allowed: metricKeys, what: "metric #\(index)")
        let id = try reader.string(fields, "id", in: "metric #\(index)", parent: node)
        let what = "metric '\(id)'"
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
            throw reader.error(.invalidValue, "\(what): an id uses letters, digits, '_' and '.' only", at: fields["id"])
        }
        let label = try reader.string(fields, "label", in: what, parent: node)
        let unitText = try reader.string(fields, "unit", in: what, parent: node)
        let categoryText = try reader.string(fields, "category", in: what, parent: node)
        guard let category = Category(rawValue: categoryText) else {
            let names = Category.allCases.map(\.rawValue)
            let hint = EditDistance.nearest(categoryText, in: names).map { "did you mean '\($0)'?" }
                ?? "use one of \(names.joined(separator: ", "))"
            throw reader.error(.invalidValue, "\(what): unknown category '\(categoryText)'; \(hint)", at: fields["category"])
        }
        let isTarget = try reader.bool(fields, "target", in: what) ?? false
        var must: [String] = [], may: [String] = [], mustNot: [String] = [], nouns: [String] = []
        if let matchNode = fields["match"] {
            let match = try reader.mapping(matchNode, allowed: matchKeys, what: "'match' of \(what)")
            must = try reader.strings(match, "must", in: "'match' of \(what)")
            may = try reader.strings(match, "may", in: "'match' of \(what)")
            mustNot = try reader.strings(match, "must_not", in: "'match' of \(what)")
            nouns = try reader.strings(match, "nouns", in: "'match' of \(what)")
        }
        if must.isEmpty {
            throw reader.error(.missingKey, "\(what) needs at least one 'must' keyword under 'match'", at: node)
        }
        return CatalogMetric(id: id, label: label, unit: BriefingModel.Unit(rawValue: unitText), category: category,
                             isTarget: isTarget, must: must, may: may, mustNot: mustNot, nouns: nouns)
    }
}
