import Foundation

// briefing-bench: measurements behind `make bench` (see scripts/bench.sh, which also times whole runs).
// usage:
//   briefing-bench extraction SAMPLES_DIR MEGABYTES REPETITIONS   → one JSON line
//   briefing-bench pipeline SAMPLES_DIR DOCUMENTS OUT_DIR          → writes a generated pipeline
//   briefing-bench workbook ROWS OUTPUT.xlsx                       → the cells of Benchmarks/c/write_rows.c

func runBench() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let mode = arguments.first else { throw BenchError("usage: briefing-bench extraction|pipeline ...") }
    switch mode {
    case "extraction":
        guard arguments.count == 4, let megabytes = Int(arguments[2]), let repetitions = Int(arguments[3]) else {
            throw BenchError("usage: briefing-bench extraction SAMPLES_DIR MEGABYTES REPETITIONS")
        }
        let corpus = try SampleCorpus(folder: URL(fileURLWithPath: arguments[1]))
        let measurement = ExtractionBenchmark(corpus: corpus).measure(megabytes: megabytes, repetitions: repetitions)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var object = try JSONSerialization.jsonObject(with: encoder.encode(measurement)) as? [String: Any] ?? [:]
        object["megabytesPerSecond"] = measurement.megabytesPerSecond
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    case "pipeline":
        guard arguments.count == 4, let count = Int(arguments[2]) else {
            throw BenchError("usage: briefing-bench pipeline SAMPLES_DIR DOCUMENTS OUT_DIR")
        }
        let corpus = try SampleCorpus(folder: URL(fileURLWithPath: arguments[1]))
        try PipelineFixture(corpus: corpus).write(documents: count, to: URL(fileURLWithPath: arguments[3]))
    case "workbook":
        guard arguments.count == 3, let rows = Int(arguments[1]) else {
            throw BenchError("usage: briefing-bench workbook ROWS OUTPUT.xlsx")
        }
        try WorkbookBenchmark.write(rows: rows, to: arguments[2])
    default:
        throw BenchError("unknown benchmark '\(mode)'")
    }
}

do {
    try runBench()
} catch {
    FileHandle.standardError.write(Data("briefing-bench: \(error)\n".utf8))
    exit(2)
}
