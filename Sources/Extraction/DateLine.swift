/// Recognises the date line of a dated entry on a list page ("October 3, 2024 | Washington, DC",
/// "March–April 2021 | Online", "Thursday, June 12, 2025 · 6:00 p.m.", "Feb 6, 2019") and returns its year.
enum DateLine {
    private static let prefixWords = Lexicon.keys(["updated", "last", "posted", "published", "date", "dated", "on",
                                                   "issued", "released", "revised", "as", "of"])

    /// Every word a date line may open with (the tokenizer marks them `WordClass.dateLead`).
    static var leadKeys: [UInt64] { prefixWords.allKeys + Lexicon.weekdays.allKeys + Lexicon.months.allKeys }

    /// False for a token no date line starts with. Most lines start with a symbol or with a word that is no month,
    /// weekday or lead-in: their first token tells, with no lexicon probed.
    @inline(__always)
    static func mayStart(with t: Token) -> Bool { t.isNumber || (t.isWord && t.wordClass.contains(.dateLead)) }

    static func year(of tokens: [Token], scalars: ScalarText, from: Int, to: Int) -> Int? {
        guard from < to, mayStart(with: tokens[from]) else { return nil }
        var i = from
        // Optional lead-in: "Last updated:", "Thursday,".
        while i < to, tokens[i].isWord, prefixWords.contains(tokens[i].key) || Lexicon.weekdays.contains(tokens[i].key) {
            i += 1
            while i < to, tokens[i].isSymbol(":") || tokens[i].isSymbol(",") || tokens[i].isSymbol(".") { i += 1 }
        }
        guard i < to else { return nil }
        var year: Int?
        if tokens[i].isWord, Lexicon.months[tokens[i].key] != nil {
            i += 1
            if i < to, tokens[i].isSymbol(".") { i += 1 }
            // "March 9–31, 2021", "September 8–October 6, 2020", "March–April 2021", "June 2023".
            var guardCount = 0
            while i < to, guardCount < 8 {
                guardCount += 1
                let t = tokens[i]
                if t.isYearLike {
                    year = Int(t.value)
                    i += 1
                    break
                }
                if t.isNumber, t.isPlainInteger, t.value <= 31 {
                    i += 1
                    continue
                }
                if t.isSymbol("-") || t.isSymbol(",") || t.isSymbol(".") {
                    i += 1
                    continue
                }
                if t.isWord, Lexicon.months[t.key] != nil {
                    i += 1
                    continue
                }
                return nil
            }
        } else if tokens[i].isNumber, tokens[i].isPlainInteger, tokens[i].value <= 31, i + 1 < to,
                  tokens[i + 1].isWord, Lexicon.months[tokens[i + 1].key] != nil, i + 2 < to, tokens[i + 2].isYearLike
        {
            // "20 February 2025".
            year = Int(tokens[i + 2].value)
            i += 3
        } else if tokens[i].isNumber, i + 4 < to, tokens[i + 1].isSymbol("/"), tokens[i + 3].isSymbol("/"),
                  tokens[i + 4].isYearLike
        {
            year = Int(tokens[i + 4].value)
            i += 5
        } else {
            return nil
        }
        guard let found = year else { return nil }
        // The rest of the line: nothing, or a separator and a short note (place, format, time).
        if i >= to { return found }
        let next = tokens[i]
        guard next.isSymbol else { return nil }
        switch next.key {
        case 0x7C, 0xB7, 0x2022, 0x2D, 0x2C, 0x28, 0x3B, 0x2013, 0x2014: return found
        default: return nil
        }
    }
}
