import BriefingModel
import FactStore
import Foundation
import Normalization
import Reports

/// Turns what the store holds for one run into the report the workbook and summary are written from.
struct ReportAssembler {
    let store: FactStore
    let catalog: MetricCatalog
    let plan: RunPlan
    let logicalDate: Date

    func report(for run: StoredRun) throws -> BriefingReport {
        let storedFacts = try store.facts(run: run.run.id)
        let documents = try store.documents(run: run.run.id)
        let metrics = try store.metrics()
        let counts = Dictionary(grouping: storedFacts, by: \.fact.document).mapValues(\.count)
        let locations = Dictionary(documents.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        let facts = storedFacts.map { stored in
            ReportFact(fact: stored.fact, overridden: stored.isOverridden, overrideNote: stored.overrideNote,
                       documentLocation: locations[stored.fact.document])
        }
        let diffs = FactStore.diff(storedFacts.map(\.fact), documents: documents, metrics: metrics)
        var report = BriefingReport(
            title: plan.title, description: plan.description, contact: plan.contact, pipeline: plan.name,
            runID: String(run.run.inputHash.prefix(12)),
            runDate: logicalDate,
            // From the logical date, not the clock, so the same inputs and date give the same cover.
            nextScheduledRun: plan.nextScheduledRun ?? plan.schedule.flatMap { $0.cron.nextDate(after: logicalDate, in: $0.timeZone) },
            inputHashes: run.inputHashes,
            documents: documents.map { ReportDocument(document: $0, factCount: counts[$0.id] ?? 0) },
            facts: facts,
            keyFigures: keyFigures(storedFacts.map(\.fact), metrics: metrics, documents: documents),
            changes: diffs.map(changeRow)
        )
        report.scheduleTimeZone = plan.schedule?.timeZone.identifier
        return report
    }

    /// One row per catalog metric that has a dated value: latest and previous year, change, and the series.
    private func keyFigures(_ facts: [Fact], metrics: [String: Metric], documents: [Document]) -> [KeyFigure] {
        let documentDates = Dictionary(documents.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let byMetric = Dictionary(grouping: facts.filter { $0.metric != nil && $0.year != nil }) { $0.metric ?? "" }
        var rows: [KeyFigure] = []
        for entry in catalog.metrics {
            guard let series = byMetric[entry.id], !series.isEmpty else { continue }
            let byYear = Dictionary(grouping: series) { $0.year ?? 0 }
            let points = byYear.keys.sorted().compactMap { year in
                byYear[year].flatMap { representative($0, documentDates: documentDates) }
            }
            guard let latest = points.last else { continue }
            let previous = points.count > 1 ? points[points.count - 2] : nil
            let change = previous.map { latest.value - $0.value }
            let percent = previous.flatMap { $0.value == 0 ? nil : (latest.value - $0.value) / abs($0.value) * 100 }
            rows.append(KeyFigure(
                metric: entry.id, label: entry.label, unit: latest.unit, category: entry.category,
                isTarget: entry.isTarget, latest: figure(latest), previous: previous.map(figure),
                change: change, changePercent: percent,
                series: points.compactMap { fact in fact.year.map { KeyFigure.Point(year: $0, value: fact.value) } },
                source: nil
            ))
        }
        return rows
    }

    /// The figure shown for one year of a series: exact before hedged, then the newest document.
    private func representative(_ facts: [Fact], documentDates: [String: DocumentDate?]) -> Fact? {
        facts.min { a, b in
            let exactA = a.qualifier == .exact, exactB = b.qualifier == .exact
            if exactA != exactB { return exactA }
            let dateA = documentDates[a.document] ?? nil, dateB = documentDates[b.document] ?? nil
            if dateA != dateB { return (dateA.map { $0 } ?? .distantPast) > (dateB.map { $0 } ?? .distantPast) }
            return (a.document, a.start) < (b.document, b.start)
        }
    }

    private func figure(_ fact: Fact) -> FigureValue {
        FigureValue(value: fact.value, qualifier: fact.qualifier, year: fact.year, document: fact.document,
                    factID: fact.id, sentence: fact.sentence)
    }

    private func changeRow(_ diff: MetricDiff) -> ChangeRow {
        ChangeRow(
            metric: diff.metric, label: diff.label, unit: diff.unit, from: point(diff.from), to: point(diff.to),
            change: diff.change, changePercent: diff.changePercent, wording: diff.wording,
            conflicts: diff.conflicts.flatMap { $0.values.map(point) }
        )
    }

    private func point(_ point: MetricDiff.Point) -> FigureValue {
        FigureValue(value: point.value, qualifier: point.qualifier, year: point.year, document: point.document,
                    factID: point.fact)
    }
}

extension DocumentDate {
    /// Earlier than any real document date, for sorting undated documents last.
    static let distantPast = DocumentDate(year: 1000)!
}
