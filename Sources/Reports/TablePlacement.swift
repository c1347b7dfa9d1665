import Workbook

/// Where a table ended up on its sheet, for charts and conditional formats that refer to it.
struct TablePlacement {
    let worksheet: Worksheet
    let headerRow: Int
    let lastRow: Int

    /// The first row below the header.
    var firstDataRow: Int { headerRow + 1 }

    /// The data cells of `column`.
    func dataRange(column: Int) -> CellRange {
        CellRange(column: column, rows: firstDataRow...max(firstDataRow, lastRow))
    }
}
