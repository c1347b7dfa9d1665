/// Turns source bytes into text: UTF-8 with or without BOM, UTF-16 with BOM; invalid UTF-8 is repaired with
/// U+FFFD and reported; binary content is refused. Line endings are left as they are.
public enum SourceTextDecoder {
    /// Decoded text and what had to be repaired.
    public struct Decoded: Sendable, Hashable {
        /// The text, without a byte-order mark.
        public var text: String
        /// Number of invalid byte sequences replaced by U+FFFD.
        public var repairs: Int
        /// Byte offset of the first repaired sequence.
        public var firstRepairOffset: Int?
        /// The encoding found: `UTF-8` or `UTF-16LE`/`UTF-16BE`.
        public var encoding: String
    }

    /// Decodes `bytes` read from `location`; throws `.binary` for content that is not text.
    public static func decode(_ bytes: [UInt8], location: String) throws -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let reason = binaryReason(body) {
            throw IngestError(.binary, location, "is not a text file (\(reason))")
        }
        return decodeUTF8(body)
    }

    /// Why a whole source looks binary, by the same rules as `decode` (UTF-16 with a BOM is text), or nil.
    static func binaryReason(ofSource bytes: [UInt8]) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        return binaryReason(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...])
    }

    /// Why bytes look binary, or nil when they look like text: a NUL byte, or more than 10% control characters
    /// other than tab, line feed, carriage return and form feed in the first 8 KiB.
    static func binaryReason(_ bytes: ArraySlice<UInt8>) -> String? {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return "it contains NUL bytes" }
        let controls = sample.count(where: { ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0)) || $0 == 0x7F })
        if !sample.isEmpty, controls * 10 > sample.count { return "it is mostly control characters" }
        return nil
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, repairs: 0, firstRepairOffset: nil, encoding: "UTF-8")
        }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var repairs = 0
        var firstRepair: Int?
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                if firstRepair == nil { firstRepair = offset }
                repairs += 1
                offset += length
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return Decoded(text: String(scalars), repairs: repairs, firstRepairOffset: firstRepair, encoding: "UTF-8")
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var repairs = bytes.count % 2
        var firstRepair: Int? = repairs > 0 ? bytes.count - 1 : nil
        var unitOffset = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
            case .error:
                firstRepair = min(firstRepair ?? Int.max, unitOffset * 2 + 2)
                repairs += 1
                unitOffset += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return Decoded(
            text: String(scalars), repairs: repairs, firstRepairOffset: firstRepair,
            encoding: bigEndian ? "UTF-16BE" : "UTF-16LE"
        )
    }
}
