import Foundation
import Mustache

/// The Markdown summary: a Mustache template filled from a report.
public enum MarkdownSummary {
    /// Switches off HTML escaping: the output is Markdown, where `&amp;` would show literally.
    static let textPragma = "{{% CONTENT_TYPE: TEXT }}\n"

    /// Renders the summary with the template at `templatePath`, or with the built-in one when nil.
    public static func render(_ report: BriefingReport, templatePath: String? = nil) throws -> String {
        guard let templatePath else { return try render(report, templateText: builtInTemplate()) }
        let text: String
        do {
            text = try String(contentsOfFile: templatePath, encoding: .utf8)
        } catch {
            throw ReportsError(code: .templateUnreadable, message: "cannot read the summary template", path: templatePath, cause: error)
        }
        return try render(report, templateText: text, origin: templatePath)
    }

    /// Renders the summary with a template given as text; `origin` names it in errors.
    public static func render(_ report: BriefingReport, templateText: String, origin: String? = nil) throws -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: textPragma + templateText)
        } catch {
            throw ReportsError(code: .templateInvalid, message: "the summary template is not valid Mustache", path: origin, cause: error)
        }
        return template.render(SummaryContext(report: report))
    }

    /// The text of the built-in template, Templates/briefing.md.mustache.
    public static func builtInTemplate() throws -> String {
        guard let url = Bundle.module.url(forResource: "briefing.md", withExtension: "mustache", subdirectory: "Templates") else {
            throw ReportsError(code: .builtInTemplateMissing, message: "the built-in summary template is missing from the Reports bundle")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ReportsError(code: .builtInTemplateMissing, message: "cannot read the built-in summary template", path: url.path, cause: error)
        }
    }
}

/// Renders the Markdown summary of a report with the template at `template` (a file path), or the built-in one.
public func renderMarkdown(_ report: BriefingReport, template: String? = nil) throws -> String {
    try MarkdownSummary.render(report, templatePath: template)
}
