/// The lines of a text in token terms, with the sentence stops, clause breaks, classed tokens and possible table
/// headers among them, noted by the tokenizer as it writes the tokens: later passes then need no pass over all
/// tokens to find them.
struct LineMarks {
    /// Every line in text order; a line holds at least one token and starts at a token after a line break.
    private(set) var lines: [TextLayout.Line] = []
    /// Token indices of the sentence stops (".", "!", "?", "…"), in text order.
    var stops: [Int] = []
    /// Token indices of the ":" and "@" symbols, in text order: the chunks that may be links hold one (or "www.").
    var links: [Int] = []
    /// Token indices of the ";" symbols, in text order: the breaks between clauses.
    var clauseBreaks: [Int] = []
    /// Token indices of every token with a word class (`wordClass.rawValue != 0`), in text order: passes that care
    /// only for classed tokens visit these instead of every token of the text.
    var classified: [Int32] = []
    /// Lines naming two or more years: the possible headers of aligned tables.
    private(set) var headers: [Int] = []
    /// Year-like numbers written so far in the current line.
    var years = 0
    /// The first token of the current line.
    private var lineStart = 0

    /// Reserves room for a text of about `tokens` tokens (a line or stop per sixteen tokens is typical).
    init(tokens: Int) {
        lines.reserveCapacity(tokens / 16 + 16)
        stops.reserveCapacity(tokens / 16 + 16)
    }

    /// Notes a line break before token `next`, the index the next token will get. Breaks with no token since the
    /// last one (blank lines, "\r\n") add no line.
    @inline(never)  // Keeps the tokenizer's loop small.
    mutating func lineBreak(before next: Int) {
        guard next > lineStart else { return }
        lines.append(TextLayout.Line(start: lineStart, end: next))
        if years >= 2 { headers.append(lines.count - 1) }
        years = 0
        lineStart = next
    }

    /// Closes the last line once all `count` tokens are written.
    mutating func finish(count: Int) { lineBreak(before: count) }
}
