import BriefingModel

/// Reads tables: Markdown pipe tables and plain tables whose columns are aligned with runs of spaces. A cell
/// takes its year from its column header and its unit and scale from its row label ("Visitors to Japan
/// (million)", "(USD billion)", "(¥ trillion)").
struct TableReader {
    let tokens: [Token]
    let scalars: ScalarText

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
        /// Line index of the row.
        var line: Int
        /// The caption (or corner cell) that names what the table measures.
        var contextStart: Int
        var contextEnd: Int
        /// The header cell of the value's column ("Students exchanged (2025)"); empty when there is none.
        var columnStart: Int
        var columnEnd: Int
    }

    /// Marks lines of aligned text tables: a header with two or more years in wide-spaced columns and the rows
    /// under it that hold two or more wide-spaced numbers. `headers` are the lines naming two or more years, in
    /// order (most lines name none, and need no cells).
    static func markAlignedTables(tokens: [Token], scalars: ScalarText, lines: [TextLayout.Line], headers: [Int],
                                  isTable: inout [Bool])
    {
        // Lines before `next` belong to a table already found.
        var next = 0
        for li in headers where li >= next && !isTable[li] {
            let cells = alignedCells(tokens, scalars, lines[li])
            let years = cells.filter { cellYear(tokens, $0) != nil }.count
            guard cells.count >= 3, years >= 2 else { continue }
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
                next = lj
            }
        }
    }

    /// Marks plain tables whose rows start with a year ("2021      74.6      135.1"): a header line of two or more
    /// wide-spaced cells without numbers ("Year     Exports   Imports") right above two or more such rows.
    static func markYearRowTables(tokens: [Token], scalars: ScalarText, lines: [TextLayout.Line],
                                  isTable: inout [Bool])
    {
        var li = 1
        while li < lines.count {
            guard !isTable[li], isYearRow(tokens, scalars, lines[li]) else {
                li += 1
                continue
            }
            var lj = li + 1
            while lj < lines.count, !isTable[lj], !tokens[lines[lj].start].flags.contains(.blankLineBefore),
                  isYearRow(tokens, scalars, lines[lj])
            {
                lj += 1
            }
            let header = li - 1
            if lj - li >= 2, !isTable[header], !tokens[lines[li].start].flags.contains(.blankLineBefore),
               isWordHeader(tokens, scalars, lines[header])
            {
                for k in header..<lj { isTable[k] = true }
            }
            li = lj
        }
    }

    /// A line that starts with a year cell ("2021", "FY2022") followed by wide-spaced cells that all hold numbers.
    private static func isYearRow(_ tokens: [Token], _ scalars: ScalarText, _ line: TextLayout.Line) -> Bool {
        let first = tokens[line.start]
        let startsWithYear = first.isYearLike
            || (first.isWord && line.start + 1 < line.end && tokens[line.start + 1].isNumber
                && Lexicon.fiscalWords.contains(first.key))
        guard startsWithYear else { return false }
        let cells = alignedCells(tokens, scalars, line)
        guard cells.count >= 2, labelYear(tokens, cells[0]) != nil else {
            return false
        }
        return cells.dropFirst().allSatisfy { cell in (cell.start..<cell.end).contains { tokens[$0].isNumber } }
    }

    /// A header of two or more wide-spaced cells with no numbers in them.
    private static func isWordHeader(_ tokens: [Token], _ scalars: ScalarText, _ line: TextLayout.Line) -> Bool {
        guard !(line.start..<line.end).contains(where: { tokens[$0].isNumber }) else { return false }
        return alignedCells(tokens, scalars, line).count >= 2
    }

    /// Cells of a line split at runs of two or more spaces or a tab.
    static func alignedCells(_ tokens: [Token], _ scalars: ScalarText, _ line: TextLayout.Line) -> [Cell] {
        var cells: [Cell] = []
        var start = line.start
        var i = line.start + 1
        while i < line.end {
            let gapStart = tokens[i - 1].end
            let gapEnd = tokens[i].start
            var wide = gapEnd - gapStart >= 2
            // A gap of one scalar that is a tab.
            if !wide, gapEnd > gapStart, tokens[i].flags.contains(.tabBefore) { wide = true }
            if wide {
                cells.append(Cell(start: start, end: i))
                start = i
            }
            i += 1
        }
        if start < line.end { cells.append(Cell(start: start, end: line.end)) }
        return cells
    }

    /// The year a header cell names: "2019", "FY2021", "FY 2024", "2023/24"; `anywhere` reads past other numbers.
    static func cellYear(_ tokens: [Token], _ cell: Cell, anywhere: Bool = false) -> Int? {
        var i = cell.start
        while i < cell.end {
            let t = tokens[i]
            if t.isYearLike { return Int(t.value) }
            if t.isNumber, t.isPlainInteger, t.intDigits == 2, i > cell.start, tokens[i - 1].isWord,
               Lexicon.fiscalWords.contains(tokens[i - 1].key)
            {
                return 2000 + Int(t.value)
            }
            if t.isNumber && !anywhere { return nil }
            i += 1
        }
        return nil
    }

    /// The year of a row label that is a year and nothing else: "2021", "FY2022", "2023/24" (not "since 1952").
    static func labelYear(_ tokens: [Token], _ cell: Cell) -> Int? {
        guard cell.end > cell.start, cell.end - cell.start <= 3 else { return nil }
        let first = tokens[cell.start]
        guard first.isYearLike || (first.isWord && Lexicon.fiscalWords.contains(first.key)) else { return nil }
        return cellYear(tokens, cell)
    }

    private static let yearHeaderWords = Lexicon.keys(["year", "years", "fy", "date", "as", "period"])

    /// True for a header cell that names the year of each row: "Year", "Fiscal year", "FY", "As of", "Date".
    private func isYearHeader(_ cell: Cell) -> Bool {
        guard cell.end > cell.start, cell.end - cell.start <= 3 else { return false }
        for i in cell.start..<cell.end {
            guard tokens[i].isWord else { return false }
            if Self.yearHeaderWords.contains(tokens[i].key) { return true }
        }
        return false
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
            let first = tableSet[idx]
            var last = first
            while idx + 1 < tableSet.count, tableSet[idx + 1] == last + 1 {
                idx += 1
                last = tableSet[idx]
            }
            idx += 1
            out += blockEntries(lines: first...last, layout: layout, scanner: scanner)
        }
        return out
    }

    /// The values of one table: lines `block` of the layout.
    private func blockEntries(lines block: ClosedRange<Int>, layout: TextLayout, scanner: QuantityScanner) -> [Entry] {
        let headerLine = layout.lines[block.lowerBound]
        let pipe = tokens[headerLine.start].isSymbol("|")
        let header = pipe ? pipeCells(headerLine) : Self.alignedCells(tokens, scalars, headerLine)
        guard let corner = header.first else { return [] }
        let headerYears = header.map { Self.cellYear(tokens, $0) }
        // An aligned header may start with its first year column ("      2021   2022"): no corner cell then.
        let hasCorner = pipe || headerYears[0] == nil
        let headerInfo = header.map { labelInfo(from: $0.start, to: $0.end) }
        // A caption on the line above ("Table 1. Visitor arrivals (persons)", "(US$ million)") and the corner
        // cell ("Budget line (¥ billion)") give units, scale, year and topic to the whole table.
        var context = hasCorner ? Cell(start: corner.start, end: corner.end) : Cell(start: corner.start, end: corner.start)
        var caption: Cell?
        if block.lowerBound > 0, !layout.tableLines.contains(block.lowerBound - 1) {
            let line = layout.lines[block.lowerBound - 1]
            // A sentence that ends with its stop is prose before the table, not its caption ("The tariff costs ¥450
            // billion ($1 = 147.50 yen).").
            if line.end > line.start, line.end - line.start <= 24, !tokens[line.end - 1].isSymbol(".") {
                caption = Cell(start: line.start, end: line.end)
            }
        }
        var tableInfo = hasCorner ? headerInfo[0] : LabelInfo()
        var captionYear: Int?
        if let caption {
            tableInfo = tableInfo.or(labelInfo(from: caption.start, to: caption.end))
            captionYear = Self.cellYear(tokens, caption, anywhere: true)
            context = caption
        }
        // A column headed "Year", "Fiscal year" or "As of" holds each row's year (pipe tables, whose cells line up).
        let yearColumn = pipe ? header.indices.dropFirst().first { isYearHeader(header[$0]) } : nil
        var out: [Entry] = []
        for li in block.dropFirst() {
            let line = layout.lines[li]
            if isSeparatorRow(line) { continue }
            var cells = pipe ? pipeCells(line) : Self.alignedCells(tokens, scalars, line)
            guard cells.count >= 2 else { continue }
            let label = cells.removeFirst()
            let rowInfo = labelInfo(from: label.start, to: label.end)
            // The row's year: in its label ("2021"), else in a "Year" column ("| Exports | $5.1 billion | 2024 |").
            var rowYear = Self.labelYear(tokens, label)
            if rowYear == nil, let yc = yearColumn, yc - 1 < cells.count, yc >= 1 {
                rowYear = Self.labelYear(tokens, cells[yc - 1])
            }
            for (ci, cell) in cells.enumerated() {
                let column = pipe ? ci + 1 : alignedColumn(of: cell, in: line, header: header, headerLine: headerLine,
                                                           firstColumn: hasCorner ? 1 : 0)
                let columnInfo = column < headerInfo.count ? headerInfo[column] : LabelInfo()
                let info = rowInfo.or(columnInfo).or(tableInfo)
                let found = scanner.scan(from: cell.start, to: cell.end, hasPercent: info.percent,
                                         moneyContext: info.currency != nil)
                guard var q = found.first else { continue }
                if q.unitKind == .count {
                    if let code = info.currency {
                        q.unit = code
                        q.unitKind = .currency
                    } else if info.percent {
                        q.unit = .percent
                        q.unitKind = .percent
                    }
                }
                if !q.scaled, info.scale != 1, q.unitKind != .percent {
                    q.value *= info.scale
                    q.low = q.low.map { $0 * info.scale }
                    q.high = q.high.map { $0 * info.scale }
                }
                q.confidence = 0.85
                // The column's year, else the row's ("2021      74.6"), else the caption's.
                let year = (column < headerYears.count ? headerYears[column] : nil) ?? rowYear ?? captionYear
                let columnCell = column < header.count && (column > 0 || !hasCorner) ? header[column] : nil
                out.append(Entry(quantity: q, year: year, labelStart: label.start, labelEnd: label.end,
                                 rowStart: line.start, rowEnd: line.end, line: li, contextStart: context.start,
                                 contextEnd: context.end, columnStart: columnCell?.start ?? 0,
                                 columnEnd: columnCell?.end ?? 0))
            }
        }
        return out
    }

    /// The header column a value cell of an aligned table sits under: the one whose edges are nearest.
    private func alignedColumn(of cell: Cell, in line: TextLayout.Line, header: [Cell],
                               headerLine: TextLayout.Line, firstColumn: Int) -> Int
    {
        let rowOrigin = lineOrigin(tokens[line.start].start)
        let headerOrigin = lineOrigin(tokens[headerLine.start].start)
        let cellStart = tokens[cell.start].start - rowOrigin
        let cellEnd = tokens[cell.end - 1].end - rowOrigin
        var best = header.count
        var bestDistance = Int.max
        for (hi, h) in header.enumerated().dropFirst(firstColumn) {
            let hs = tokens[h.start].start - headerOrigin
            let he = tokens[h.end - 1].end - headerOrigin
            let distance = min(abs(he - cellEnd), abs(hs - cellStart))
            if distance < bestDistance {
                bestDistance = distance
                best = hi
            }
        }
        return best
    }

    /// The scalar offset where the line holding offset `position` begins (leading spaces count as columns).
    private func lineOrigin(_ position: Int) -> Int {
        scalars.lineStart(of: position)
    }

    /// Unit, scale and topic words of a label, header cell or caption.
    struct LabelInfo {
        var scale: Double = 1
        var currency: UnitName?
        var percent = false

        /// This information, completed by a wider context where it says nothing.
        func or(_ wider: LabelInfo) -> LabelInfo {
            var out = self
            if out.scale == 1 { out.scale = wider.scale }
            if out.currency == nil && !out.percent {
                out.currency = wider.currency
                out.percent = wider.percent
            }
            return out
        }
    }

    /// Unit and scale named in tokens `start..<end`: "(million)", "(USD billion)", "(¥ trillion)", "(%)",
    /// "(US$ million)", "(billions of dollars)".
    private func labelInfo(from start: Int, to end: Int) -> LabelInfo {
        var info = LabelInfo()
        var i = start
        while i < end {
            let t = tokens[i]
            if t.isWord {
                if case .scale(let v)? = Lexicon.numberWords[t.key] { info.scale = v }
                if let a = Lexicon.scaleAbbreviations[t.key], t.length > 1 { info.scale = a.value }
                if Lexicon.isoCodeKeys.contains(t.key), t.flags.contains(.allCaps) {
                    info.currency = t.key == CommonWord.rmb ? .cny : UnitName(scalars.string(t, t).uppercased())
                }
            }
            if let unit = Lexicon.units.matchForward(tokens, at: i, limit: end) {
                switch unit.value.kind {
                case .currency(let code, _) where unit.value.guardRule != .codeWord: info.currency = code
                case .percent: info.percent = true
                default: break
                }
            }
            if let prefix = Lexicon.currencyPrefixes.matchForward(tokens, at: i, limit: end),
               tokens[prefix.end - 1].isSymbol
            {
                info.currency = prefix.value
                i = prefix.end
                continue
            }
            i += 1
        }
        return info
    }
}
