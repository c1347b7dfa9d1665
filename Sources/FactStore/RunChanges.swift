import BriefingModel

/// What changed in the facts between two runs.
public struct RunChanges: Codable, Sendable, Hashable {
    /// A fact present in both runs whose recorded fields differ.
    public struct Change: Codable, Sendable, Hashable {
        /// The fact in the earlier run.
        public var before: Fact
        /// The fact in the later run.
        public var after: Fact
        /// Names of the fields that differ (`value`, `year`, `metric`, ...).
        public var fields: [String]

        /// Creates a change.
        public init(before: Fact, after: Fact, fields: [String]) {
            self.before = before
            self.after = after
            self.fields = fields
        }
    }

    /// The earlier run.
    public var from: Int64
    /// The later run.
    public var to: Int64
    /// Facts only in the later run.
    public var added: [Fact]
    /// Facts only in the earlier run.
    public var removed: [Fact]
    /// Facts in both with different fields.
    public var changed: [Change]

    /// True when nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Creates a change list.
    public init(from: Int64, to: Int64, added: [Fact], removed: [Fact], changed: [Change]) {
        self.from = from
        self.to = to
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// Compares two fact lists: by fact id first; then an unmatched removed and added fact of the same document,
    /// metric, year and unit (an edited document gives new ids) count as one changed fact.
    public static func compare(_ before: [Fact], _ after: [Fact], from: Int64, to: Int64) -> RunChanges {
        let oldByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.map(\.id))
        var changed: [Change] = []
        var added: [Fact] = []
        for fact in after {
            if let old = oldByID[fact.id] {
                let fields = differingFields(old, fact)
                if !fields.isEmpty { changed.append(Change(before: old, after: fact, fields: fields)) }
            } else {
                added.append(fact)
            }
        }
        var removed = before.filter { !newIDs.contains($0.id) }
        // Pair leftovers that describe the same figure slot when the pairing is unambiguous.
        func slot(_ fact: Fact) -> String? {
            guard let metric = fact.metric else { return nil }
            return "\(fact.document)|\(metric)|\(fact.year.map(String.init) ?? "-")|\(fact.unit.rawValue)"
        }
        let removedBySlot = Dictionary(grouping: removed.filter { slot($0) != nil }) { slot($0) ?? "" }
        let addedBySlot = Dictionary(grouping: added.filter { slot($0) != nil }) { slot($0) ?? "" }
        var paired = Set<String>()
        for (key, olds) in removedBySlot {
            guard olds.count == 1, let news = addedBySlot[key], news.count == 1, let old = olds.first, let new = news.first
            else { continue }
            var fields = differingFields(old, new)
            fields.removeAll { $0 == "id" || $0 == "start" || $0 == "end" || $0 == "sentence" }
            if !fields.isEmpty { changed.append(Change(before: old, after: new, fields: fields)) }
            paired.insert(old.id)
            paired.insert(new.id)
        }
        added.removeAll { paired.contains($0.id) }
        removed.removeAll { paired.contains($0.id) }
        return RunChanges(from: from, to: to, added: added, removed: removed, changed: changed)
    }

    static func differingFields(_ a: Fact, _ b: Fact) -> [String] {
        var fields: [String] = []
        if a.id != b.id { fields.append("id") }
        if a.start != b.start { fields.append("start") }
        if a.end != b.end { fields.append("end") }
        if a.sentence != b.sentence { fields.append("sentence") }
        if a.text != b.text { fields.append("text") }
        if a.value != b.value || a.low != b.low || a.high != b.high { fields.append("value") }
        if a.unit != b.unit { fields.append("unit") }
        if a.noun != b.noun { fields.append("noun") }
        if a.qualifier != b.qualifier { fields.append("qualifier") }
        if a.category != b.category { fields.append("category") }
        if a.kind != b.kind { fields.append("kind") }
        if a.year != b.year { fields.append("year") }
        if a.metric != b.metric { fields.append("metric") }
        return fields
    }
}
