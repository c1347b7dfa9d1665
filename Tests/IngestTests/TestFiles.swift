import Foundation

/// A temporary directory for one test, removed when the value is released.
final class TestDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefing-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` (creating folders) and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes UTF-8 text.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// A minimal, valid PDF with one line of Helvetica text per page, offsets computed so pdftotext accepts it.
func makePDF(pages: [String]) -> [UInt8] {
    var objects: [String] = []
    let pageCount = pages.count
    let fontObject = 3 + pageCount * 2
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    let kids = (0 ..< pageCount).map { "\(3 + $0 * 2) 0 R" }.joined(separator: " ")
    objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
    for (index, text) in pages.enumerated() {
        let contentObject = 4 + index * 2
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(contentObject) 0 R "
            + "/Resources << /Font << /F1 \(fontObject) 0 R >> >> >>")
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
    }
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    var output = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
        offsets.append(output.utf8.count)
        output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = output.utf8.count
    output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
        let digits = String(offset)
        output += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(output.utf8)
}
