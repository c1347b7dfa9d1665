import BriefingModel
import FactStore
import Foundation
import Testing

@Suite("Diff: first and last year, qualifier-aware change, conflicts, formats")
struct DiffTests {
    @Test("JET alumni: more than 30,000 (2020, s02) to 45,000 (2025, s03) is up at most 15,000")
    func sampleJetAlumni() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        try store.record(store.beginRun(pipeline: "sample"), documents: StoreFixtures.jetDocuments,
                         facts: StoreFixtures.jetFacts,
                         metrics: [Metric(id: "jet_alumni_us", label: "U.S. JET alumni", unit: .count, category: .exchange)])
        let rows = try store.diff()
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.label == "U.S. JET alumni")
        #expect((row.from.year, row.from.value, row.from.qualifier, row.from.document) == (2020, 30000, .moreThan, "s02"))
        #expect((row.to.year, row.to.value, row.to.qualifier, row.to.document) == (2025, 45000, .exact, "s03"))
        #expect(row.change == 15000)
        #expect(row.changePercent == 50)
        #expect(row.changeBound == .atMost)
        #expect(row.wording == "up at most 15,000 (more than 30,000 in 2020 → 45,000 in 2025)")
        #expect(row.conflicts.isEmpty)
    }

    @Test("change bounds follow the qualifiers at both ends")
    func bounds() {
        func bound(_ from: Qualifier, _ to: Qualifier) -> MetricDiff.ChangeBound {
            let facts = [
                StoreFixtures.fact("a", "1", 100, qualifier: from, year: 2020, metric: "m"),
                StoreFixtures.fact("b", "2", 150, qualifier: to, year: 2021, metric: "m"),
            ]
            return DiffBuilder().diff(facts).first?.changeBound ?? .unknown
        }
        #expect(bound(.exact, .exact) == .exact)
        #expect(bound(.exact, .moreThan) == .atLeast)
        #expect(bound(.lessThan, .exact) == .atLeast)
        #expect(bound(.moreThan, .exact) == .atMost)
        #expect(bound(.exact, .nearly) == .atMost)
        #expect(bound(.approximately, .exact) == .approximate)
        #expect(bound(.moreThan, .moreThan) == .unknown)
    }

    @Test("one metric and year reported differently by two sources is a conflict naming both")
    func conflicts() {
        let facts = [
            StoreFixtures.fact("d01", "$71.2 billion", 71.2e9, unit: .usd, year: 2023, metric: "deficit"),
            StoreFixtures.fact("d09", "$64 billion", 64e9, unit: .usd, year: 2023, metric: "deficit"),
            StoreFixtures.fact("d05", "69.0", 69.0e9, unit: .usd, year: 2019, metric: "deficit"),
        ]
        let row = DiffBuilder().diff(facts).first
        #expect(row?.from.year == 2019)
        #expect(row?.conflicts.count == 1)
        #expect(row?.conflicts.first?.year == 2023)
        #expect(row?.conflicts.first?.values.map(\.document) == ["d01", "d09"])
    }

    @Test("rounded, hedged and exact figures that agree are not conflicts; the exact one is shown")
    func agreeingSources() {
        let facts = [
            StoreFixtures.fact("d03", "36.9 Million", 36.9e6, year: 2024, metric: "visitors"),
            StoreFixtures.fact("d03x", "36,869,900", 36_869_900, year: 2024, metric: "visitors"),
            StoreFixtures.fact("d05", "Top 2.7 Million", 2.7e6, qualifier: .moreThan, year: 2024, metric: "us"),
            StoreFixtures.fact("d06", "2,724,600", 2_724_600, year: 2024, metric: "us"),
            StoreFixtures.fact("d07", "1.72", 1.72e6, year: 2019, metric: "us"),
            StoreFixtures.fact("d08", "31.9", 31.9e6, year: 2019, metric: "visitors"),
        ]
        let rows = DiffBuilder().diff(facts)
        #expect(rows.map(\.metric) == ["us", "visitors"])
        #expect(rows.allSatisfy { $0.conflicts.isEmpty })
        #expect(rows.first?.to.value == 2_724_600)
        #expect(rows.last?.to.text == "36,869,900")
    }

    @Test("from/to pick the years; metrics with one year are left out")
    func yearRange() {
        let facts = [2019, 2021, 2023].map { year in
            StoreFixtures.fact("d\(year)", "\(year)", Double(year - 2000), year: year, metric: "m")
        } + [StoreFixtures.fact("x", "5", 5, year: 2020, metric: "single")]
        let rows = DiffBuilder().diff(facts, from: 2020, to: 2023)
        #expect(rows.map(\.metric) == ["m"])
        #expect(rows.first.map { ($0.from.year, $0.to.year) } ?? (0, 0) == (2021, 2023))
        #expect(DiffBuilder().diff(facts, from: 2022).isEmpty)
    }

    @Test("JSON lines carry the contract's fields; CSV, Markdown and table have one line per row")
    func formats() throws {
        let rows = DiffBuilder(labels: ["jet_alumni_us": "U.S. JET alumni"]).diff(StoreFixtures.jetFacts)
        let jsonl = DiffFormatter.format(rows, as: .jsonl)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonl.utf8)) as? [String: Any])
        for key in ["metric", "label", "unit", "from", "to", "change", "change_percent", "conflicts"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let from = try #require(object["from"] as? [String: Any])
        #expect(from["year"] as? Int == 2020)
        #expect(from["qualifier"] as? String == "more_than")
        #expect(from["document"] as? String == "s02")
        #expect(DiffFormatter.format(rows, as: .csv).split(separator: "\n").count == 2)
        #expect(DiffFormatter.format(rows, as: .markdown).split(separator: "\n").count == 3)
        let table = DiffFormatter.format(rows, as: .table)
        #expect(table.contains("more than 30,000 (2020, s02)"))
        #expect(table.contains("up at most 15,000"))
    }

    @Test("history lists a metric's values by year with their sources")
    func history() throws {
        let store = try FactStore(path: StoreFixtures.temporaryPath())
        try store.record(store.beginRun(pipeline: "sample"), documents: StoreFixtures.jetDocuments,
                         facts: StoreFixtures.jetFacts.reversed())
        let points = try store.history(metric: "jet_alumni_us")
        #expect(points.map(\.year) == [2020, 2025])
        #expect(points.map(\.documentTitle) == ["Title of s02", "Title of s03"])
        #expect(try store.history(metric: "nothing").isEmpty)
    }
}
