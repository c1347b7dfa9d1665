import BriefingModel

/// Finds every numeric fact in a document (GUIDELINES.md). Deterministic; no I/O. One pass tokenizes the text's
/// UTF-8 bytes; each sentence is then scanned once with bounded look-ahead and look-behind.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output can change, so incremental runs redo stale documents.
    public static let version = "1.5.0"

    /// Texts of at least this many UTF-8 bytes are read in pieces split at blank lines: tokens store offsets in
    /// 32 bits.
    static let pieceBytes = 1 << 30

    /// Creates an extractor.
    public init() {}

    /// Returns the facts of a document, in text order.
    public func extract(_ document: Document) -> [Fact] {
        extract(document, pieceBytes: Self.pieceBytes)
    }

    /// Returns the facts of a document, reading texts of `pieceBytes` or more in paragraph-aligned pieces.
    func extract(_ document: Document, pieceBytes: Int) -> [Fact] {
        guard document.text.utf8.count >= pieceBytes else { return extractWhole(document) }
        var facts: [Fact] = []
        var scalarOffset = 0
        for piece in Self.pieces(of: document.text, maximumBytes: pieceBytes) {
            var part = document
            part.text = String(piece)
            for var fact in extractWhole(part) {
                fact.start += scalarOffset
                fact.end += scalarOffset
                fact.id = Fact.stableID(documentHash: document.contentHash, start: fact.start, end: fact.end)
                facts.append(fact)
            }
            scalarOffset += piece.unicodeScalars.count
        }
        return facts
    }

    private func extractWhole(_ document: Document) -> [Fact] {
        let text = ScalarText(document.text)
        let (tokens, marks) = text.utf8.withUnsafeBufferPointer { Tokenizer(bytes: $0, n: text.byteCount).tokenize() }
        guard !tokens.isEmpty else { return [] }
        let run = ExtractionRun(document: document, text: text, tokens: tokens, marks: marks)
        return run.facts()
    }

    /// Splits a text into pieces below `maximumBytes` of UTF-8, after a blank line where there is one in the
    /// second half of the piece, else after a line break, else at a space, else anywhere between scalars.
    static func pieces(of text: String, maximumBytes: Int) -> [Substring] {
        var pieces: [Substring] = []
        var rest = Substring(text)
        while rest.utf8.count >= maximumBytes {
            let utf8 = rest.utf8
            let limit = utf8.index(utf8.startIndex, offsetBy: maximumBytes - 1)
            let half = utf8.index(utf8.startIndex, offsetBy: maximumBytes / 2)
            var cut: String.Index?
            var lineBreak: String.Index?
            var space: String.Index?
            var i = limit
            while i > half {
                let previous = utf8.index(before: i)
                let byte = utf8[previous]
                if byte == 0x0A {
                    if lineBreak == nil { lineBreak = i }
                    if previous > utf8.startIndex, utf8[utf8.index(before: previous)] == 0x0A {
                        cut = i
                        break
                    }
                } else if byte == 0x20, space == nil {
                    space = i
                }
                i = previous
            }
            // Never split a scalar: move back to the start of the scalar the cut would fall inside.
            var at = cut ?? lineBreak ?? space ?? limit
            while at > utf8.startIndex, utf8[at] & 0xC0 == 0x80 { at = utf8.index(before: at) }
            if at == utf8.startIndex { at = rest.unicodeScalars.index(after: rest.startIndex) }
            pieces.append(rest[..<at])
            rest = rest[at...]
        }
        if !rest.isEmpty { pieces.append(rest) }
        return pieces
    }
}
