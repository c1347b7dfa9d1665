import BriefingModel

/// Finds calendar dates written in prose: `February 3, 2025`, `Feb. 3 2025`, `3 February 2025`,
/// `March 2025`, `2025-02-03`. One pass over the tokens of a line; no regular expressions.
enum DateScanner {
    /// A date found in a line, with the scalar offsets it spans there.
    struct Match: Equatable {
        var date: DocumentDate
        var start: Int
        var end: Int
    }

    private struct Token {
        enum Kind { case word, number, mark }
        var kind: Kind
        var text: String
        var start: Int
        var end: Int
    }

    private static let monthNames: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The dates in `line`, in order.
    static func dates(in line: Substring) -> [Match] {
        let tokens = tokenize(line)
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            if let (match, next) = isoDate(tokens, index) ?? monthFirst(tokens, index) ?? dayFirst(tokens, index) {
                matches.append(match)
                index = next
            } else {
                index += 1
            }
        }
        return matches
    }

    private static func tokenize(_ line: Substring) -> [Token] {
        var tokens: [Token] = []
        var current: Token?
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            let kind: Token.Kind? = if scalar.properties.isAlphabetic { .word }
                else if ("0" ... "9").contains(scalar) { .number }
                else if scalar.properties.isWhitespace { nil }
                else { .mark }
            if let open = current, let kind, open.kind == kind, kind != .mark {
                current?.text.unicodeScalars.append(scalar)
                current?.end = offset + 1
                continue
            }
            if let open = current { tokens.append(open) }
            current = kind.map { Token(kind: $0, text: String(scalar), start: offset, end: offset + 1) }
        }
        if let open = current { tokens.append(open) }
        return tokens
    }

    private static func month(_ token: Token) -> Int? {
        guard token.kind == .word, let first = token.text.first, first.isUppercase else { return nil }
        return monthNames[token.text.lowercased()]
    }

    private static func year(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
              let year = Int(tokens[index].text), year >= 1900 else { return nil }
        return year
    }

    private static func day(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count <= 2 else { return nil }
        return Int(tokens[index].text)
    }

    /// The index after an ordinal suffix glued to the day (`3rd`), or `index` when there is none.
    private static func skipOrdinal(_ tokens: [Token], _ index: Int, after day: Int) -> Int {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].start == tokens[day].end,
              ["st", "nd", "rd", "th"].contains(tokens[index].text.lowercased()) else { return index }
        return index + 1
    }

    private static func isoDate(_ tokens: [Token], _ index: Int) -> (Match, Int)? {
        guard index + 4 < tokens.count, let year = year(tokens, index) else { return nil }
        let parts = tokens[index ... index + 4]
        guard zip(parts, parts.dropFirst()).allSatisfy({ $0.end == $1.start }),
              tokens[index + 1].text == "-", tokens[index + 3].text == "-",
              tokens[index + 2].kind == .number, tokens[index + 2].text.count == 2,
              tokens[index + 4].kind == .number, tokens[index + 4].text.count == 2,
              let date = DocumentDate(year: year, month: Int(tokens[index + 2].text), day: Int(tokens[index + 4].text))
        else { return nil }
        return (Match(date: date, start: tokens[index].start, end: tokens[index + 4].end), index + 5)
    }

    private static func monthFirst(_ tokens: [Token], _ index: Int) -> (Match, Int)? {
        guard let month = month(tokens[index]) else { return nil }
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].text == ".", tokens[cursor].start == tokens[index].end { cursor += 1 }
        if let day = day(tokens, cursor) {
            let dayIndex = cursor
            cursor = skipOrdinal(tokens, cursor + 1, after: dayIndex)
            if cursor < tokens.count, tokens[cursor].text == "," { cursor += 1 }
            if let year = year(tokens, cursor), let date = DocumentDate(year: year, month: month, day: day) {
                return (Match(date: date, start: tokens[index].start, end: tokens[cursor].end), cursor + 1)
            }
            return nil
        }
        if cursor < tokens.count, tokens[cursor].text == "," { cursor += 1 }
        if let year = year(tokens, cursor), let date = DocumentDate(year: year, month: month) {
            return (Match(date: date, start: tokens[index].start, end: tokens[cursor].end), cursor + 1)
        }
        return nil
    }

    private static func dayFirst(_ tokens: [Token], _ index: Int) -> (Match, Int)? {
        guard let day = day(tokens, index) else { return nil }
        var cursor = skipOrdinal(tokens, index + 1, after: index)
        guard cursor < tokens.count, let month = month(tokens[cursor]) else { return nil }
        cursor += 1
        if cursor < tokens.count, tokens[cursor].text == "." || tokens[cursor].text == "," { cursor += 1 }
        guard let year = year(tokens, cursor), let date = DocumentDate(year: year, month: month, day: day) else { return nil }
        return (Match(date: date, start: tokens[index].start, end: tokens[cursor].end), cursor + 1)
    }
}
