import BriefingModel
import Foundation
import Normalization
import Testing

/// The dev gold facts (copied with their sentences into `Fixtures/dev-links.json`) linked by the built-in
/// catalog, scored pairwise the way `eval/score.py --links` does.
@Suite("Linking quality on the dev fixture")
struct LinkingQualityTests {
    struct Fixture: Decodable {
        struct Group: Decodable {
            struct Member: Decodable {
                var doc: String
                var value: Double
            }
            var metric: String
            var facts: [Member]
        }
        var facts: [Fact]
        var links: [Group]
    }

    static func fixture() throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: "dev-links", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    struct Pair: Hashable {
        var a: Int, b: Int
        init(_ x: Int, _ y: Int) { (a, b) = (min(x, y), max(x, y)) }
    }

    @Test("pairwise precision and recall are at least 0.90")
    func pairwise() throws {
        let fixture = try Self.fixture()
        let facts = MetricLinker(catalog: .builtIn).link(fixture.facts)
        var firstIndex: [String: Int] = [:]
        for (index, fact) in facts.enumerated() where firstIndex["\(fact.document)|\(fact.value)"] == nil {
            firstIndex["\(fact.document)|\(fact.value)"] = index
        }
        var gold = Set<Pair>()
        for group in fixture.links {
            let members = group.facts.compactMap { firstIndex["\($0.doc)|\($0.value)"] }
            for (i, x) in members.enumerated() {
                for y in members[(i + 1)...] where facts[x].document != facts[y].document { gold.insert(Pair(x, y)) }
            }
        }
        var predicted = Set<Pair>()
        for x in facts.indices {
            for y in facts.indices where y > x && facts[x].document != facts[y].document {
                if let key = facts[x].metric, key == facts[y].metric { predicted.insert(Pair(x, y)) }
            }
        }
        let hits = gold.intersection(predicted).count
        let precision = predicted.isEmpty ? 0 : Double(hits) / Double(predicted.count)
        let recall = gold.isEmpty ? 0 : Double(hits) / Double(gold.count)
        func show(_ pair: Pair) -> String {
            let a = facts[pair.a], b = facts[pair.b]
            return "\(a.document) '\(a.text)' [\(a.metric ?? "-")] ~ \(b.document) '\(b.text)' [\(b.metric ?? "-")]"
        }
        let wrong = predicted.subtracting(gold).map(show).sorted()
        let missed = gold.subtracting(predicted).map(show).sorted()
        print("linking precision \(precision) recall \(recall) (\(hits)/\(gold.count) gold, \(predicted.count) predicted)")
        for line in wrong { print("FALSE  \(line)") }
        for line in missed { print("MISSED \(line)") }
        #expect(precision >= 0.9, "false pairs: \(wrong)")
        #expect(recall >= 0.9, "missed pairs: \(missed)")
    }
}
