import BriefingModel
import Extraction
import Foundation

/// Runs the extractor on a short text written for a test, dated 2024 unless told otherwise.
func facts(_ text: String, date: String = "2024") -> [Fact] {
    let document = Document(id: "test", location: "test.txt", date: DocumentDate(iso: date), text: text,
                            contentHash: "test-hash")
    return Extractor().extract(document)
}

/// The only fact of a text; nil when there are none or several.
func onlyFact(_ text: String, date: String = "2024") -> Fact? {
    let found = facts(text, date: date)
    return found.count == 1 ? found[0] : nil
}

/// The value, unit and qualifier of every fact, for compact comparisons.
func summary(_ text: String) -> [String] {
    facts(text).map { fact in
        var s = "\(Extraction.format(fact.value)) \(fact.unit.rawValue)"
        if let low = fact.low, let high = fact.high { s += " [\(Extraction.format(low))–\(Extraction.format(high))]" }
        if fact.qualifier != .exact { s += " \(fact.qualifier.rawValue)" }
        return s
    }
}

enum Extraction {
    /// Whole numbers without ".0"; others as Swift prints them.
    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

/// The held-out documents (Fixtures/heldout/*.txt) by file name, for tests that check a property on real text.
func heldOutTexts() throws -> [(name: String, text: String)] {
    guard let resources = Bundle.module.resourceURL else { return [] }
    let root = resources.appendingPathComponent("Fixtures/heldout")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
}
