/// Excel's cell text limit and the layer's rule for strings that exceed it.
enum StringLimit {
    /// Excel stores at most 32,767 characters (UTF-16 units) in a cell; libxlsxwriter rejects more.
    static let maxCharacters = 32_767
    /// Appended to truncated text so readers can see something was cut.
    static let truncationMark: Character = "…"

    /// `text` unchanged when it fits; otherwise truncated (whole characters, ending in "…") or rejected per `policy`.
    static func fit(_ text: String, policy: StringOverflowPolicy, cell: @autoclosure () -> String) throws -> String {
        // UTF-8 length bounds the UTF-16 length from above, so short strings skip the count.
        guard text.utf8.count > maxCharacters, text.utf16.count > maxCharacters else { return text }
        switch policy {
        case .throwError:
            throw WorkbookError.stringTooLong(cell: cell(), length: text.utf16.count)
        case .truncate:
            let budget = maxCharacters - 1
            var used = 0
            var end = text.startIndex
            for index in text.indices {
                let units = text[index].utf16.count
                if used + units > budget { break }
                used += units
                end = text.index(after: index)
            }
            return String(text[..<end]) + String(truncationMark)
        }
    }
}
