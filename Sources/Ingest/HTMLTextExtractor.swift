import BriefingModel
internal import CLibXML2

/// Reads HTML with libxml2's forgiving parser: the visible body text (blocks as lines, headings and list items
/// on their own lines, scripts, styles and navigation dropped), the title and the dates and publisher that
/// `<meta>` tags state.
struct HTMLTextExtractor {
    /// What an HTML page yields.
    struct Page {
        var text: String
        var title: String?
        var publisher: String?
        var date: DocumentDate?
    }

    private static let dropped: Set<String> = [
        "script", "style", "nav", "noscript", "template", "svg", "iframe", "object", "canvas", "head", "button", "select",
    ]
    private static let sectionBlocks: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl", "table", "blockquote", "pre", "figure",
    ]
    private static let lineBlocks: Set<String> = [
        "div", "li", "tr", "dt", "dd", "br", "section", "article", "header", "footer", "main", "aside", "address",
        "caption", "figcaption", "hr", "form", "fieldset", "details", "summary", "option", "body", "center",
    ]
    private static let dateKeys = [
        "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.issued", "dcterms.created", "citation_publication_date", "og:published_time", "article:modified_time",
        "datemodified", "og:updated_time", "last-modified",
    ]
    private static let publisherKeys = ["og:site_name", "publisher", "dc.publisher", "dcterms.publisher", "citation_publisher"]

    /// libxml2 must be initialised once before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes`; `encoding` is nil to let libxml2 follow the page's own charset declaration.
    static func extract(_ bytes: [UInt8], encoding: String?, location: String) throws -> Page {
        _ = initialized
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlReadMemory(characters, Int32(clamping: buffer.count), location, encoding, options)
            }
        }
        guard let document else { throw IngestError(.unsupportedFormat, location, "could not be parsed as HTML") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw IngestError(.empty, location, "has no HTML content")
        }
        var reader = TreeReader()
        reader.readMeta(root)
        var builder = HTMLTextBuilder()
        reader.readText(body(of: root) ?? root, into: &builder, preformatted: false)
        let date = dateKeys.lazy.compactMap { reader.meta[$0].flatMap(FrontMatter.parseDate) }.first
        let publisher = publisherKeys.lazy.compactMap { reader.meta[$0] }.first
        let title = reader.title ?? reader.meta["og:title"] ?? reader.firstHeading
        return Page(text: builder.text, title: title, publisher: publisher, date: date)
    }

    private static func body(of root: xmlNodePtr) -> xmlNodePtr? {
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, name(of: node) == "body" { return node }
            child = node.pointee.next
        }
        return nil
    }

    fileprivate static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// Walks the tree collecting text, the title, `<meta>` values and the first heading.
    private struct TreeReader {
        var meta: [String: String] = [:]
        var title: String?
        var firstHeading: String?

        mutating func readMeta(_ node: xmlNodePtr) {
            var child: xmlNodePtr? = node
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    switch HTMLTextExtractor.name(of: current) {
                    case "meta": readMetaTag(current)
                    case "title" where title == nil:
                        title = Self.plainText(of: current).nonEmpty
                    case "h1" where firstHeading == nil:
                        firstHeading = Self.plainText(of: current).nonEmpty
                    case "script", "style": break
                    default: if let children = current.pointee.children { readMeta(children) }
                    }
                }
                child = current.pointee.next
            }
        }

        private mutating func readMetaTag(_ node: xmlNodePtr) {
            let attributes = Self.attributes(of: node)
            guard let content = attributes["content"]?.trimmingSpaces(), !content.isEmpty else { return }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let name = attributes[key]?.lowercased(), meta[name] == nil { meta[name] = content }
            }
        }

        func readText(_ node: xmlNodePtr, into builder: inout HTMLTextBuilder, preformatted: Bool) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { builder.append(String(cString: content), preformatted: preformatted) }
            case XML_ELEMENT_NODE:
                let name = HTMLTextExtractor.name(of: node)
                if HTMLTextExtractor.dropped.contains(name) { return }
                let breaks = HTMLTextExtractor.sectionBlocks.contains(name) ? 2
                    : HTMLTextExtractor.lineBlocks.contains(name) ? 1 : 0
                if breaks > 0 { builder.breakLine(breaks) }
                if name == "td" || name == "th" { builder.separateCell() }
                var child = node.pointee.children
                while let current = child {
                    readText(current, into: &builder, preformatted: preformatted || name == "pre")
                    child = current.pointee.next
                }
                if breaks > 0 { builder.breakLine(breaks) }
            default:
                return
            }
        }

        static func plainText(of node: xmlNodePtr) -> String {
            var builder = HTMLTextBuilder()
            TreeReader().readText(node, into: &builder, preformatted: false)
            return builder.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }

        static func attributes(of node: xmlNodePtr) -> [String: String] {
            var result: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                if let name = current.pointee.name {
                    var value = ""
                    var child = current.pointee.children
                    while let part = child {
                        if let content = part.pointee.content { value += String(cString: content) }
                        child = part.pointee.next
                    }
                    result[String(cString: name).lowercased()] = value
                }
                attribute = current.pointee.next
            }
            return result
        }
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
