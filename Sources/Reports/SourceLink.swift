import Foundation
import Workbook

/// Hyperlinks to source documents: web addresses as they are, file paths through Excel's `external:` form.
enum SourceLink {
    /// Excel keeps at most 65,530 hyperlinks per sheet; above this many rows links become HYPERLINK formulas.
    static let hyperlinkLimit = 65_000
    /// Excel's longest hyperlink address.
    static let maximumURLLength = 2_079
    /// Excel's longest text literal inside a formula, which bounds a HYPERLINK formula's address.
    static let maximumFormulaLiteral = 255

    /// The link target for a document location, or nil when Excel could not store it. Absolute paths become
    /// `file://` URLs, which work wherever the workbook is opened on the same machine; relative paths stay
    /// relative to the workbook's folder (Excel's `external:` form).
    static func target(for location: String) -> String? {
        guard !location.isEmpty else { return nil }
        let lower = location.lowercased()
        let target: String
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://") {
            target = location
        } else if location.hasPrefix("/") {
            target = "file://" + (location.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location)
        } else {
            target = "external:" + location
        }
        return target.count <= maximumURLLength ? target : nil
    }

    /// A cell linking to `location`: a hyperlink, or with `asFormula` a HYPERLINK formula (which has no per-sheet
    /// limit); plain text when the location cannot be linked.
    static func cell(_ location: String?, asFormula: Bool, format: FormatID) -> SheetCell {
        guard let location, !location.isEmpty else { return .text(nil) }
        guard let target = target(for: location) else { return .text(location) }
        guard asFormula else {
            // libxlsxwriter shows relative `external:` links with Windows backslashes; writing the text over the
            // link keeps the link and shows the path as the source gave it.
            let shown = target.hasPrefix("external:") ? location : nil
            return SheetCell(.url(target, text: location, tooltip: nil), format: format, shownText: shown)
        }
        let address = target.hasPrefix("external:") ? String(target.dropFirst("external:".count)) : target
        guard address.count <= maximumFormulaLiteral, location.count <= maximumFormulaLiteral else { return .text(location) }
        let formula = "HYPERLINK(\(quoted(address)),\(quoted(location)))"
        return SheetCell(.formula(formula, cached: .string(location)), format: format)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
