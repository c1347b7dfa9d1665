/// The structure of a document's text in token terms: lines, sentences, clause breaks, paragraphs, sections with
/// the date of their dated entry, and table rows (which are read by `TableReader`, not as prose).
struct TextLayout {
    struct Line {
        var start: Int  // token index
        var end: Int
    }

    struct Sentence {
        var start: Int  // token index
        var end: Int
        var paragraph: Int
        var section: Int
    }

    struct Section {
        /// Year of the dated entry that opens the section ("October 3, 2024 | Washington, DC").
        var year: Int?
        /// First token.
        var start: Int
    }

    var lines: [Line] = []
    var sentences: [Sentence] = []
    var sections: [Section] = []
    /// Lines that belong to tables (pipe tables or aligned columns).
    var tableLines: [Int] = []
    /// For each line: the section it opens or belongs to.
    var lineSection: [Int] = []

    private static let abbreviations = Lexicon.keys([
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "etc", "eg", "ie",
        "approx", "est", "gov", "sen", "rep", "gen", "adm", "lt", "col", "capt", "prof", "hon", "mt", "ft", "ave",
        "blvd", "rd", "p", "pp", "fig", "vol", "op", "cf", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "dept", "univ", "assn", "bros", "tel", "ext", "ref", "sec", "art",
        "ch", "para", "min", "max", "avg", "gov", "govt", "amb", "pres", "u", "s", "a", "m", "e", "i", "n",
    ])

    init(tokens: [Token], scalars: ScalarText) {
        let n = tokens.count
        // Lines.
        var lineStart = 0
        for i in 0..<n where i > lineStart && tokens[i].lineBreakBefore {
            lines.append(Line(start: lineStart, end: i))
            lineStart = i
        }
        if lineStart < n { lines.append(Line(start: lineStart, end: n)) }
        // Tables.
        var isTable = [Bool](repeating: false, count: lines.count)
        for (li, line) in lines.enumerated() where line.end > line.start {
            if tokens[line.start].isSymbol("|") {
                isTable[li] = true
            }
        }
        TableReader.markAlignedTables(tokens: tokens, scalars: scalars, lines: lines, isTable: &isTable)
        tableLines = isTable.enumerated().filter { $0.element }.map { $0.offset }
        // Sections: headings and dated entry lines open a section.
        sections.append(Section(year: nil, start: 0))
        lineSection = [Int](repeating: 0, count: lines.count)
        for (li, line) in lines.enumerated() {
            if !isTable[li], line.end > line.start {
                if let year = DateLine.year(of: tokens, scalars: scalars, from: line.start, to: line.end) {
                    sections.append(Section(year: year, start: line.start))
                } else if Self.isHeading(tokens, scalars, line) {
                    sections.append(Section(year: nil, start: line.start))
                }
            }
            lineSection[li] = sections.count - 1
        }
        // Sentences.
        var paragraph = 0
        for (li, line) in lines.enumerated() {
            if isTable[li] || line.end <= line.start { continue }
            if tokens[line.start].flags.contains(.blankLineBefore) { paragraph += 1 }
            // A line that continues a wrapped sentence joins the previous one.
            if let last = sentences.last, last.end == line.start, li > 0, !isTable[li - 1],
               Self.continues(tokens, scalars, previousEnd: line.start - 1, next: line.start),
               !tokens[line.start].flags.contains(.blankLineBefore)
            {
                sentences.removeLast()
                split(tokens, scalars, from: last.start, to: line.end, paragraph: last.paragraph,
                      section: lineSection[li])
                continue
            }
            split(tokens, scalars, from: line.start, to: line.end, paragraph: paragraph, section: lineSection[li])
        }
    }

    /// Splits a run of tokens into sentences at ". ", "! ", "? " before a capital, digit or quote.
    private mutating func split(_ tokens: [Token], _ scalars: ScalarText, from: Int, to: Int, paragraph: Int,
                                section: Int)
    {
        var start = from
        var i = from
        while i < to {
            let t = tokens[i]
            if t.isSymbol, t.key == 0x2E || t.key == 0x21 || t.key == 0x3F || t.key == 0x2026 {
                var j = i + 1
                while j < to, tokens[j].isSymbol, !tokens[j].spaceBefore,
                      tokens[j].key == 0x22 || tokens[j].key == 0x27 || tokens[j].key == 0x29 || tokens[j].key == 0x5D
                        || tokens[j].key == 0x2E
                {
                    j += 1
                }
                if j < to, tokens[j].spaceBefore, startsSentence(tokens, scalars, j),
                   !(t.key == 0x2E && isAbbreviation(tokens, i, from: start))
                {
                    sentences.append(Sentence(start: start, end: j, paragraph: paragraph, section: section))
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if start < to { sentences.append(Sentence(start: start, end: to, paragraph: paragraph, section: section)) }
    }

    private func startsSentence(_ tokens: [Token], _ scalars: ScalarText, _ j: Int) -> Bool {
        let t = tokens[j]
        switch t.kind {
        case .number: return true
        case .word: return t.isCapitalized
        case .symbol: return t.key == 0x22 || t.key == 0x27 || t.key == 0x28 || t.key == 0x24 || t.key > 0x7F
        }
    }

    private func isAbbreviation(_ tokens: [Token], _ dot: Int, from: Int) -> Bool {
        guard dot - 1 >= from else { return false }
        let p = tokens[dot - 1]
        guard p.isWord, tokens[dot].spaceBefore == false else { return false }
        if p.length == 1 { return true }  // "U.S.", "D.C.", initials
        return Self.abbreviations.contains(p.key) && p.length <= 5
    }

    /// True when a line break falls inside a sentence (the next line starts in lower case after a word or comma).
    private static func continues(_ tokens: [Token], _ scalars: ScalarText, previousEnd: Int, next: Int) -> Bool {
        let p = tokens[previousEnd]
        let n = tokens[next]
        guard n.isWord, !n.isCapitalized else { return false }
        if p.isWord { return true }
        return p.isSymbol(",") || p.isSymbol("-")
    }

    /// Markdown headings, all-capital lines and short bold lines open sections.
    private static func isHeading(_ tokens: [Token], _ scalars: ScalarText, _ line: Line) -> Bool {
        let first = tokens[line.start]
        if first.isSymbol("#") { return true }
        var letters = 0
        var words = 0
        for i in line.start..<line.end {
            let t = tokens[i]
            if t.isWord {
                words += 1
                letters += t.length
                if !t.flags.contains(.allCaps) { return false }
            } else if t.isNumber {
                return false
            }
        }
        return letters >= 4 && words <= 8
    }
}
