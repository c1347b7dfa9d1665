/// Excel's rules for worksheet names, checked before libxlsxwriter so errors can say which rule was broken.
enum SheetNameRules {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` cannot name a new sheet next to `existing`, or nil.
    static func problem(with name: String, existing: [String]) -> String? {
        if name.isEmpty { return "the name is empty" }
        let length = name.unicodeScalars.count
        if length > maxLength { return "\(length) characters, Excel allows at most \(maxLength)" }
        if let bad = name.first(where: forbidden.contains) {
            return "contains '\(bad)'; Excel forbids any of [ ] : * ? / \\"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "cannot start or end with an apostrophe" }
        if name.lowercased() == "history" { return "'History' is reserved by Excel" }
        let lowered = name.lowercased()
        if let clash = existing.first(where: { $0.lowercased() == lowered }) {
            return "a sheet named '\(clash)' already exists (names are case-insensitive)"
        }
        return nil
    }
}
