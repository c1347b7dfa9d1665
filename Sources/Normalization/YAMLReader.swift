import Yams

/// Reads a YAML file into nodes and checks their shape, turning every problem into a `NormalizationError`
/// with the file, line and column (used by the catalog and the overrides loaders).
struct YAMLReader {
    let file: String

    /// The root node; nil for an empty file.
    func root(_ text: String) throws -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error)
        } catch {
            throw NormalizationError(.syntax, "not valid YAML", file: file, cause: String(describing: error))
        }
    }

    private func syntaxError(_ error: YamlError) -> NormalizationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return NormalizationError(.syntax, "YAML syntax error: \(detail)", file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            return NormalizationError(.duplicate, "duplicate key \(duplicates.joined(separator: ", "))", file: file,
                                      line: context.mark.line, column: context.mark.column)
        default:
            return NormalizationError(.syntax, "not valid YAML", file: file, cause: String(describing: error))
        }
    }

    func error(_ code: NormalizationError.Code, _ message: String, at node: Node?) -> NormalizationError {
        NormalizationError(code, message, file: file, line: node?.mark?.line, column: node?.mark?.column)
    }

    /// The mapping's entries by key, after rejecting keys not in `allowed` with the nearest allowed key suggested.
    func mapping(_ node: Node, allowed: [String], what: String) throws -> [String: Node] {
        guard let mapping = node.mapping else {
            throw error(.invalidValue, "\(what) must be a mapping of keys to values", at: node)
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                let hint = EditDistance.nearest(name, in: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; valid keys: \(allowed.joined(separator: ", "))"
                throw error(.unknownKey, "unknown key '\(name)' in \(what)\(hint)", at: key)
            }
            entries[name] = value
        }
        return entries
    }

    func string(_ entries: [String: Node], _ key: String, in what: String, parent: Node) throws -> String {
        guard let node = entries[key] else { throw error(.missingKey, "\(what) needs '\(key)'", at: parent) }
        guard let text = node.scalar?.string, !text.isEmpty else {
            throw error(.invalidValue, "'\(key)' in \(what) must be a non-empty text", at: node)
        }
        return text
    }

    func optionalString(_ entries: [String: Node], _ key: String, in what: String) throws -> String? {
        guard let node = entries[key] else { return nil }
        guard let text = node.scalar?.string else {
            throw error(.invalidValue, "'\(key)' in \(what) must be a text", at: node)
        }
        return text
    }

    func bool(_ entries: [String: Node], _ key: String, in what: String) throws -> Bool? {
        guard let node = entries[key] else { return nil }
        guard let value = node.bool else { throw error(.invalidValue, "'\(key)' in \(what) must be true or false", at: node) }
        return value
    }

    func strings(_ entries: [String: Node], _ key: String, in what: String) throws -> [String] {
        guard let node = entries[key] else { return [] }
        if let single = node.scalar?.string { return [single] }
        guard let sequence = node.sequence else {
            throw error(.invalidValue, "'\(key)' in \(what) must be a list of texts", at: node)
        }
        return try sequence.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw error(.invalidValue, "every entry of '\(key)' in \(what) must be a non-empty text", at: item)
            }
            return text
        }
    }
}
