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

    /// Builds the layout from the tokens and the lines, stops and header lines the tokenizer noted.
    init(tokens: [Token], marks: LineMarks, scalars: ScalarText) {
        lines = marks.lines
        let stops = marks.stops
        let headers = marks.headers
        // Tables.
        var isTable = [Bool](repeating: false, count: lines.count)
        for (li, line) in lines.enumerated() where tokens[line.start].isSymbol("|") { isTable[li] = true }
        TableReader.markAlignedTables(tokens: tokens, scalars: scalars, lines: lines, headers: headers,
                                      isTable: &isTable)
        for li in isTable.indices where isTable[li] { tableLines.append(li) }
        // Sections: headings and dated entry lines open a section.
        sections.append(Section(year: nil, start: 0))
        lineSection = [Int](repeating: 0, count: lines.count)
        for (li, line) in lines.enumerated() {
            if !isTable[li] {
                if DateLine.mayStart(with: tokens[line.start]),
                   let year = DateLine.year(of: tokens, scalars: scalars, from: line.start, to: line.end)
                {
                    sections.append(Section(year: year, start: line.start))
                } else if tokens.withUnsafeBufferPointer({ Self.isHeading($0, line) }) {
                    sections.append(Section(year: nil, start: line.start))
                }
            }
            lineSection[li] = sections.count - 1
        }
        // Sentences: each ends at a stop or at the end of a line, so their number is bounded.
        sentences.reserveCapacity(stops.count + lines.count + 1)
        tokens.withUnsafeBufferPointer { t in
            stops.withUnsafeBufferPointer { stops in findSentences(t, stops: stops, isTable: isTable) }
        }
    }

    /// Splits the prose lines into sentences, joining a line that continues a wrapped sentence to the one before.
    private mutating func findSentences(_ t: UnsafeBufferPointer<Token>, stops: UnsafeBufferPointer<Int>,
                                        isTable: [Bool])
    {
        var paragraph = 0
        var cursor = 0
        for (li, line) in lines.enumerated() {
            if isTable[li] { continue }
            if t[line.start].flags.contains(.blankLineBefore) { paragraph += 1 }
            // A line that continues a wrapped sentence joins the previous one.
            if let last = sentences.last, last.end == line.start, li > 0, !isTable[li - 1],
               Self.continues(t, previousEnd: line.start - 1, next: line.start),
               !t[line.start].flags.contains(.blankLineBefore)
            {
                sentences.removeLast()
                split(t, stops, &cursor, from: last.start, to: line.end, paragraph: last.paragraph,
                      section: lineSection[li])
                continue
            }
            split(t, stops, &cursor, from: line.start, to: line.end, paragraph: paragraph, section: lineSection[li])
        }
    }

    /// Splits a run of tokens into sentences at ". ", "! ", "? " before a capital, digit or quote. Only the
    /// stops in the run are looked at; `cursor` remembers where in `stops` the last run began, as runs move
    /// forward through the text (a joined line steps back at most over the sentence it extends).
    private mutating func split(_ t: UnsafeBufferPointer<Token>, _ stops: UnsafeBufferPointer<Int>,
                                _ cursor: inout Int, from: Int, to: Int, paragraph: Int, section: Int)
    {
        while cursor > 0 && stops[cursor - 1] >= from { cursor -= 1 }
        while cursor < stops.count && stops[cursor] < from { cursor += 1 }
        var start = from
        var q = cursor
        while q < stops.count, stops[q] < to {
            let i = stops[q]
            q += 1
            // A stop inside the closing run of a sentence just cut is part of it.
            if i < start { continue }
            var j = i + 1
            while j < to, t[j].isSymbol, !t[j].spaceBefore,
                  t[j].key == 0x22 || t[j].key == 0x27 || t[j].key == 0x29 || t[j].key == 0x5D || t[j].key == 0x2E
            {
                j += 1
            }
            if j < to, t[j].spaceBefore, Self.startsSentence(t[j]),
               !(t[i].key == 0x2E && Self.isAbbreviation(t, i, from: start))
            {
                sentences.append(Sentence(start: start, end: j, paragraph: paragraph, section: section))
                start = j
            }
        }
        if start < to { sentences.append(Sentence(start: start, end: to, paragraph: paragraph, section: section)) }
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .number: return true
        case .word: return t.isCapitalized
        case .symbol: return t.key == 0x22 || t.key == 0x27 || t.key == 0x28 || t.key == 0x24 || t.key > 0x7F
        }
    }

    private static func isAbbreviation(_ tokens: UnsafeBufferPointer<Token>, _ dot: Int, from: Int) -> Bool {
        guard dot - 1 >= from else { return false }
        let p = tokens[dot - 1]
        guard p.isWord, tokens[dot].spaceBefore == false else { return false }
        if p.length == 1 { return true }  // "U.S.", "D.C.", initials
        return Self.abbreviations.contains(p.key) && p.length <= 5
    }

    /// True when a line break falls inside a sentence (the next line starts in lower case after a word or comma).
    private static func continues(_ tokens: UnsafeBufferPointer<Token>, previousEnd: Int, next: Int) -> Bool {
        let p = tokens[previousEnd]
        let n = tokens[next]
        guard n.isWord, !n.isCapitalized else { return false }
        if p.isWord { return true }
        return p.isSymbol(",") || p.isSymbol("-")
    }

    /// Markdown headings, all-capital lines and short bold lines open sections.
    private static func isHeading(_ tokens: UnsafeBufferPointer<Token>, _ line: Line) -> Bool {
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
