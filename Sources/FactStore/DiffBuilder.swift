import BriefingModel

/// Builds `MetricDiff` rows from facts: pure, so it is tested without a database.
public struct DiffBuilder: Sendable {
    /// Label of each metric id; a key without a label is shown as itself.
    public var labels: [String: String]
    /// Date of each document id, to prefer the newer source when one year has several equal-quality values.
    public var documentDates: [String: DocumentDate]

    /// Creates a builder.
    public init(labels: [String: String] = [:], documentDates: [String: DocumentDate] = [:]) {
        self.labels = labels
        self.documentDates = documentDates
    }

    /// One row per metric with values in two or more years within `from`...`to`, in metric order.
    public func diff(_ facts: [Fact], from: Int? = nil, to: Int? = nil, metric: String? = nil) -> [MetricDiff] {
        var series: [String: [Fact]] = [:]
        for fact in facts {
            guard let key = fact.metric, let year = fact.year else { continue }
            if let metric, key != metric { continue }
            if let from, year < from { continue }
            if let to, year > to { continue }
            series[key, default: []].append(fact)
        }
        return series.keys.sorted().compactMap { key in row(key, series[key] ?? []) }
    }

    private func row(_ key: String, _ facts: [Fact]) -> MetricDiff? {
        let byYear = Dictionary(grouping: facts) { $0.year ?? 0 }
        let years = byYear.keys.sorted()
        guard let first = years.first, let last = years.last, first < last,
              let start = representative(byYear[first] ?? []), let end = representative(byYear[last] ?? [])
        else { return nil }
        let change = end.value - start.value
        let percent = start.value == 0 ? nil : change / abs(start.value) * 100
        let bound = Self.bound(from: start.qualifier, to: end.qualifier)
        let conflicts = years.compactMap { year in conflict(year, byYear[year] ?? []) }
        let unit = start.unit
        let wording = Self.wording(change: change, percent: percent, bound: bound, unit: unit, from: start, to: end)
        return MetricDiff(metric: key, label: labels[key] ?? key, unit: unit, from: point(start), to: point(end),
                          change: change, changePercent: percent, changeBound: bound, wording: wording,
                          conflicts: conflicts)
    }

    /// The value shown for a year: exact before hedged, more precise before rounder, newer source first.
    func representative(_ facts: [Fact]) -> Fact? {
        facts.min { a, b in
            let keyA = (a.qualifier == .exact ? 0 : 1, ValueRange.roundingSlack(a.value) / max(abs(a.value), 1e-12))
            let keyB = (b.qualifier == .exact ? 0 : 1, ValueRange.roundingSlack(b.value) / max(abs(b.value), 1e-12))
            if keyA != keyB { return keyA < keyB }
            let dateA = documentDates[a.document], dateB = documentDates[b.document]
            if dateA != dateB { return dateA.isNewer(than: dateB) }
            return (a.document, a.start) < (b.document, b.start)
        }
    }

    /// A conflict when two sources' plausible ranges for the year do not overlap.
    func conflict(_ year: Int, _ facts: [Fact]) -> MetricDiff.Conflict? {
        for (index, a) in facts.enumerated() {
            for b in facts[(index + 1)...] where a.document != b.document {
                let rangeA = ValueRange.plausible(a.value, a.qualifier), rangeB = ValueRange.plausible(b.value, b.qualifier)
                if !rangeA.overlaps(rangeB) {
                    let ordered = facts.sorted { ($0.document, $0.start) < ($1.document, $1.start) }
                    return MetricDiff.Conflict(year: year, values: ordered.map(point))
                }
            }
        }
        return nil
    }

    func point(_ fact: Fact) -> MetricDiff.Point {
        MetricDiff.Point(year: fact.year ?? 0, value: fact.value, qualifier: fact.qualifier, text: fact.text,
                         document: fact.document, fact: fact.id)
    }

    /// Interval arithmetic on the stated ranges: change ∈ [to.low − from.high, to.high − from.low].
    static func bound(from: Qualifier, to: Qualifier) -> MetricDiff.ChangeBound {
        let start = ValueRange.stated(0, from), end = ValueRange.stated(0, to)
        let low = end.low - start.high, high = end.high - start.low
        switch (low.isFinite, high.isFinite) {
        case (true, true):
            let hedged: Set<Qualifier> = [.approximately, .nearly]
            return hedged.contains(from) || hedged.contains(to) ? .approximate : .exact
        case (true, false): return .atLeast
        case (false, true): return .atMost
        case (false, false): return .unknown
        }
    }

    /// "up at most 15,000 (more than 30,000 in 2020 → 45,000 in 2025)".
    static func wording(
        change: Double, percent: Double?, bound: MetricDiff.ChangeBound, unit: Unit, from: Fact, to: Fact
    ) -> String {
        let amount = QuantityText.format(abs(change), unit: unit)
        let percentText = percent.map { QuantityText.percent(abs($0)) }
        let direction = change > 0 ? "up" : "down"
        let span = "\(QuantityText.stated(from)) in \(from.year ?? 0) → \(QuantityText.stated(to)) in \(to.year ?? 0)"
        let head: String
        switch bound {
        case .exact where change == 0: head = "unchanged"
        case .approximate where change == 0: head = "about unchanged"
        case .exact:
            head = "\(direction) \(amount)" + (percentText.map { " (\($0))" } ?? "")
        case .approximate:
            head = "\(direction) about \(amount)" + (percentText.map { " (about \($0))" } ?? "")
        case .atLeast:
            head = change >= 0 ? "up at least \(amount)" : "down at most \(amount)"
        case .atMost:
            head = change >= 0 ? "up at most \(amount)" : "down at least \(amount)"
        case .unknown:
            head = "size of the change unknown"
        }
        return "\(head) (\(span))"
    }
}

extension Optional where Wrapped == DocumentDate {
    /// True when self is a date later than `other`, or a date where `other` has none.
    func isNewer(than other: DocumentDate?) -> Bool {
        switch (self, other) {
        case let (a?, b?): a > b
        case (.some, nil): true
        default: false
        }
    }
}
