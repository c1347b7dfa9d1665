import Foundation
import ZIPFoundation

/// Reads the parts of a written .xlsx for assertions.
struct XLSXArchive {
    let parts: [String: Data]

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    /// A part's text, or "" when the part is missing.
    func text(_ part: String) -> String {
        parts[part].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Sheet names in tab order, from xl/workbook.xml.
    var sheetNames: [String] {
        matches(of: #"<sheet name="([^"]*)""#, in: text("xl/workbook.xml")).map { $0.replacingOccurrences(of: "&amp;", with: "&") }
    }

    /// The worksheet part of the sheet called `name` (sheets are numbered in tab order by libxlsxwriter).
    func sheetPart(_ name: String) -> String? {
        sheetNames.firstIndex(of: name).map { "xl/worksheets/sheet\($0 + 1).xml" }
    }

    /// Every first capture group of `pattern` in `text`.
    func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// One cell as stored: its type attribute (nil for numbers), style index and raw value or inline text.
    struct Cell: Equatable {
        let type: String?
        let style: Int
        let value: String
    }

    /// The shared strings, in index order.
    var sharedStrings: [String] {
        let text = self.text("xl/sharedStrings.xml")
        return matches(of: #"<si>(.*?)</si>"#, in: text).map { item in
            Self.unescape(matches(of: #"<t[^>]*>(.*?)</t>"#, in: item).joined())
        }
    }

    /// The cells of a worksheet part by reference ("G6").
    func cells(_ part: String) -> [String: Cell] {
        let xml = text(part)
        guard let regex = try? NSRegularExpression(pattern: #"<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)"#) else { return [:] }
        var cells: [String: Cell] = [:]
        for match in regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            guard let reference = Range(match.range(at: 1), in: xml), let attributes = Range(match.range(at: 2), in: xml) else { continue }
            let attributeText = String(xml[attributes])
            let body = Range(match.range(at: 3), in: xml).map { String(xml[$0]) } ?? ""
            let type = self.matches(of: #"t="([^"]*)""#, in: attributeText).first
            let style = Int(self.matches(of: #"s="([0-9]+)""#, in: attributeText).first ?? "0") ?? 0
            let value = self.matches(of: #"<v>(.*?)</v>"#, in: body).first
                ?? Self.unescape(self.matches(of: #"<t[^>]*>(.*?)</t>"#, in: body).joined())
            cells[String(xml[reference])] = Cell(type: type, style: style, value: value)
        }
        return cells
    }

    /// The text a cell shows: shared strings resolved, inline strings and numbers as stored.
    func string(_ cell: Cell?, sharedStrings: [String]) -> String? {
        guard let cell else { return nil }
        if cell.type == "s", let index = Int(cell.value), index < sharedStrings.count { return sharedStrings[index] }
        return cell.type == nil || cell.type == "n" ? cell.value : Self.unescape(cell.value)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
