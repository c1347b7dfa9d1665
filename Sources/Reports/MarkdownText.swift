import Foundation

/// Makes free text safe to drop into Markdown without changing how it reads.
enum MarkdownText {
    /// Collapses line breaks and runs of white space, which would end a list item, a footnote or a table row.
    static func inline(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Inline text that is also safe inside a table cell: pipes are escaped so they do not split the cell.
    static func tableCell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// A URL as an autolink (clickable on GitHub), a file path as code.
    static func location(_ location: String) -> String {
        let lower = location.lowercased()
        if (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !location.contains(where: { $0 == " " || $0 == ">" }) {
            return "<" + location + ">"
        }
        return "`" + location.replacingOccurrences(of: "`", with: "'") + "`"
    }
}
