import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an .xlsx back for tests: unzips parts with ZIPFoundation and parses them into a small XML tree.
/// Copy this file into other test targets that need to inspect generated workbooks.
struct XLSXReader {
    /// Every part of the package by path (`xl/worksheets/sheet1.xml`).
    let parts: [String: Data]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    /// The parsed XML of a part; throws when the part is missing or malformed.
    func xml(_ path: String) throws -> XMLTree {
        guard let data = parts[path] else { throw ReaderError.missingPart(path) }
        return try XMLTree.parse(data)
    }

    /// Shared strings in index order (rich-text runs joined).
    func sharedStrings() throws -> [String] {
        guard parts["xl/sharedStrings.xml"] != nil else { return [] }
        return try xml("xl/sharedStrings.xml").children(named: "si").map { $0.allText }
    }

    /// Cells of worksheet `index` (1-based, as in `sheetN.xml`) keyed by A1 reference.
    func cells(sheet index: Int) throws -> [String: Cell] {
        let strings = try sharedStrings()
        let sheet = try xml("xl/worksheets/sheet\(index).xml")
        var cells: [String: Cell] = [:]
        for row in sheet.first("sheetData")?.children(named: "row") ?? [] {
            for c in row.children(named: "c") {
                let reference = c.attributes["r"] ?? ""
                let type = c.attributes["t"] ?? "n"
                let raw = c.first("v")?.text
                var text = raw
                if type == "s", let raw, let i = Int(raw), i < strings.count { text = strings[i] }
                if type == "inlineStr" { text = c.first("is")?.allText }
                cells[reference] = Cell(reference: reference, type: type, value: text,
                                        formula: c.first("f")?.text, style: Int(c.attributes["s"] ?? "0") ?? 0)
            }
        }
        return cells
    }

    /// The number format code applied to a cell style index (built-in ids map to Excel's codes where common).
    func numberFormat(style: Int) throws -> String {
        let styles = try xml("xl/styles.xml")
        var codes: [Int: String] = [0: "General", 3: "#,##0", 9: "0%", 10: "0.00%", 14: "m/d/yyyy"]
        for format in styles.first("numFmts")?.children(named: "numFmt") ?? [] {
            if let id = Int(format.attributes["numFmtId"] ?? ""), let code = format.attributes["formatCode"] {
                codes[id] = code
            }
        }
        let xfs = styles.first("cellXfs")?.children(named: "xf") ?? []
        guard style < xfs.count, let id = Int(xfs[style].attributes["numFmtId"] ?? "0") else { return "General" }
        return codes[id] ?? "builtin:\(id)"
    }

    /// The cell format record (`<xf>`) for a style index, with its font, for checking bold and alignment.
    func cellStyle(_ style: Int) throws -> (xf: XMLTree, font: XMLTree?) {
        let styles = try xml("xl/styles.xml")
        let xfs = styles.first("cellXfs")?.children(named: "xf") ?? []
        guard style < xfs.count else { throw ReaderError.missingPart("xf \(style)") }
        let xf = xfs[style]
        let fonts = styles.first("fonts")?.children(named: "font") ?? []
        let fontIndex = Int(xf.attributes["fontId"] ?? "0") ?? 0
        return (xf, fontIndex < fonts.count ? fonts[fontIndex] : nil)
    }

    struct Cell: Equatable {
        let reference: String
        /// `n`, `s`, `b`, `str` (formula text result), `inlineStr`, `e`.
        let type: String
        let value: String?
        let formula: String?
        let style: Int
    }

    enum ReaderError: Error { case missingPart(String), malformed(String) }
}

/// A minimal XML element tree (names without namespace prefixes).
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func children(named name: String) -> [XMLTree] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every element named `name` at any depth, in document order.
    func descendants(named name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(named: name) }
    }

    /// Concatenated text of this element and its descendants.
    var allText: String { text + children.map(\.allText).joined() }

    static func parse(_ data: Data) throws -> XMLTree {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw XLSXReader.ReaderError.malformed(parser.parserError.map { "\($0)" } ?? "no root")
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let element = XMLTree(name: local, attributes: attributeDict)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
