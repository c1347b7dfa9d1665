/// Short, file-name-safe document ids: a file's name without extension, a URL's slug, and unique ids for the
/// documents of one pipeline.
public enum DocumentID {
    /// A slug of a URL: host and path, lower-cased, runs of other characters turned into `-`
    /// (`https://www.example.org/trade/2024.html` → `www-example-org-trade-2024-html`).
    public static func slug(forURL location: String) -> String {
        var rest = Substring(location)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return slug(rest) ?? "document"
    }

    /// The id of a file: its name without the extension (`reports/2024/trade.pdf` → `trade`).
    public static func forFile(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name.isEmpty ? "document" : name }
        return String(name[..<dot])
    }

    /// Ids for the sources of one pipeline, in order, all different and the same for the same list.
    /// Each source keeps its usual id (`forFile`, `slug(forURL:)`) unless another source shares it; then each
    /// of those takes a slug of its whole path without the extension (`2024/report.txt` → `2024-report`),
    /// then with it (`2024-report-txt`), and a number (`-2`, `-3`, …) only when even that is taken.
    public static func unique(for sources: [(location: String, isURL: Bool)]) -> [String] {
        let usual = sources.map { $0.isURL ? slug(forURL: $0.location) : forFile($0.location) }
        let usualCounts = Dictionary(usual.map { ($0, 1) }, uniquingKeysWith: +)
        var candidates = usual
        for index in sources.indices where usualCounts[usual[index], default: 0] > 1 && !sources[index].isURL {
            candidates[index] = pathSlug(sources[index].location, keepingExtension: false)
        }
        let pathCounts = Dictionary(candidates.map { ($0, 1) }, uniquingKeysWith: +)
        for index in sources.indices where pathCounts[candidates[index], default: 0] > 1 && !sources[index].isURL
            && candidates[index] != usual[index] {
            candidates[index] = pathSlug(sources[index].location, keepingExtension: true)
        }
        var taken = Set<String>()
        var ids: [String] = []
        ids.reserveCapacity(sources.count)
        for candidate in candidates {
            var id = candidate
            var number = 2
            while taken.contains(id) {
                id = "\(candidate)-\(number)"
                number += 1
            }
            taken.insert(id)
            ids.append(id)
        }
        return ids
    }

    private static func pathSlug(_ path: String, keepingExtension: Bool) -> String {
        var trimmed = Substring(path)
        if !keepingExtension {
            let stem = forFile(path)
            let name = path.split(separator: "/").last ?? ""
            if stem.count < name.count { trimmed = trimmed.dropLast(name.count - stem.count) }
        }
        return slug(trimmed) ?? forFile(path)
    }

    /// Lower-case letters and digits with single `-` between runs; nil when nothing is left.
    private static func slug(_ text: Substring) -> String? {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a" ... "z").contains(scalar) || ("0" ... "9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? nil : String(slug.prefix(120))
    }
}
