/// A rectangular block of cells, zero-based and inclusive: `CellRange(firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 2)`
/// is A1:C10.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// First row (zero-based).
    public var firstRow: Int
    /// First column (zero-based).
    public var firstColumn: Int
    /// Last row, inclusive.
    public var lastRow: Int
    /// Last column, inclusive.
    public var lastColumn: Int

    /// A range from its corners (zero-based, inclusive).
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A one-column range: rows `rows` of `column`.
    public init(column: Int, rows: ClosedRange<Int>) {
        self.init(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
    }

    /// A one-row range: columns `columns` of `row`.
    public init(row: Int, columns: ClosedRange<Int>) {
        self.init(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound)
    }

    /// Rows in the range.
    public var rowCount: Int { lastRow - firstRow + 1 }
    /// Columns in the range.
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// The A1 form, e.g. `A1:C10`.
    public var description: String {
        CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
    }

    /// Why the range cannot be used, or nil when both corners are inside the grid and in order.
    var problem: String? {
        guard CellReference.isValid(row: firstRow, column: firstColumn),
              CellReference.isValid(row: lastRow, column: lastColumn) else {
            return "range \(firstRow),\(firstColumn)…\(lastRow),\(lastColumn) is outside Excel's grid"
        }
        guard firstRow <= lastRow, firstColumn <= lastColumn else { return "range \(self) has its corners reversed" }
        return nil
    }
}

/// A range on a named sheet, for chart series and formulas.
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    /// The worksheet name.
    public var sheet: String
    /// The cells.
    public var range: CellRange

    /// A range on `sheet`.
    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// The absolute formula form, e.g. `'Trade data'!$B$2:$B$9`.
    public var description: String {
        CellReference.sheetRange(sheet, firstRow: range.firstRow, firstColumn: range.firstColumn,
                                 lastRow: range.lastRow, lastColumn: range.lastColumn)
    }
}
