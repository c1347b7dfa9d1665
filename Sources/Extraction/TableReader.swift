import BriefingModel

/// Reads tables: Markdown pipe tables and plain tables whose columns are aligned with runs of spaces. A cell
/// takes its year from its column header and its unit and scale from its row label ("Visitors to Japan
/// (million)", "(USD billion)", "(¥ trillion)").
struct TableReader {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]

    /// One cell of a table: a token range.
    struct Cell {
        var start: Int
        var end: Int
    }

    /// A value read from a table cell, ready to become a fact.
    struct Entry {
        var quantity: Quantity
        var year: Int?
        var labelStart: Int
        var labelEnd: Int
        var rowStart: Int
        var rowEnd: Int
    }

    /// Marks lines of aligned text tables: a header with two or more years in wide-spaced columns and the rows
    /// under it that hold two or more wide-spaced numbers.
    static func markAlignedTables(tokens: [Token], scalars: [Unicode.Scalar], lines: [TextLayout.Line],
                                  isTable: inout [Bool])
    {
        var li = 0
        while li < lines.count {
            let line = lines[li]
            let cells = alignedCells(tokens, scalars, line)
            let years = cells.filter { cellYear(tokens, $0) != nil }.count
            if !isTable[li], cells.count >= 3, years >= 2 {
                var lj = li + 1
                var rows = 0
                while lj < lines.count {
                    let l = lines[lj]
                    if l.end <= l.start || tokens[l.start].flags.contains(.blankLineBefore) { break }
                    let c = alignedCells(tokens, scalars, l)
                    let numeric = c.dropFirst().filter { cell in
                        (cell.start..<cell.end).contains { tokens[$0].isNumber }
                    }.count
                    if c.count < 2 || numeric < 1 { break }
                    rows += 1
                    lj += 1
                }
                if rows >= 1 {
                    for k in li..<lj { isTable[k] = true }
                    li = lj
                    continue
                }
            }
            li += 1
        }
    }

    /// Cells of a line split at runs of two or more spaces or a tab.
    static func alignedCells(_ tokens: [Token], _ scalars: [Unicode.Scalar], _ line: TextLayout.Line) -> [Cell] {
        var cells: [Cell] = []
        var start = line.start
        var i = line.start + 1
        while i < line.end {
            let gapStart = tokens[i - 1].end
            let gapEnd = tokens[i].start
            var wide = gapEnd - gapStart >= 2
            if !wide, gapEnd > gapStart, scalars[gapStart].value == 0x09 { wide = true }
            if wide {
                cells.append(Cell(start: start, end: i))
                start = i
            }
            i += 1
        }
        if start < line.end { cells.append(Cell(start: start, end: line.end)) }
        return cells
    }

    /// The year a header cell names: "2019", "FY2021", "FY 2024", "2023/24".
    static func cellYear(_ tokens: [Token], _ cell: Cell) -> Int? {
        var i = cell.start
        while i < cell.end {
            let t = tokens[i]
            if t.isYearLike { return Int(t.value) }
            if t.isNumber, t.isPlainInteger, t.intDigits == 2, i > cell.start, tokens[i - 1].isWord,
               Lexicon.fiscalWords.contains(tokens[i - 1].key)
            {
                return 2000 + Int(t.value)
            }
            if t.isNumber { return nil }
            i += 1
        }
        return nil
    }

    /// Cells of a pipe-table line, between the "|" separators.
    private func pipeCells(_ line: TextLayout.Line) -> [Cell] {
        var cells: [Cell] = []
        var start = line.start
        if start < line.end, tokens[start].isSymbol("|") { start += 1 }
        var i = start
        while i < line.end {
            if tokens[i].isSymbol("|") {
                cells.append(Cell(start: start, end: i))
                start = i + 1
            }
            i += 1
        }
        if start < line.end { cells.append(Cell(start: start, end: line.end)) }
        return cells
    }

    private func isSeparatorRow(_ line: TextLayout.Line) -> Bool {
        (line.start..<line.end).allSatisfy { tokens[$0].isSymbol("|") || tokens[$0].isSymbol("-") || tokens[$0].isSymbol(":") }
    }

    /// All values of the tables of a document.
    func entries(layout: TextLayout, scanner: QuantityScanner) -> [Entry] {
        var out: [Entry] = []
        let tableSet = layout.tableLines
        var idx = 0
        while idx < tableSet.count {
            // A block of consecutive table lines.
            var block = [tableSet[idx]]
            while idx + 1 < tableSet.count, tableSet[idx + 1] == block.last! + 1 {
                idx += 1
                block.append(tableSet[idx])
            }
            idx += 1
            let lines = block.map { layout.lines[$0] }
            guard let headerLine = lines.first else { continue }
            let pipe = tokens[headerLine.start].isSymbol("|")
            let header = pipe ? pipeCells(headerLine) : Self.alignedCells(tokens, scalars, headerLine)
            let headerYears = header.map { Self.cellYear(tokens, $0) }
            for line in lines.dropFirst() where !isSeparatorRow(line) {
                var cells = pipe ? pipeCells(line) : Self.alignedCells(tokens, scalars, line)
                guard cells.count >= 2 else { continue }
                let label = cells.removeFirst()
                let labelInfo = rowLabel(label)
                // Aligned tables: value cells line up with the last header columns.
                var years: [Int?]
                if pipe {
                    years = Array(headerYears.dropFirst())
                } else {
                    let tail = headerYears.filter { $0 != nil }
                    years = Array(tail.suffix(cells.count))
                    while years.count < cells.count { years.insert(nil, at: 0) }
                }
                for (ci, cell) in cells.enumerated() {
                    let found = scanner.scan(from: cell.start, to: cell.end, hasPercent: labelInfo.percent,
                                             moneyContext: labelInfo.currency != nil)
                    guard var q = found.first else { continue }
                    if q.unitKind == .count {
                        if let code = labelInfo.currency {
                            q.unit = code
                            q.unitKind = .currency
                        } else if labelInfo.percent {
                            q.unit = "percent"
                            q.unitKind = .percent
                        }
                    }
                    if !q.scaled, labelInfo.scale != 1, q.unitKind != .percent {
                        q.value *= labelInfo.scale
                        q.low = q.low.map { $0 * labelInfo.scale }
                        q.high = q.high.map { $0 * labelInfo.scale }
                    }
                    q.confidence = 0.85
                    let year = ci < years.count ? years[ci] : nil
                    out.append(Entry(quantity: q, year: year, labelStart: label.start, labelEnd: label.end,
                                     rowStart: line.start, rowEnd: line.end))
                }
            }
        }
        return out
    }

    private struct LabelInfo {
        var scale: Double = 1
        var currency: String?
        var percent = false
    }

    /// Unit and scale named by a row label: "(million)", "(USD billion)", "(¥ trillion)", "(%)".
    private func rowLabel(_ cell: Cell) -> LabelInfo {
        var info = LabelInfo()
        var i = cell.start
        while i < cell.end {
            let t = tokens[i]
            if t.isWord {
                if case .scale(let v)? = Lexicon.numberWords[t.key] { info.scale = v }
                if let a = Lexicon.scaleAbbreviations[t.key], t.length > 1 { info.scale = a.value }
                if Lexicon.isoCodeKeys.contains(t.key), t.flags.contains(.allCaps) {
                    info.currency = t.key == WordKey.of("rmb") ? "CNY" : String(String.UnicodeScalarView(scalars[t.start..<t.end])).uppercased()
                }
            }
            if let unit = Lexicon.units.matchForward(tokens, at: i, limit: cell.end) {
                switch unit.value.kind {
                case .currency(let code, _) where unit.value.guardRule != .codeWord: info.currency = code
                case .percent: info.percent = true
                default: break
                }
            }
            if let prefix = Lexicon.currencyPrefixes.matchForward(tokens, at: i, limit: cell.end), tokens[i].isSymbol {
                info.currency = prefix.value
            }
            i += 1
        }
        return info
    }
}
