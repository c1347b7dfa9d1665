import BriefingModel
import Foundation
import Normalization
import Testing

@Suite("Overrides")
struct OverridesTests {
    static let facts = [
        Fact(id: "f1", document: "s02", text: "more than 30,000", start: 0, end: 16, sentence: "", value: 30000,
             unit: .count, year: 2020, metric: "jet_alumni_us"),
        Fact(id: "f2", document: "s02", text: "37", start: 20, end: 22, sentence: "", value: 37, unit: .count, year: 2020),
        Fact(id: "f3", document: "s03", text: "45,000", start: 5, end: 11, sentence: "", value: 45000, unit: .count, year: 2024,
             metric: "~count:alumni:us"),
    ]

    @Test("reject, correct and annotate by fact id; stale entries are reported")
    func apply() throws {
        let yaml = """
            overrides:
              - fact: f2
                reject: true
                note: not a metric
              - fact: f3
                year: 2025
                metric: jet_alumni_us
                note: symposium held in November 2025
              - fact: f1
                note: checked against the fact sheet
              - fact: f9
                value: 12
            """
        let overrides = try Overrides.parse(yaml, file: "sample.overrides.yml")
        let result = overrides.apply(to: Self.facts)
        #expect(result.facts.map(\.id) == ["f1", "f3"])
        #expect(result.rejected == ["f2"])
        #expect(result.facts[1].year == 2025)
        #expect(result.facts[1].metric == "jet_alumni_us")
        #expect(result.notes["f3"] == "symposium held in November 2025; year corrected from 2024; metric corrected from ~count:alumni:us")
        #expect(result.notes["f1"] == "checked against the fact sheet")
        #expect(result.stale.map(\.fact) == ["f9"])
        #expect(result.stale.first?.line == 11)
    }

    @Test("a value correction replaces the value and drops a range")
    func valueCorrection() throws {
        var ranged = Self.facts[0]
        ranged.low = 20000
        ranged.high = 40000
        let result = try Overrides.parse("overrides:\n  - fact: f1\n    value: 31000\n", file: "o.yml").apply(to: [ranged])
        #expect(result.facts.first?.value == 31000)
        #expect(result.facts.first?.low == nil)
        #expect(result.notes["f1"] == "value corrected from 30000")
    }

    @Test("bad entries are refused with line and column")
    func errors() {
        let unknown = #expect(throws: NormalizationError.self) {
            try Overrides.parse("overrides:\n  - fact: f1\n    rejct: true\n", file: "o.yml")
        }
        #expect(unknown?.description == "o.yml:3:5: unknown key 'rejct' in override #1; did you mean 'reject'?")
        let empty = #expect(throws: NormalizationError.self) { try Overrides.parse("overrides:\n  - fact: f1\n", file: "o.yml") }
        #expect(empty?.code == .missingKey)
        let year = #expect(throws: NormalizationError.self) {
            try Overrides.parse("overrides:\n  - fact: f1\n    year: soon\n", file: "o.yml")
        }
        #expect(year?.line == 3)
    }

    @Test("a missing overrides file means no overrides; the default path sits next to the pipeline")
    func missingFile() throws {
        let url = Overrides.defaultURL(forPipeline: URL(fileURLWithPath: "/work/Pipelines/sample.yml"))
        #expect(url.path == "/work/Pipelines/sample.overrides.yml")
        #expect(try Overrides.load(from: URL(fileURLWithPath: "/nonexistent/x.overrides.yml")).entries.isEmpty)
    }
}
