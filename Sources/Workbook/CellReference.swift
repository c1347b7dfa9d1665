/// A1-style names for cells and ranges, and Excel's grid limits.
public enum CellReference {
    /// Rows in a worksheet (1,048,576).
    public static let maxRows = 1_048_576
    /// Columns in a worksheet (16,384, up to XFD).
    public static let maxColumns = 16_384

    /// The column letters for a zero-based column: 0 → "A", 27 → "AB".
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(UInt8(65 + remainder))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The A1 name of a zero-based cell: (0, 0) → "A1"; `absolute` gives "$A$1".
    public static func cell(row: Int, column: Int, absolute: Bool = false) -> String {
        absolute ? "$\(columnName(column))$\(row + 1)" : "\(columnName(column))\(row + 1)"
    }

    /// The A1 name of a zero-based range: "A1:C10" (a single cell gives "A1:A1").
    public static func range(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
                             absolute: Bool = false) -> String {
        cell(row: firstRow, column: firstColumn, absolute: absolute) + ":"
            + cell(row: lastRow, column: lastColumn, absolute: absolute)
    }

    /// A sheet name quoted for formulas when needed: `Facts` stays, `Trade data` becomes `'Trade data'`.
    public static func quotedSheet(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "." }
        if plain, let first = name.unicodeScalars.first, !("0"..."9").contains(first) { return name }
        var quoted = "'"
        for character in name { quoted += character == "'" ? "''" : String(character) }
        return quoted + "'"
    }

    /// An absolute range on a sheet for formulas and chart series: `'Trade data'!$B$2:$B$9`.
    public static func sheetRange(_ sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
        quotedSheet(sheet) + "!" + range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow,
                                         lastColumn: lastColumn, absolute: true)
    }

    /// True when the zero-based coordinates fall inside Excel's grid.
    @inline(__always)
    static func isValid(row: Int, column: Int) -> Bool {
        row >= 0 && row < maxRows && column >= 0 && column < maxColumns
    }
}
