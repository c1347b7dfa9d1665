import BriefingModel
import Foundation
import Normalization
import Testing

@Suite("Metric catalog loader")
struct CatalogLoaderTests {
    static let valid = """
        version: 1
        metrics:
          - id: jet_alumni_us
            label: U.S. JET alumni
            unit: count
            category: exchange
            match:
              must: [jet, alumni|former]
        """

    @Test("a valid catalog loads with its rules")
    func loadsValid() throws {
        let catalog = try MetricCatalog.parse(Self.valid, file: "metrics.yml")
        #expect(catalog.metrics.map(\.id) == ["jet_alumni_us"])
        #expect(catalog.metrics.first?.must == ["jet", "alumni|former"])
        #expect(catalog.metrics.first?.isTarget == false)
        #expect(!catalog.hash.isEmpty)
    }

    @Test("an unknown key is rejected with its line, column and the nearest valid key")
    func unknownKey() {
        let yaml = Self.valid.replacingOccurrences(of: "    label:", with: "    lable:")
        let error = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(yaml, file: "metrics.yml") }
        #expect(error?.code == .unknownKey)
        #expect(error?.line == 4)
        #expect(error?.column == 5)
        #expect(error?.description == "metrics.yml:4:5: unknown key 'lable' in metric #1; did you mean 'label'?")
    }

    @Test("an unknown key under match suggests must_not")
    func unknownMatchKey() {
        let yaml = Self.valid + "\n      mustnot: [x]"
        let error = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(yaml, file: "m.yml") }
        #expect(error?.description.contains("did you mean 'must_not'?") == true)
        #expect(error?.line == 9)
    }

    @Test("YAML syntax errors name the line and column")
    func syntaxError() {
        let yaml = "metrics:\n  - id: a\n    label: [unclosed\n"
        let error = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(yaml, file: "bad.yml") }
        #expect(error?.code == .syntax)
        #expect(error?.line != nil)
        #expect(error?.description.hasPrefix("bad.yml:") == true)
    }

    @Test("bad values are named: unknown category with suggestion, duplicate id, missing must")
    func badValues() {
        let category = Self.valid.replacingOccurrences(of: "category: exchange", with: "category: exchnage")
        let categoryError = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(category, file: "m.yml") }
        #expect(categoryError?.description.contains("did you mean 'exchange'?") == true)
        #expect(categoryError?.line == 6)

        let lines = Self.valid.split(separator: "\n").map(String.init)
        let duplicate = (lines + lines.dropFirst(2)).joined(separator: "\n")
        let duplicateError = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(duplicate, file: "m.yml") }
        #expect(duplicateError?.code == .duplicate)
        #expect(duplicateError?.line == 9)

        let noMust = Self.valid.replacingOccurrences(of: "      must: [jet, alumni|former]", with: "      may: [jet]")
        let mustError = #expect(throws: NormalizationError.self) { try MetricCatalog.parse(noMust, file: "m.yml") }
        #expect(mustError?.code == .missingKey)
    }

    @Test("a missing file gives an unreadable error naming it")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/metrics.yml")
        let error = #expect(throws: NormalizationError.self) { try MetricCatalog.load(from: url) }
        #expect(error?.code == .unreadable)
        #expect(error?.description.hasPrefix("/nonexistent/metrics.yml: cannot read") == true)
    }

    @Test("the built-in catalog parses and covers what a U.S.–Japan briefing tracks")
    func builtInCoverage() {
        let ids = Set(MetricCatalog.builtIn.metrics.map(\.id))
        for id in ["us_goods_deficit_with_japan", "us_goods_exports_to_japan", "us_goods_imports_from_japan",
                   "japan_fdi_position_us", "japan_fdi_flow_us", "us_fdi_position_japan", "jobs_at_japanese_firms_us",
                   "jet_alumni_us", "jet_participants_us", "fulbright_japanese_grantees", "fulbright_alumni",
                   "japanese_students_in_us", "us_students_in_japan", "us_japan_sister_cities",
                   "visitors_to_japan_total", "us_visitors_to_japan", "japanese_visitors_to_us", "japan_visitor_target",
                   "us_visitor_target", "host_nation_support_annual", "us_troops_in_japan", "japan_oda",
                   "japan_oda_share_of_gni", "us_favorable_view_of_japan", "japanese_favorable_view_of_us"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(MetricCatalog.builtIn.metrics.filter(\.isTarget).count >= 3)
        #expect(MetricCatalog.builtIn.subnationalScope.contains("region"))
    }

    @Test("Pipelines/metrics.yml is byte-identical to the built-in catalog")
    func builtInMatchesPipelinesFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Pipelines/metrics.yml")
        let loaded = try MetricCatalog.load(from: file)
        #expect(loaded.hash == MetricCatalog.builtIn.hash, "Pipelines/metrics.yml and BuiltInCatalog.swift differ: regenerate the built-in copy (`make catalog`)")
        #expect(loaded.metrics == MetricCatalog.builtIn.metrics)
    }
}
