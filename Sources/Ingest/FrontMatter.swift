import BriefingModel
import Yams

/// The YAML front matter of a Markdown file (`---` … `---`): the fields Briefing reads, and where the body starts.
struct FrontMatter {
    var title: String?
    var publisher: String?
    var date: DocumentDate?
    /// Problems with the block (not YAML, a date that is not a date).
    var warnings: [String] = []

    /// Splits `text` into its front matter and the rest; the block is absent when the text does not open with
    /// a `---` line. Works on scalars so that CRLF files split like LF files.
    static func split(_ text: String) -> (frontMatter: FrontMatter?, body: String) {
        guard text.hasPrefix("---") else { return (nil, text) }
        let scalars = text.unicodeScalars
        let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard let opening = lines.first, String(opening).trimmingSpaces() == "---" else { return (nil, text) }
        for line in lines.dropFirst() where ["---", "..."].contains(String(line).trimmingSpaces()) {
            let yaml = String(scalars[opening.endIndex ..< line.startIndex])
            let bodyStart = line.endIndex < scalars.endIndex ? scalars.index(after: line.endIndex) : scalars.endIndex
            return (parse(yaml), String(scalars[bodyStart...]))
        }
        return (nil, text)
    }

    private static func parse(_ yaml: String) -> FrontMatter {
        var result = FrontMatter()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            result.warnings.append("front matter is not valid YAML; ignored")
            return result
        }
        guard let mapping = node?.mapping else {
            if node != nil { result.warnings.append("front matter is not a mapping of keys; ignored") }
            return result
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string.lowercased(), let text = value.scalar?.string.trimmingSpaces(), !text.isEmpty
            else { continue }
            switch name {
            case "title": result.title = text
            case "publisher", "source": result.publisher = text
            case "date", "published", "updated":
                if let date = parseDate(text) {
                    result.date = max(result.date ?? date, date)
                } else {
                    result.warnings.append("front matter \(name) '\(text)' is not a date; ignored")
                }
            default: continue
            }
        }
        return result
    }

    /// Reads `2025-02-03`, `2025-02-03T10:00:00Z`, `2025-02`, `2025` or a written date (`February 3, 2025`).
    static func parseDate(_ text: String) -> DocumentDate? {
        let isoPart = text.prefix { $0 != "T" && $0 != " " }
        if let date = DocumentDate(iso: String(isoPart)) { return date }
        return DateScanner.dates(in: text[...]).first?.date
    }
}
