import BriefingModel
import Workbook

/// The Key figures sheet: one row per catalog metric with its latest and previous values and the change, then one
/// chart per category (and unit) below the table.
struct KeyFiguresSheet {
    static let name = "Key figures"
    static let description = "Latest value of each tracked metric, the previous value and the change, with charts"

    static let headers = [
        "Metric", "Metric id", "Category", "Unit", "Latest value (in unit shown) [note 2]", "Latest qualifier [note 1]",
        "Latest year [note 4]", "Previous value (in unit shown)", "Previous qualifier", "Previous year",
        "Change (in unit shown) [note 8]", "Change (%) [note 3]", "Source",
    ]

    /// Rows a chart takes up (320 pixels at the default 20-pixel row height), plus one row between charts.
    static let rowsPerChart = 17

    let report: BriefingReport
    let chartData: ChartData

    func write(with writer: TableSheetWriter) throws {
        let layout = TableLayout(
            sheetName: Self.name, tableName: "KeyFigures",
            title: "Key figures: latest value of each tracked metric (run \(report.runID))",
            contents: "This worksheet contains one table with one row per metric; charts of the metrics' yearly values follow it.",
            source: "the documents listed on the Sources sheet; chart data is on the Chart data sheet.",
            notes: [.qualifiers, .storedValues, .percent, .years, .changes, .notAvailable],
            headers: Self.headers
        )
        let documents = report.documentsByID()
        let yearFormat = try writer.styles.number(ExcelNumberFormats.year)
        let percentFormat = try writer.styles.number(ExcelNumberFormats.percentChange)
        let styles = writer.styles
        let placement = try writer.write(layout, rowCount: report.keyFigures.count) { index in
            let figure = report.keyFigures[index]
            let latest = figure.latest, previous = figure.previous
            return [
                .text(figure.label),
                .text(figure.metric),
                .text(figure.category.label),
                .text(figure.unit.rawValue),
                .number(latest?.value, format: try styles.number(ExcelNumberFormats.value(latest?.value ?? 0, unit: figure.unit))),
                .text(latest.map { QualifierText.name($0.qualifier) }),
                .year(latest?.year, format: yearFormat),
                .number(previous?.value, format: try styles.number(ExcelNumberFormats.value(previous?.value ?? 0, unit: figure.unit))),
                .text(previous.map { QualifierText.name($0.qualifier) }),
                .year(previous?.year, format: yearFormat),
                .number(figure.change, format: try styles.number(ExcelNumberFormats.change(figure.change ?? 0, unit: figure.unit))),
                .number(figure.changePercent, format: percentFormat),
                .text(KeyFigureSource.name(figure, documents: documents)),
            ]
        }
        try insertCharts(below: placement)
    }

    /// The charts go below the table, one under the other, so the table keeps its plain rectangular shape.
    private func insertCharts(below placement: TablePlacement) throws {
        guard !chartData.groups.isEmpty else { return }
        var row = placement.lastRow + 2
        for group in chartData.groups {
            try placement.worksheet.insertChart(chartData.chart(for: group), row: row, column: 0)
            row += Self.rowsPerChart
        }
    }
}
