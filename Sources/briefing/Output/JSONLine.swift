/// Builds one JSON object with keys in a fixed order (the contract's field order), numbers printed the way
/// Python's `json` reads them back exactly, and strings escaped per RFC 8259.
struct JSONLine {
    private var parts: [String] = []

    mutating func add(_ key: String, _ value: String?) {
        parts.append(JSONLine.quote(key) + ":" + (value.map(JSONLine.quote) ?? "null"))
    }

    mutating func add(_ key: String, _ value: Int?) {
        parts.append(JSONLine.quote(key) + ":" + (value.map(String.init) ?? "null"))
    }

    mutating func add(_ key: String, _ value: Double?) {
        parts.append(JSONLine.quote(key) + ":" + (value.map(JSONLine.number) ?? "null"))
    }

    /// Adds a value that is already JSON (an object or array built elsewhere).
    mutating func addRaw(_ key: String, _ json: String) {
        parts.append(JSONLine.quote(key) + ":" + json)
    }

    var text: String { "{" + parts.joined(separator: ",") + "}" }

    /// A finite double as JSON: integral values without a fraction, others in shortest round-trip form;
    /// non-finite values have no JSON spelling and become null.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
