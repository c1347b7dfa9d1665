import BriefingModel
import Extraction
import FuzzSupport

/// One extractor for every input: it is stateless, and building it per input would only slow the fuzzer.
let extractor = Extractor()

/// The extractor on arbitrary text: no crash or hang, and every fact points at its own text — the same
/// invariants as ExtractorRobustnessTests (offsets inside the document, `text` the scalars there, the sentence
/// containing it, a finite value).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = fuzzText(data, count)
    let scalars = Array(text.unicodeScalars)
    for fact in extractor.extract(Document(id: "fuzz", location: "fuzz.txt", text: text)) {
        guard fact.start >= 0, fact.start < fact.end, fact.end <= scalars.count else {
            fuzzFailure("offsets \(fact.start)..<\(fact.end) outside \(scalars.count) scalars", input: text)
        }
        guard fact.text.unicodeScalars.elementsEqual(scalars[fact.start..<fact.end]) else {
            fuzzFailure("fact text \(fact.text.debugDescription) is not the text at \(fact.start)..<\(fact.end)", input: text)
        }
        // By scalars, as the property does: a fact may end inside a grapheme.
        guard contains(Array(fact.sentence.unicodeScalars), Array(fact.text.unicodeScalars)) else {
            fuzzFailure("sentence \(fact.sentence.debugDescription) lacks \(fact.text.debugDescription)", input: text)
        }
        guard fact.value.isFinite else { fuzzFailure("value \(fact.value) for \(fact.text.debugDescription)", input: text) }
    }
    return 0
}

/// Whether `needle` occurs in `haystack` as a contiguous run.
func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}
