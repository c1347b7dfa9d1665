/// Short, file-name-safe document ids for sources that have no file name.
public enum DocumentID {
    /// A slug of a URL: host and path, lower-cased, runs of other characters turned into `-`
    /// (`https://www.example.org/trade/2024.html` → `www-example-org-trade-2024-html`).
    public static func slug(forURL location: String) -> String {
        var rest = Substring(location)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        var slug = ""
        var pendingDash = false
        for scalar in rest.lowercased().unicodeScalars {
            if ("a" ... "z").contains(scalar) || ("0" ... "9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "document" : String(slug.prefix(120))
    }
}
