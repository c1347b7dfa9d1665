import BriefingModel
import Foundation

/// Turns a file or fetched bytes into a `Document`: detects the format, decodes the text, reads titles and
/// dates the source states, infers a date when none is stated, and hashes the source bytes.
public struct DocumentLoader: Sendable {
    /// "Now" for date inference: dates after it are not plausible document dates.
    public var now: Date
    /// Path of `pdftotext`; nil searches `PATH`.
    public var pdfToTextPath: String?

    /// Creates a loader.
    public init(now: Date = Date(), pdfToTextPath: String? = nil) {
        self.now = now
        self.pdfToTextPath = pdfToTextPath
    }

    /// Reads the file at `path`.
    public func load(file path: String, hints: SourceHints = SourceHints()) throws -> IngestedDocument {
        try load(bytes: Self.readFile(path), path: path, hints: hints)
    }

    /// Reads `bytes` already read from the file at `path`, with file semantics (id from the file name, format
    /// from the extension), without touching the file again: a file that changes or disappears after it was
    /// read and hashed cannot give a document that disagrees with its hash. PDFs go to pdftotext via a
    /// temporary copy of these bytes.
    public func load(bytes: [UInt8], path: String, hints: SourceHints = SourceHints()) throws -> IngestedDocument {
        let format = try Self.format(ofFile: path, bytes: bytes, hints: hints)
        return try load(bytes: bytes, location: path, id: DocumentID.forFile(path), format: format, hints: hints)
    }

    /// The format of the file at `path`: the hint, else its extension, else (no extension) a guess from the
    /// bytes. An extension Briefing does not read (`.docx`, `.png`) is an error naming the file, so a run can
    /// refuse it before any work.
    public static func format(ofFile path: String, bytes: [UInt8], hints: SourceHints = SourceHints()) throws -> SourceFormat {
        let name = (path as NSString).lastPathComponent
        let fileExtension = (name as NSString).pathExtension
        if let given = hints.format ?? SourceFormat(fileExtension: fileExtension) { return given }
        guard fileExtension.isEmpty else {
            throw IngestError(
                .unsupportedFormat, path,
                "has unsupported type '.\(fileExtension)' (Briefing reads .txt, .md, .html, .pdf; set format: to override)"
            )
        }
        return SourceFormat.sniff(bytes)
    }

    /// Throws when the file at `path` is plainly not something Briefing reads: an unsupported type or binary
    /// content where text is expected. Cheap (the first 8 KiB), so a run can refuse such files before any work.
    public static func refuseUnreadable(path: String, bytes: [UInt8], hints: SourceHints = SourceHints()) throws {
        guard try format(ofFile: path, bytes: bytes, hints: hints) != .pdf else { return }
        if let reason = SourceTextDecoder.binaryReason(ofSource: bytes) {
            throw IngestError(.binary, path, "is not a text file (\(reason))")
        }
    }

    /// The bytes of the file at `path`, or the error that says precisely why they cannot be had.
    public static func readFile(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError(.notFound, path, "no such file")
        }
        guard !isDirectory.boolValue else { throw IngestError(.isDirectory, path, "is a directory, not a file") }
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw IngestError(.unreadable, path, "could not be read: \(Self.reason(error))")
        }
    }

    /// The system's reason for a failed read ("permission denied"), not Foundation's dump of the whole error.
    static func reason(_ error: any Error) -> String {
        switch (error as? CocoaError)?.code {
        case .fileReadNoPermission?: "permission denied"
        case .fileReadNoSuchFile?: "no such file"
        case .fileReadTooLarge?: "too large"
        case .fileReadCorruptFile?, .fileReadUnknown?: "an input/output error"
        default: (error as NSError).localizedDescription
        }
    }

    /// Reads bytes fetched from `location` (a URL); the format comes from the hints, the content type, the
    /// URL's extension or the bytes themselves, in that order.
    public func load(bytes: [UInt8], location: String, contentType: String? = nil, hints: SourceHints = SourceHints()) throws
        -> IngestedDocument
    {
        let pathExtension = URL(string: location).map { $0.pathExtension } ?? ""
        let format = hints.format ?? contentType.flatMap(SourceFormat.init(contentType:))
            ?? SourceFormat(fileExtension: pathExtension) ?? SourceFormat.sniff(bytes)
        return try load(bytes: bytes, location: location, id: DocumentID.slug(forURL: location), format: format, hints: hints)
    }

    private func load(
        bytes: [UInt8], location: String, id: String, format: SourceFormat, hints: SourceHints
    ) throws -> IngestedDocument {
        guard !bytes.isEmpty else { throw IngestError(.empty, location, "is empty") }
        let read = try read(bytes, format: format, location: location)
        guard !read.text.trimmingSpaces().isEmpty else {
            // A PDF without text is almost always a scan: say so, since "no text" alone puzzles whoever sees pages.
            throw IngestError(.empty, location, format == .pdf
                ? "has no text layer (a scanned or image-only PDF?); Briefing does not read text from images, so OCR it first"
                : "has no text")
        }
        var document = Document(
            id: id, location: location, title: hints.title ?? read.title, publisher: hints.publisher ?? read.publisher,
            text: read.text, contentHash: SHA256.hex(of: bytes), format: format.rawValue
        )
        if let given = hints.date {
            document.date = given
            document.dateOrigin = .given
        } else if let stated = read.date ?? DocumentDateInferrer(now: now).infer(from: read.text)?.date {
            document.date = stated
            document.dateOrigin = .inferred
        }
        return IngestedDocument(document: document, pageStarts: read.pageStarts, warnings: read.warnings)
    }

    /// What a format reader found.
    private struct Read {
        var text: String
        var title: String?
        var publisher: String?
        var date: DocumentDate?
        var pageStarts: [Int] = []
        var warnings: [IngestWarning] = []
    }

    private func read(_ bytes: [UInt8], format: SourceFormat, location: String) throws -> Read {
        switch format {
        case .pdf:
            return try readPDF(bytes, location: location)
        case .html:
            if let charset = Self.declaredCharset(bytes), !["utf-8", "utf8"].contains(charset) {
                if let reason = SourceTextDecoder.binaryReason(bytes[...]) {
                    throw IngestError(.binary, location, "is not a text file (\(reason))")
                }
                let page = try HTMLTextExtractor.extract(bytes, encoding: nil, location: location)
                return Read(text: page.text, title: page.title, publisher: page.publisher, date: page.date)
            }
            let decoded = try SourceTextDecoder.decode(bytes, location: location)
            let page = try HTMLTextExtractor.extract(Array(decoded.text.utf8), encoding: "UTF-8", location: location)
            return Read(
                text: page.text, title: page.title, publisher: page.publisher, date: page.date,
                warnings: Self.repairWarnings(decoded, location: location)
            )
        case .markdown:
            let decoded = try SourceTextDecoder.decode(bytes, location: location)
            let (frontMatter, body) = FrontMatter.split(decoded.text)
            let warnings = Self.repairWarnings(decoded, location: location)
                + (frontMatter?.warnings ?? []).map { IngestWarning(location: location, message: $0) }
            return Read(
                text: body, title: frontMatter?.title ?? Self.firstMarkdownHeading(body), publisher: frontMatter?.publisher,
                date: frontMatter?.date, warnings: warnings
            )
        case .text:
            let decoded = try SourceTextDecoder.decode(bytes, location: location)
            return Read(text: decoded.text, warnings: Self.repairWarnings(decoded, location: location))
        }
    }

    /// pdftotext reads files, so the bytes go to a private temporary copy; the original file is not read again.
    private func readPDF(_ bytes: [UInt8], location: String) throws -> Read {
        let tool = pdfToTextPath ?? PDFTextExtractor.findTool()
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-\(ProcessInfo.processInfo.globallyUniqueString).pdf")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw IngestError(.unreadable, location, "could not stage the PDF for pdftotext", cause: error)
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let pages = try PDFTextExtractor.extract(path: temporary.path, location: location, tool: tool)
        return Read(text: pages.text, pageStarts: pages.pageStarts)
    }

    private static func repairWarnings(_ decoded: SourceTextDecoder.Decoded, location: String) -> [IngestWarning] {
        guard decoded.repairs > 0 else { return [] }
        let position = decoded.firstRepairOffset.map { " (first at byte \($0))" } ?? ""
        return [IngestWarning(
            location: location,
            message: "invalid \(decoded.encoding) repaired: \(decoded.repairs) byte sequence(s) replaced with U+FFFD\(position)"
        )]
    }

    /// The text of the first `# ` heading, used as a Markdown title when front matter gives none.
    private static func firstMarkdownHeading(_ body: String) -> String? {
        for line in body.split(whereSeparator: \.isNewline) where line.hasPrefix("# ") {
            return line.dropFirst(2).trimmingSpaces().nonEmpty
        }
        return nil
    }

    /// The `charset=` an HTML page declares in its first 4 KiB, lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }
}
