import Foundation

/// Expands a source pattern (`sources/*.txt`, `reports/**/*.pdf`, `notes/202[34]-??.md`) into the regular files
/// it names, sorted. `**` as a whole component matches any number of directories (not following symbolic
/// links, so loops cannot happen); wildcards do not match names starting with a dot unless the pattern does.
public enum SourceGlob {
    /// True when `pattern` contains `*`, `?` or `[`, so it must be expanded rather than read as a path.
    public static func hasWildcards(_ pattern: String) -> Bool {
        GlobPattern.hasWildcards(pattern[...])
    }

    /// The files `pattern` matches, sorted by path; relative patterns are taken from the current directory
    /// and give relative results. A pattern without wildcards gives itself when it names a file.
    public static func expand(_ pattern: String) -> [String] {
        let isAbsolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true)
        var results = Set<String>()
        walk(base: isAbsolute ? "/" : "", components: components[...], into: &results)
        return results.sorted()
    }

    private static func walk(base: String, components: ArraySlice<Substring>, into results: inout Set<String>) {
        guard let first = components.first else {
            if isRegularFile(base) { results.insert(base) }
            return
        }
        let rest = components.dropFirst()
        if first == "**" {
            walk(base: base, components: rest, into: &results)
            for entry in entries(of: base) where !entry.hasPrefix(".") {
                let path = join(base, entry)
                if isDirectory(path), !isSymbolicLink(path) { walk(base: path, components: components, into: &results) }
            }
        } else if GlobPattern.hasWildcards(first) {
            let pattern = GlobPattern(first)
            for entry in entries(of: base) where pattern.matches(entry) {
                walk(base: join(base, entry), components: rest, into: &results)
            }
        } else {
            let path = join(base, String(first))
            if FileManager.default.fileExists(atPath: path.isEmpty ? "." : path) {
                walk(base: path, components: rest, into: &results)
            }
        }
    }

    private static func join(_ base: String, _ entry: String) -> String {
        if base.isEmpty { return entry }
        return base.hasSuffix("/") ? base + entry : base + "/" + entry
    }

    private static func entries(of directory: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return !path.isEmpty && FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        return type == .typeSymbolicLink
    }
}
