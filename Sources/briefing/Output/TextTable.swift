import Foundation

/// A plain-text table with columns padded to their widest cell, for terminals.
struct TextTable {
    let header: [String]
    let rows: [[String]]
    /// Cells longer than this are cut with an ellipsis so a table stays readable.
    var maxCellWidth = 48

    var rendered: String {
        let cells = ([header] + rows).map { row in row.map { clip($0) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var out = ""
        for (rowIndex, row) in cells.enumerated() {
            let line = row.enumerated().map { index, cell in
                cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
            out += trimTrailing(line) + "\n"
            if rowIndex == 0 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    private func clip(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > maxCellWidth ? String(flat.prefix(maxCellWidth - 1)) + "…" : flat
    }

    private func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
