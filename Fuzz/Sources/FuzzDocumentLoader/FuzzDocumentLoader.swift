import Foundation
import FuzzSupport
import Ingest

/// A fixed "now", so date inference gives the same answer for the same input on every run.
let loader = DocumentLoader(now: Date(timeIntervalSince1970: 1_767_225_600))
/// The formats read without a helper program; PDFs go to pdftotext, a process per input, far too slow here.
let paths = ["fuzz.txt", "fuzz.md", "fuzz.html"]

/// The document loader on arbitrary bytes as a text, Markdown or HTML file (the first byte picks which): it
/// returns a document with text or throws an `IngestError`; never another error, a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentLoader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = Array(fuzzBytes(data, count))
    let path = paths[Int(bytes[0]) % paths.count]
    let content = Array(bytes.dropFirst())
    do {
        let document = try loader.load(bytes: content, path: path).document
        if document.text.isEmpty { fuzzFailure("\(path) loaded with no text", input: String(decoding: content, as: UTF8.self)) }
    } catch is IngestError {
        return 0
    } catch {
        fuzzFailure("\(path): not an IngestError: \(error)", input: String(decoding: content, as: UTF8.self))
    }
    return 0
}
