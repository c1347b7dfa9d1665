import BriefingModel
import Normalization
import Testing

@Suite("Metric linker: catalog matching, scope, kinds, conversions, derived keys")
struct MetricLinkerTests {
    static func fact(
        _ document: String, _ text: String, _ value: Double, _ sentence: String, unit: BriefingModel.Unit = .count,
        noun: String? = nil, kind: Kind = .observation, category: Category = .other
    ) -> Fact {
        let start = sentence.range(of: text).map { sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: $0.lowerBound.samePosition(in: sentence.unicodeScalars) ?? sentence.unicodeScalars.startIndex) } ?? 0
        return Fact(id: "\(document)-\(start)", document: document, text: text, start: start, end: start + text.count,
                    sentence: sentence, value: value, unit: unit, noun: noun, category: category, kind: kind, year: 2024)
    }

    let linker = MetricLinker(catalog: .builtIn)

    func metric(_ fact: Fact) -> String? {
        linker.link([fact], in: Document(id: fact.document, location: fact.document, text: fact.sentence)).first?.metric
    }

    @Test("differently worded sentences reach the same catalog metric")
    func catalogMatches() {
        #expect(metric(Self.fact("a", "1.2 million", 1.2e6, "Some 1.2 million U.S. travelers visited Japan last year.",
                                 noun: "travelers")) == "us_visitors_to_japan")
        #expect(metric(Self.fact("b", "52,000", 52000, "About 52,000 American troops are based in Japan.", noun: "troops"))
                == "us_troops_in_japan")
        #expect(metric(Self.fact("c", "$1.9 billion", 1.9e9, "Japan's host-nation support came to $1.9 billion.", unit: .usd))
                != "host_nation_support_annual")  // the catalog series is in yen
        #expect(metric(Self.fact("d", "¥211 billion", 211e9, "Host nation support reached ¥211 billion.", unit: .jpy))
                == "host_nation_support_annual")
    }

    @Test("regional and partial figures join no catalog series")
    func scope() {
        #expect(metric(Self.fact("a", "1,500", 1500, "The region is home to roughly 1,500 former JET participants.",
                                 noun: "participants"))?.hasPrefix("~") == true)
        let both = Self.fact("b", "more than 30,000", 30000,
                             "There are more than 30,000 American alumni of the JET program, including nearly 200 JET alumni at the Department of State.",
                             noun: "alumni")
        let part = Self.fact("b", "nearly 200", 200, both.sentence, noun: "alumni")
        let linked = linker.link([both, part], in: Document(id: "b", location: "b", text: both.sentence))
        #expect(linked.map(\.metric) == ["jet_alumni_us", linked[1].metric])
        #expect(linked[1].metric?.hasPrefix("~") == true)
    }

    @Test("targets never link to observations; projections get their own key")
    func kinds() {
        let sentence = "Japan aims for 60 million visitors by 2030."
        #expect(metric(Self.fact("a", "60 million", 60e6, sentence, noun: "visitors", kind: .target)) == "japan_visitor_target")
        #expect(metric(Self.fact("a", "60 million", 60e6, sentence, noun: "visitors", kind: .observation)) == "visitors_to_japan_total")
        #expect(metric(Self.fact("a", "60 million", 60e6, sentence, noun: "visitors", kind: .projection)) == "visitors_to_japan_total@projection")
    }

    @Test("a currency conversion is not a second point of the series")
    func conversion() {
        let sentence = "Visitor spending reached a record ¥8.1 trillion in 2024 (around US$53 billion), compared with 5.3 trillion yen in 2023."
        let yen = Self.fact("d", "¥8.1 trillion", 8.1e12, sentence, unit: .jpy)
        let dollars = Self.fact("d", "around US$53 billion", 53e9, sentence, unit: .usd)
        let linked = linker.link([yen, dollars], in: Document(id: "d", location: "d", text: sentence))
        #expect(linked[0].metric == "japan_visitor_spending")
        #expect(linked[1].metric == "japan_visitor_spending@USD")
    }

    @Test("derived keys: the same growth figure worded two ways gets one key; unrelated figures do not")
    func derivedKeys() {
        let catalog = MetricCatalog(metrics: [])
        let plain = MetricLinker(catalog: catalog)
        let a = Self.fact("a", "47.1%", 47.1, "Arrivals in 2024 rose 47.1% from the 2023 total.", unit: .percent)
        let b = Self.fact("b", "47.1 pct", 47.1, "Arrivals in 2024 were up 47.1 pct on 2023.", unit: .percent)
        let c = Self.fact("c", "71 percent", 71, "71 percent rated the alliance as important to their careers.", unit: .percent)
        let linked = plain.link([a, b, c])
        #expect(linked[0].metric == linked[1].metric)
        #expect(linked[0].metric == "~percent:growth_visitor")
        #expect(linked[2].metric != linked[0].metric)
        #expect(plain.link([Self.fact("x", "$65", 65, "Members $65.", unit: .usd)]).first?.metric?.contains("#x") == true)
    }

    @Test("a value an order of magnitude off the series is split off")
    func outliers() {
        let catalog = MetricCatalog(metrics: [CatalogMetric(id: "jobs", label: "Jobs", unit: .count, category: .employment,
                                                             must: ["job*|employ*"])])
        let facts = [
            Self.fact("a", "860,000", 860000, "Firms support 860,000 jobs.", noun: "jobs"),
            Self.fact("b", "963,000", 963000, "Firms employed 963,000 workers.", noun: "workers"),
            Self.fact("c", "9,000", 9000, "Plants employ in excess of 9,000 people.", noun: "people"),
        ]
        let linked = MetricLinker(catalog: catalog).link(facts)
        #expect(linked.map(\.metric).prefix(2) == ["jobs", "jobs"])
        #expect(linked[2].metric != "jobs")
        #expect(MetricLinker(catalog: catalog).metrics(for: linked).first?.label == "Jobs")
    }
}
