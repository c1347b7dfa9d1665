import BriefingModel
import FactStore
import Foundation

/// Temporary store files and small documents/facts shared by the store tests.
enum StoreFixtures {
    /// A fresh path in a new temporary folder.
    static func temporaryPath(_ name: String = "test.sqlite") -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-store-\(UUID().uuidString)", isDirectory: true)
        return folder.appendingPathComponent(name).path
    }

    static func document(_ id: String, year: Int, text: String = "text") -> Document {
        Document(id: id, location: "/sources/\(id).txt", title: "Title of \(id)", publisher: "Publisher",
                 date: DocumentDate(year: year), dateOrigin: .given, text: text, contentHash: "hash-\(id)-\(text.count)")
    }

    static func fact(
        _ document: String, _ text: String, _ value: Double, unit: BriefingModel.Unit = .count, qualifier: Qualifier = .exact,
        year: Int?, metric: String?, start: Int = 0
    ) -> Fact {
        Fact(document: document, text: text, start: start, end: start + text.count, sentence: "… \(text) …",
             value: value, unit: unit, noun: unit == .count ? "alumni" : nil, qualifier: qualifier,
             category: .exchange, kind: .observation, year: year, metric: metric)
    }

    /// The sample's JET alumni: "more than 30,000" (2020, s02) and 45,000 (2025, s03).
    static let jetDocuments = [document("s02", year: 2020), document("s03", year: 2025)]
    static let jetFacts = [
        fact("s02", "more than 30,000", 30000, qualifier: .moreThan, year: 2020, metric: "jet_alumni_us", start: 10),
        fact("s03", "45,000", 45000, year: 2025, metric: "jet_alumni_us", start: 20),
    ]
}
