import Foundation
import FuzzSupport
import Pipeline

/// A folder the generated pipeline files resolve against: it holds `a.txt` and the sample pipeline's three
/// source names, so valid seeds load and mutations of them reach the checks past the sources.
let folder: String = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-pipeline")
    let sources = root.appendingPathComponent("sources")
    try? FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    let files = ["a.txt", "sources/s01-jcie-programs.txt", "sources/s02-state-fact-sheet.txt", "sources/s03-symposium-2025.txt"]
    for name in files {
        _ = FileManager.default.createFile(atPath: root.appendingPathComponent(name).path, contents: Data("Some 40 people.".utf8))
    }
    return root.path
}()

/// The pipeline-file loader on arbitrary text: it loads a file with sources or refuses it with one
/// `PipelineError` of code `invalidPipelineFile` naming the file on one line, with a line inside the text when it
/// gives one (as PipelineFileFuzzTests checks); never another error, a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipelineFile(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let yaml = fuzzText(data, count)
    let path = folder + "/fuzz.yml"
    do {
        let file = try PipelineFile.parse(yaml: yaml, path: path, workingDirectory: folder)
        if file.sources.isEmpty { fuzzFailure("loaded a pipeline file without sources", input: yaml) }
    } catch let error as PipelineError {
        let line = error.description
        guard error.code == .invalidPipelineFile else { fuzzFailure("error code \(error.code): \(line)", input: yaml) }
        guard line.hasPrefix(path), !line.contains(where: \.isNewline) else {
            fuzzFailure("not one line naming the file: \(line.debugDescription)", input: yaml)
        }
        let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
        if let number = error.line, !(1...(lines + 1)).contains(number) {
            fuzzFailure("line \(number) outside the text's \(lines) lines: \(line)", input: yaml)
        }
    } catch {
        fuzzFailure("not a PipelineError: \(error)", input: yaml)
    }
    return 0
}
