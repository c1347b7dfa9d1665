/// Excel's rules for defined names, checked by the layer because libxlsxwriter 1.1.4 accepts some invalid names.
enum DefinedNameRules {
    /// Why `name` cannot be a defined name, or nil.
    static func problem(with name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "the name is empty" }
        if name.unicodeScalars.count > 255 { return "longer than 255 characters" }
        guard first.properties.isAlphabetic || first == "_" || first == "\\" else {
            return "must start with a letter, underscore or backslash"
        }
        if let bad = name.unicodeScalars.first(where: { !($0.properties.isAlphabetic || $0.properties.numericType != nil
                                                           || $0 == "_" || $0 == "." || $0 == "\\") }) {
            return "contains '\(bad)'; only letters, digits, _ . and \\ are allowed"
        }
        if looksLikeCellReference(name) { return "looks like a cell reference" }
        return nil
    }

    /// `A1`, `XFD1048576`, `R1C1`, `R`, `C` would be read as references, not names.
    private static func looksLikeCellReference(_ name: String) -> Bool {
        let upper = name.uppercased()
        if upper == "R" || upper == "C" { return true }
        let letters = upper.prefix { $0.isASCII && $0.isLetter }
        let digits = upper.dropFirst(letters.count)
        if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        if upper.hasPrefix("R"), upper.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "C") }),
           upper.contains("C") { return true }
        return false
    }
}
