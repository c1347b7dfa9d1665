/// Keeps an error message on the one line users see: line breaks in quoted input become visible escapes.
public enum ErrorLine {
    /// `text` with every line break written as an escape (`\n`, `\r`, `\r\n`, or `\u{2028}` and the like),
    /// judged by Character: Foundation's string replacement misses a "\n" that a combining mark follows.
    public static func escaped(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        var line = ""
        line.reserveCapacity(text.utf8.count + 8)
        for character in text {
            guard character.isNewline else {
                line.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                default: line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return line
    }

    /// The first non-empty line of an underlying error's description, for the parenthesised cause.
    public static func firstLine(of error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}
