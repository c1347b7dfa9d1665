/// The formats Briefing reads.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case text, markdown, html, pdf

    /// The format a file extension implies (case-insensitive), or nil for extensions Briefing does not read.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The format an HTTP `Content-Type` implies, or nil when it says nothing useful.
    public init?(contentType: String) {
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        switch mediaType {
        case "text/html", "application/xhtml+xml": self = .html
        case "application/pdf": self = .pdf
        case "text/markdown", "text/x-markdown": self = .markdown
        case "text/plain": self = .text
        default: return nil
        }
    }

    /// Guesses from the first bytes: `%PDF` is PDF, a leading `<!doctype html` or `<html` is HTML, else text.
    public static func sniff<Bytes: Collection>(_ bytes: Bytes) -> SourceFormat where Bytes.Element == UInt8 {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if trimmed.hasPrefix("%pdf") { return .pdf }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        return .text
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first ... last]))
    }
}
