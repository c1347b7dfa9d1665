import Foundation

/// A small pipeline in a temporary folder: two dated documents about the same metric, outputs beside them.
struct PipelineFixture {
    let folder: TemporaryFolder
    var pipelinePath: String { folder.url.appendingPathComponent("bilateral.yml").path }
    var workbookPath: String { folder.url.appendingPathComponent("out/bilateral-briefing.xlsx").path }
    var summaryPath: String { folder.url.appendingPathComponent("out/bilateral-briefing.md").path }
    var storePath: String { folder.url.appendingPathComponent("out/bilateral.sqlite").path }

    static let factSheet = """
        People-to-People Ties

        There are more than 30,000 American alumni of the Japan Exchange and Teaching (JET) program. \
        Japanese owned firms support 860,000 jobs in the United States.
        """

    static let symposium = """
        Exchange Symposium

        The 45,000 U.S. JET alumni are a powerful grassroots force. The U.S. aims for 90 million visitors by 2027.
        """

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try folder.write("fact-sheet.txt", Self.factSheet)
        try folder.write("symposium.txt", Self.symposium)
        try folder.write("bilateral.yml", """
            name: bilateral
            title: Bilateral test briefing
            sources:
              - path: fact-sheet.txt
                title: Fact sheet
                publisher: Department
                date: 2020-01
              - path: symposium.txt
                title: Symposium summary
                date: 2025-11-20
            store: \(storePath)
            outputs:
              workbook: \(workbookPath)
              summary: \(summaryPath)

            """)
    }

    /// Runs `briefing` in the fixture's folder.
    func run(_ arguments: [String]) throws -> BriefingProcess.Result {
        try BriefingProcess.run(arguments, in: folder.url)
    }
}
