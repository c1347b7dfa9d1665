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
        // Tables.
        var isTable = [Bool](filled: false, count: lines.count)
        tokens.withUnsafeBufferPointer { t in
            for (li, line) in lines.enumerated() where t[line.start].isSymbol("|") { isTable[li] = true }
        }
        TableReader.markAlignedTables(tokens: tokens, scalars: scalars, lines: lines, headers: marks.headers,
                                      isTable: &isTable)
        TableReader.markYearRowTables(tokens: tokens, scalars: scalars, lines: lines, isTable: &isTable)
        for li in isTable.indices where isTable[li] { tableLines.append(li) }
        // Sections: headings and dated entry lines open a section.
        (sections, lineSection) = tokens.withUnsafeBufferPointer { t in
            Self.findSections(t, tokens: tokens, scalars: scalars, lines: lines, isTable: isTable)
        }
        sentences = tokens.withUnsafeBufferPointer { t in
            marks.stops.withUnsafeBufferPointer { stops in
                lines.withUnsafeBufferPointer { lines in
                    isTable.withUnsafeBufferPointer { isTable in
                        lineSection.withUnsafeBufferPointer { lineSection in
                            Self.findSentences(t, stops: stops, lines: lines, isTable: isTable, lineSection: lineSection)
                        }
                    }
                }
            }
        }
    }

    /// The sections of the text, and the section of every line: headings and dated entry lines open a section.
    private static func findSections(_ t: UnsafeBufferPointer<Token>, tokens: [Token], scalars: ScalarText,
                                     lines: [Line], isTable: [Bool]) -> ([Section], [Int])
    {
        var sections = [Section(year: nil, start: 0)]
        var lineSection = [Int](filled: 0, count: lines.count)
        // A list page has dated entries; a plain heading there ends the entry before it ("Support our work").
        var datedEntries = 0
        // The open section is dated by a heading's "(2025)".
        var datedByHeading = false
        for (li, line) in lines.enumerated() {
            if !isTable[li] {
                if DateLine.mayStart(with: t[line.start]),
                   let year = DateLine.year(of: tokens, scalars: scalars, from: line.start, to: line.end)
                {
                    sections.append(Section(year: year, start: line.start))
                    datedEntries += 1
                    datedByHeading = false
                } else if isHeading(t, line)
                            || (datedEntries >= 2 && sections[sections.count - 1].year != nil
                                && isPlainHeading(t, line))
                {
                    let year = t[line.end - 1].isSymbol(")") ? datedHeading(t, line, afterDated: false) : nil
                    sections.append(Section(year: year ?? nil, start: line.start))
                    datedByHeading = year != nil
                } else if t[line.start].flags.contains(.blankLineBefore),
                          // Cheap tests first: a dated heading ends with its ")"; one without a year matters only
                          // after a dated one.
                          datedByHeading || t[line.end - 1].isSymbol(")"),
                          let year = datedHeading(t, line, afterDated: datedByHeading)
                {
                    sections.append(Section(year: year, start: line.start))
                    datedByHeading = year != nil
                }
            }
            lineSection[li] = sections.count - 1
        }
        return (sections, lineSection)
    }

    /// Splits the prose lines into sentences, joining a line that continues a wrapped sentence to the one before.
    ///
    /// Sentences are written straight into the array's storage: each ends at a stop or at the end of a line (a
    /// joined line replaces the sentence it extends), so there are at most `stops + lines` of them.
    private static func findSentences(_ t: UnsafeBufferPointer<Token>, stops: UnsafeBufferPointer<Int>,
                                      lines: UnsafeBufferPointer<Line>, isTable: UnsafeBufferPointer<Bool>,
                                      lineSection: UnsafeBufferPointer<Int>) -> [Sentence]
    {
        let abbreviations = Self.abbreviations
        return [Sentence](unsafeUninitializedCapacity: stops.count + lines.count + 1) { out, written in
            var splitter = Splitter(t: t, stops: stops, abbreviations: abbreviations, out: out)
            var paragraph = 0
            for li in lines.indices {
                if isTable[li] { continue }
                let line = lines[li]
                let blank = t[line.start].flags.contains(.blankLineBefore)
                if blank { paragraph += 1 }
                // A line that continues a wrapped sentence joins the previous one.
                if splitter.count > 0, li > 0, !blank, !isTable[li - 1] {
                    let last = out[splitter.count - 1]
                    if last.end == line.start, Self.continues(t, previousEnd: line.start - 1, next: line.start) {
                        splitter.count -= 1
                        splitter.split(from: last.start, to: line.end, paragraph: last.paragraph,
                                       section: lineSection[li])
                        continue
                    }
                }
                splitter.split(from: line.start, to: line.end, paragraph: paragraph, section: lineSection[li])
            }
            written = splitter.count
        }
    }

    /// Cuts runs of tokens into sentences, writing them into a buffer.
    private struct Splitter {
        let t: UnsafeBufferPointer<Token>
        let stops: UnsafeBufferPointer<Int>
        let abbreviations: KeySet
        let out: UnsafeMutableBufferPointer<Sentence>
        /// Sentences written so far.
        var count = 0
        /// Where in `stops` the last run ended: runs move forward through the text (a joined line steps back at
        /// most over the sentence it extends).
        var cursor = 0

        init(t: UnsafeBufferPointer<Token>, stops: UnsafeBufferPointer<Int>, abbreviations: KeySet,
             out: UnsafeMutableBufferPointer<Sentence>)
        {
            self.t = t
            self.stops = stops
            self.abbreviations = abbreviations
            self.out = out
        }

        /// Writes a sentence; the buffer holds as many as there can be, so the test never fails.
        @inline(__always)
        private mutating func write(_ sentence: Sentence) {
            guard count < out.count else { return }
            out[count] = sentence  // A sentence is plain integers: assigning initializes.
            count += 1
        }

        /// Splits a run of tokens into sentences at ". ", "! ", "? " before a capital, digit or quote. Only the
        /// stops in the run are looked at.
        mutating func split(from: Int, to: Int, paragraph: Int, section: Int) {
            // The cursor is kept in a local while the run is read, and left at the first stop after it.
            var q = cursor
            while q > 0 && stops[q - 1] >= from { q -= 1 }
            while q < stops.count && stops[q] < from { q += 1 }
            var start = from
            defer { cursor = q }
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
                if j < to, t[j].spaceBefore, TextLayout.startsSentence(t[j]),
                   !(t[i].key == 0x2E && TextLayout.isAbbreviation(t, i, from: start, abbreviations))
                {
                    write(Sentence(start: start, end: j, paragraph: paragraph, section: section))
                    start = j
                }
            }
            if start < to { write(Sentence(start: start, end: to, paragraph: paragraph, section: section)) }
        }
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .number: return true
        case .word: return t.isCapitalized
        case .symbol: return t.key == 0x22 || t.key == 0x27 || t.key == 0x28 || t.key == 0x24 || t.key > 0x7F
        }
    }

    @inline(__always)
    private static func isAbbreviation(_ tokens: UnsafeBufferPointer<Token>, _ dot: Int, from: Int,
                                       _ abbreviations: KeySet) -> Bool
    {
        guard dot - 1 >= from else { return false }
        let p = tokens[dot - 1]
        guard p.isWord, tokens[dot].spaceBefore == false else { return false }
        if p.length == 1 { return true }  // "U.S.", "D.C.", initials
        return p.length <= 6 && abbreviations.contains(p.key)
    }

    /// True when a line break falls inside a sentence (the next line starts in lower case after a word or comma).
    @inline(__always)
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

    /// The section a heading line opens, with its year: "1. Trade (2025)" opens one dated 2025; after such a
    /// heading, "3. People-to-people exchange" opens one without a year (`.some(nil)`). nil when the line opens none.
    @inline(never)
    static func datedHeading(_ tokens: UnsafeBufferPointer<Token>, _ line: Line, afterDated: Bool) -> Int?? {
        guard let year = headingYear(tokens, line) else { return nil }
        return year != nil || afterDated ? .some(year) : nil
    }

    /// The year of a heading that names it in parentheses: "1. Trade (2025, Ministry of Finance statistics)",
    /// "Direct investment (end of 2025)", "## Survey results (July 2026)"; `.some(nil)` for a line of the same shape
    /// with none ("3. People-to-people exchange"). A short line of words with no figure outside the parentheses and
    /// no sentence stop; nil for anything else.
    static func headingYear(_ tokens: UnsafeBufferPointer<Token>, _ line: Line) -> Int?? {
        guard line.end - line.start <= 24 else { return nil }
        var i = line.start
        while i < line.end, tokens[i].isSymbol("#") { i += 1 }
        // A list number: "1.", "2)".
        if i + 1 < line.end, tokens[i].isNumber, tokens[i].isPlainInteger, tokens[i].value < 100,
           tokens[i + 1].isSymbol(".") || tokens[i + 1].isSymbol(")")
        {
            i += 2
        }
        guard i < line.end, tokens[i].isWord, tokens[i].isCapitalized else { return nil }
        var depth = 0
        var year: Int?
        var words = 0
        for k in i..<line.end {
            let t = tokens[k]
            if t.isWord {
                words += 1
            } else if t.isNumber {
                // Only the year, and the day of a date, inside the parentheses.
                guard depth > 0 else { return nil }
                if t.isYearLike {
                    if year != nil { return nil }
                    year = Int(t.value)
                } else if !(t.isPlainInteger && t.value <= 31) {
                    return nil
                }
            } else if t.isSymbol("(") {
                depth += 1
            } else if t.isSymbol(")") {
                depth -= 1
            } else if depth == 0, t.isSymbol(".") || t.isSymbol("!") || t.isSymbol("?") || t.isSymbol(":") {
                return nil
            }
        }
        return words <= 12 ? .some(year) : nil
    }

    /// True for a short capitalised line of words alone after a blank line, with no punctuation ("Support our
    /// work"): on a list page it ends the dated entry before it.
    private static func isPlainHeading(_ tokens: UnsafeBufferPointer<Token>, _ line: Line) -> Bool {
        let first = tokens[line.start]
        guard first.isWord, first.isCapitalized, first.flags.contains(.blankLineBefore), line.end - line.start <= 6
        else { return false }
        var letters = 0
        for i in line.start..<line.end {
            guard tokens[i].isWord else { return false }
            letters += tokens[i].length
        }
        return letters >= 4
    }
}
