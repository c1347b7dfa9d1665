import Foundation

/// Writes a pipeline of many generated documents for the end-to-end benchmark.
struct PipelineFixture {
    let corpus: SampleCorpus

    /// Creates `folder/sources/doc-N.txt` and `folder/bench.yml` naming them with a glob.
    func write(documents count: Int, to folder: URL) throws {
        let sources = folder.appendingPathComponent("sources")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: 7)
        for index in 0..<count {
            let text = corpus.vary(corpus.templates[index % corpus.templates.count], using: &generator)
            try Data(text.utf8).write(to: sources.appendingPathComponent("doc-\(index).txt"))
        }
        let pipeline = """
            name: bench
            title: Benchmark pipeline (\(count) generated documents)
            sources:
              - path: sources/*.txt
                date: 2024
            outputs:
              workbook: \(folder.path)/bench-briefing.xlsx
              summary: \(folder.path)/bench-briefing.md
            store: \(folder.path)/bench.sqlite

            """
        try Data(pipeline.utf8).write(to: folder.appendingPathComponent("bench.yml"))
    }
}
