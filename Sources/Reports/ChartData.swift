import BriefingModel
import Workbook

/// The series behind the key-figure charts, laid out as one table (a Year column, then one column per metric)
/// on the Chart data sheet, and the charts that plot its columns: one per category and unit.
struct ChartData {
    /// One chart: the metrics of one category that share a unit.
    struct Group {
        let category: BriefingModel.Category
        let unit: BriefingModel.Unit
        /// Indexes into `metrics`.
        let metricIndexes: [Int]
        /// The first and last year any of its metrics has a value for.
        let years: ClosedRange<Int>
    }

    static let sheetName = "Chart data"
    /// A series needs at least this many years to be worth a chart.
    static let minimumPoints = 2

    /// Metrics with a series, in key-figure order.
    let metrics: [KeyFigure]
    /// Every year any series has, ascending: the table's rows.
    let years: [Int]
    let groups: [Group]

    init(keyFigures: [KeyFigure]) {
        metrics = keyFigures.filter { Set($0.series.map(\.year)).count >= Self.minimumPoints }
        years = Set(metrics.flatMap { $0.series.map(\.year) }).sorted()
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, figure) in metrics.enumerated() {
            let key = figure.category.rawValue + "\u{1f}" + figure.unit.rawValue
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        let metrics = self.metrics
        groups = order.compactMap { key in
            guard let indexes = members[key], let first = indexes.first else { return nil }
            let groupYears = indexes.flatMap { metrics[$0].series.map(\.year) }
            guard let low = groupYears.min(), let high = groupYears.max() else { return nil }
            return Group(category: metrics[first].category, unit: metrics[first].unit, metricIndexes: indexes, years: low...high)
        }
    }

    /// The table's headers: "Year", then "label (unit)" per metric.
    var headers: [String] {
        var seen: Set<String> = ["Year"]
        return ["Year"] + metrics.map { figure in
            var header = "\(figure.label) (\(figure.unit.rawValue))"
            // Excel tables need distinct headers; two metrics with one label are told apart by their ids.
            if !seen.insert(header).inserted { header = "\(figure.label) (\(figure.unit.rawValue), \(figure.metric))" }
            return header
        }
    }

    /// The Chart data sheet's title, lines and headers.
    var layout: TableLayout {
        TableLayout(
            sheetName: Self.sheetName, tableName: "ChartData",
            title: "Chart data: the yearly values plotted on the Key figures sheet",
            contents: "This worksheet contains one table: one row per year, one column per metric with values in two or more years.",
            source: "the key figures of this run.",
            notes: [.notAvailable],
            headers: headers
        )
    }

    /// The chart for `group`, plotting its metrics' columns over the group's years.
    func chart(for group: Group) -> Chart {
        let firstDataRow = layout.headerRow + 1
        guard let firstYear = years.firstIndex(of: group.years.lowerBound),
              let lastYear = years.firstIndex(of: group.years.upperBound)
        else { return Chart(kind: .column) }
        let rows = CellRange(column: 0, rows: (firstDataRow + firstYear)...(firstDataRow + lastYear))
        let yearRange = SheetRange(sheet: Self.sheetName, range: rows)
        let series = group.metricIndexes.map { index in
            ChartSeries(
                name: metrics[index].label, categories: yearRange,
                values: SheetRange(sheet: Self.sheetName, range: CellRange(column: index + 1, rows: rows.firstRow...rows.lastRow))
            )
        }
        let largest = group.metricIndexes.flatMap { metrics[$0].series.map { abs($0.value) } }.max() ?? 0
        let complete = group.metricIndexes.allSatisfy { Set(metrics[$0].series.map(\.year)).count == group.years.count }
        return Chart(
            // A line needs every year; with gaps, columns show what is there without implying the missing years.
            kind: complete && group.years.count >= 3 ? .line : .column,
            title: "\(group.category.label) (\(group.unit.rawValue))",
            series: series, xAxisTitle: "Year", yAxisTitle: group.unit.rawValue,
            yAxisNumberFormat: ExcelNumberFormats.value(largest, unit: group.unit),
            legend: .bottom, width: 640, height: 320
        )
    }

    /// Writes the Chart data sheet.
    @discardableResult
    func write(with writer: TableSheetWriter) throws -> TablePlacement {
        let yearFormat = try writer.styles.number(ExcelNumberFormats.year)
        let formats = try metrics.map { figure in
            try writer.styles.number(ExcelNumberFormats.value(figure.series.map { abs($0.value) }.max() ?? 0, unit: figure.unit))
        }
        let values = metrics.map { figure in
            Dictionary(figure.series.map { ($0.year, $0.value) }, uniquingKeysWith: { _, last in last })
        }
        return try writer.write(layout, rowCount: years.count) { index in
            let year = years[index]
            return [SheetCell(.number(Double(year)), format: yearFormat)] + metrics.indices.map { column in
                values[column][year].map { SheetCell(.number($0), format: formats[column]) } ?? SheetCell(.blank)
            }
        }
    }
}
