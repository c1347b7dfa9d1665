import BriefingModel
import Foundation

/// The matching rules of `shared/eval/score.py`, in Swift: a prediction matches a gold fact of the same document
/// when the unit is equal and the value (and a range's low and high) agree to 0.5%; each gold fact takes at most
/// one prediction, required gold first; attributes are scored on matched required facts, with `<field>_alt`.
struct GoldScorer {
    /// One annotated fact, with the accepted values of each scored attribute.
    struct Gold {
        let doc: String
        let text: String
        let value: Double
        let low: Double?
        let high: Double?
        let unit: String
        let optional: Bool
        /// Accepted values per attribute ("qualifier", "category", "kind", "year", "noun"); absent or null: not scored.
        let accepted: [String: [String]]

        init(json: [String: Any]) throws {
            guard let doc = json["doc"] as? String, let value = (json["value"] as? NSNumber)?.doubleValue,
                  let unit = json["unit"] as? String
            else { throw GoldError("gold line without doc, value or unit: \(json)") }
            self.doc = doc
            self.value = value
            self.unit = unit
            text = json["text"] as? String ?? ""
            low = (json["low"] as? NSNumber)?.doubleValue
            high = (json["high"] as? NSNumber)?.doubleValue
            optional = json["optional"] as? Bool ?? false
            var accepted: [String: [String]] = [:]
            for name in GoldScorer.attributes {
                guard let main = Self.normalized(name, json[name]) else { continue }
                let alternatives = (json[name + "_alt"] as? [Any] ?? []).compactMap { Self.normalized(name, $0) }
                accepted[name] = [main] + alternatives
            }
            self.accepted = accepted
        }

        static func normalized(_ name: String, _ value: Any?) -> String? {
            guard let value, !(value is NSNull) else { return nil }
            if name == "year", let n = value as? NSNumber { return String(n.intValue) }
            return String(describing: value).trimmingCharacters(in: .whitespaces).lowercased()
        }
    }

    /// The outcome of scoring: counts, the unmatched facts and the attribute results.
    struct Report: CustomStringConvertible {
        var required = 0
        var predicted = 0
        var matched = 0
        var attributeHits: [String: (ok: Int, judged: Int)] = [:]
        var missed: [String] = []
        var spurious: [String] = []
        var wrong: [String] = []

        var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        var recall: Double { required == 0 ? 0 : Double(matched) / Double(required) }

        func accuracy(_ attribute: String) -> Double {
            guard let hit = attributeHits[attribute], hit.judged > 0 else { return 1 }
            return Double(hit.ok) / Double(hit.judged)
        }

        var description: String {
            let attrs = GoldScorer.attributes.map { "\($0) \(String(format: "%.3f", accuracy($0)))" }.joined(separator: "  ")
            return "gold \(required)  predicted \(predicted)  matched \(matched)  precision "
                + String(format: "%.3f", precision) + "  recall " + String(format: "%.3f", recall) + "  " + attrs
        }
    }

    static let attributes = ["qualifier", "category", "kind", "year", "noun"]

    /// score.py's `unit_key`: ISO codes stay upper case, other units compare lower case with "_" for spaces.
    static func unitKey(_ unit: String) -> String {
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 3, trimmed.allSatisfy({ $0.isLetter && $0.isUppercase }) { return trimmed }
        return trimmed.lowercased().split(separator: " ").joined(separator: "_")
    }

    static func close(_ predicted: Double?, _ gold: Double?) -> Bool {
        guard let p = predicted, let g = gold else { return predicted == nil && gold == nil }
        return abs(p - g) <= 0.005 * max(abs(g), 1e-9)
    }

    static func sameQuantity(_ p: Fact, _ g: Gold) -> Bool {
        guard unitKey(p.unit.rawValue) == unitKey(g.unit), close(p.value, g.value) else { return false }
        if g.low != nil, !close(p.low, g.low) { return false }
        if g.high != nil, !close(p.high, g.high) { return false }
        return true
    }

    static func predictedAttribute(_ name: String, of fact: Fact) -> String? {
        switch name {
        case "qualifier": fact.qualifier.rawValue
        case "category": fact.category.rawValue
        case "kind": fact.kind.rawValue
        case "year": fact.year.map(String.init)
        default: fact.noun.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }
    }

    /// Scores predictions (in document order) against gold facts.
    static func score(gold: [Gold], predictions: [Fact]) -> Report {
        let digits = { (s: String) in String(s.filter(\.isWholeNumber)) }
        var byDocument: [String: [Int]] = [:]
        for (index, fact) in predictions.enumerated() { byDocument[fact.document, default: []].append(index) }
        var pairs: [Int: Int] = [:]
        var used = Set<Int>()
        let order = gold.indices.filter { !gold[$0].optional } + gold.indices.filter { gold[$0].optional }
        for gi in order {
            let g = gold[gi]
            let candidates = (byDocument[g.doc] ?? []).filter { !used.contains($0) && sameQuantity(predictions[$0], g) }
            let goldDigits = digits(g.text)
            let goldNoun = g.accepted["noun"]?.first
            let rank = { (pi: Int) -> (Int, Int, Int) in
                let p = predictions[pi]
                let digitRank = !goldDigits.isEmpty && digits(p.text).contains(goldDigits) ? 0 : 1
                let nounRank = predictedAttribute("noun", of: p) == goldNoun ? 0 : 1
                return (digitRank, nounRank, pi)
            }
            guard let best = candidates.min(by: { rank($0) < rank($1) }) else { continue }
            pairs[gi] = best
            used.insert(best)
        }
        var report = Report()
        let optionalMatches = pairs.filter { gold[$0.key].optional }.count
        report.required = gold.filter { !$0.optional }.count
        report.predicted = predictions.count - optionalMatches
        for gi in gold.indices where !gold[gi].optional {
            let g = gold[gi]
            guard let pi = pairs[gi] else {
                report.missed.append("\(g.doc): \(g.text) = \(g.value) \(g.unit)")
                continue
            }
            report.matched += 1
            for name in attributes {
                guard let accepted = g.accepted[name] else { continue }
                let got = predictedAttribute(name, of: predictions[pi])
                let ok = got.map(accepted.contains) ?? false
                report.attributeHits[name, default: (0, 0)].judged += 1
                if ok {
                    report.attributeHits[name, default: (0, 0)].ok += 1
                } else {
                    report.wrong.append("\(name) \(g.doc): \(g.text): gold \(accepted[0]), got \(got ?? "nil")")
                }
            }
        }
        let matchedPredictions = Set(pairs.values)
        for (pi, p) in predictions.enumerated() where !matchedPredictions.contains(pi) {
            report.spurious.append("\(p.document): \(p.text) = \(p.value) \(p.unit.rawValue)")
        }
        return report
    }
}

/// A gold file that cannot be read.
struct GoldError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
