/// A word or a clause separator in a sentence, with its position in Unicode scalars.
struct Token: Equatable {
    /// What a token is.
    enum Role: Equatable {
        /// A lower-case word ("u.s." becomes "us", "japan's" becomes "japan").
        case word
        /// A run of digits (numbers and years).
        case number
        /// `,` `;` `:` `—` and other punctuation that ends a clause.
        case separator
    }

    var text: String
    var role: Role
    var start: Int
    var end: Int
}

/// Splits text into lower-case word, number and separator tokens.
enum TextTokens {
    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isLetter(scalar) || isDigit(scalar) {
                var end = index
                var word = ""
                // Letters and digits, with inner periods kept for abbreviations such as "U.S." and "3.5".
                while end < scalars.count {
                    let current = scalars[end]
                    if isLetter(current) || isDigit(current) {
                        word.unicodeScalars.append(current)
                        end += 1
                    } else if current == ".", end + 1 < scalars.count,
                              isLetter(scalars[end + 1]) || isDigit(scalars[end + 1]),
                              word.unicodeScalars.count <= 2 || word.allSatisfy(\.isNumber) {
                        end += 1
                    } else {
                        break
                    }
                }
                let lower = word.lowercased()
                var role: Token.Role = lower.allSatisfy(\.isNumber) ? .number : .word
                if role == .word, lower.first?.isNumber == true, !lower.contains(where: \.isLetter) { role = .number }
                // "japan's" → "japan": drop a possessive.
                if end + 1 < scalars.count, scalars[end] == "'" || scalars[end] == "’", scalars[end + 1] == "s" || scalars[end + 1] == "S",
                   end + 2 >= scalars.count || !isLetter(scalars[end + 2]) {
                    tokens.append(Token(text: lower, role: role, start: index, end: end))
                    index = end + 2
                    continue
                }
                tokens.append(Token(text: lower, role: role, start: index, end: end))
                index = end
                continue
            }
            if isSeparator(scalars, at: index) {
                tokens.append(Token(text: String(scalar), role: .separator, start: index, end: index + 1))
            }
            index += 1
        }
        return tokens
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// `,` followed by a space ends a clause; inside "36,869,900" it does not.
    static func isSeparator(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        switch scalars[index] {
        case ";", ":", "—", "|": return true
        case ",": return index + 1 >= scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n"
        case "–", "-":
            return index > 0 && scalars[index - 1] == " " && index + 1 < scalars.count && scalars[index + 1] == " "
        default: return false
        }
    }
}
