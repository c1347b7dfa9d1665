import Workbook

/// Writes the same cells as `Benchmarks/c/write_rows.c` through the safe `Workbook` layer, so `make bench`
/// can compare the two: N rows of an id, a label, five numbers and one formatted number, constant memory.
enum WorkbookBenchmark {
    static func write(rows: Int, to path: String) throws {
        let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: true))
        let sheet = try workbook.addWorksheet("Rows")
        let money = try workbook.register(CellFormat(numberFormat: "#,##0.0"))
        for row in 0..<rows {
            let base = Double(row)
            try sheet.write(number: base, row: row, column: 0)
            try sheet.write(string: "label \(row)", row: row, column: 1)
            for column in 2..<7 {
                try sheet.write(number: base * Double(column) + 0.25, row: row, column: column)
            }
            try sheet.write(number: base * 1000.5, row: row, column: 7, format: money)
        }
        try workbook.close()
    }
}
