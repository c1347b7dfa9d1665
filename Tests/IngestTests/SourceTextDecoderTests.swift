@testable import Ingest
import Testing

@Suite struct SourceTextDecoderTests {
    @Test func dropsUTF8ByteOrderMark() throws {
        let decoded = try SourceTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Trade rose.".utf8), location: "a.txt")
        #expect(decoded.text == "Trade rose.")
        #expect(decoded.repairs == 0)
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let text = "円 1,200 visitors"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try SourceTextDecoder.decode(littleEndian, location: "le.txt").text == text)
        #expect(try SourceTextDecoder.decode(bigEndian, location: "be.txt").encoding == "UTF-16BE")
        #expect(try SourceTextDecoder.decode(bigEndian, location: "be.txt").text == text)
    }

    @Test func repairsInvalidUTF8AndSaysWhere() throws {
        let bytes = Array("ab".utf8) + [0xC3, 0x28] + Array("cd".utf8) + [0xFF]
        let decoded = try SourceTextDecoder.decode(bytes, location: "bad.txt")
        #expect(decoded.text == "ab\u{FFFD}(cd\u{FFFD}")
        #expect(decoded.repairs == 2)
        #expect(decoded.firstRepairOffset == 2)
    }

    @Test func keepsCarriageReturns() throws {
        #expect(try SourceTextDecoder.decode(Array("a\r\nb".utf8), location: "x").text.unicodeScalars.count == 4)
    }

    @Test func refusesBinary() {
        #expect(throws: IngestError.self) { try SourceTextDecoder.decode([0x41, 0x00, 0x42], location: "x.bin") }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("text".utf8)
        #expect { try SourceTextDecoder.decode(controls, location: "y.txt") } throws: { error in
            (error as? IngestError)?.code == .binary && "\(error)".hasPrefix("y.txt: is not a text file")
        }
    }
}
