import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func missingFileIsBadInputNamingTheFile() throws {
        let result = try BriefingProcess.run(["extract", "/nonexistent/briefing-missing.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("/nonexistent/briefing-missing.txt"))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func emptyFileIsBadInput() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("empty.txt", "")
        let result = try BriefingProcess.run(["extract", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("empty.txt: is empty"))
    }

    @Test func binaryFileIsBadInput() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        let result = try BriefingProcess.run(["extract", path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("image.txt: is a binary file"))
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" sold 40 cups.".utf8))
        let result = try BriefingProcess.run(["extract", path, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("latin1.txt: invalid UTF-8"))
    }

    @Test func badDateIsBadUsage() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.txt", "Some 40 people came.")
        let result = try BriefingProcess.run(["extract", path, "--date", "2024-13"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--date '2024-13'"))
    }

    @Test func withoutDateTheDocumentDateIsInferredAsInRun() throws {
        let folder = try TemporaryFolder()
        let text = "FACT SHEET: Summit Deliverables\nWashington, April 10, 2024\n\nJapan will host 30,000 students."
        let path = try folder.write("fact-sheet.txt", text)
        let inferred = try BriefingProcess.run(["extract", path, "--format", "jsonl"])
        #expect(inferred.status == 0)
        #expect(inferred.standardOutput.contains("\"year\":2024"))
        let given = try BriefingProcess.run(["extract", path, "--format", "jsonl", "--date", "2019"])
        #expect(given.standardOutput.contains("\"year\":2019"))
    }

    @Test func unknownFormatIsBadUsage() throws {
        let result = try BriefingProcess.run(["extract", "x.txt", "--format", "xml"])
        #expect(result.status == 2)
    }

    @Test func jsonlLinesCarryTheContractFieldsAndOffsetsPointAtText() throws {
        let folder = try TemporaryFolder()
        let text = "\u{FEFF}Fact sheet\r\nJapan has invested over USD $480 billion and firms support 860,000 jobs."
        let path = try folder.write("fact-sheet.txt", text)
        let result = try BriefingProcess.run(["extract", path, "--format", "jsonl", "--date", "2020-01"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        let body = Array(String(text.dropFirst()).unicodeScalars)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for field in ["document", "text", "start", "end", "sentence", "value", "unit", "qualifier", "category",
                          "kind", "year", "metric", "subject", "confidence"] {
                #expect(object.keys.contains(field), "missing \(field) in \(line)")
            }
            #expect(object["document"] as? String == "fact-sheet")
            let start = try #require(object["start"] as? Int)
            let end = try #require(object["end"] as? Int)
            #expect(0 <= start && start < end && end <= body.count)
            let slice = String(String.UnicodeScalarView(body[start..<end]))
            #expect(slice == object["text"] as? String)
        }
    }

    @Test func csvHasAHeaderAndQuotesSentences() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.txt", "In 2023, 2,884 U.S. citizens took part, about half of all participants.")
        let result = try BriefingProcess.run(["extract", path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("document,text,start,end,sentence,value"))
    }


    @Test func helpListsEverySubcommand() throws {
        let result = try BriefingProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["run", "extract", "diff", "history", "report", "schedule", "validate"] {
            #expect(result.standardOutput.contains("  \(command)"), "help lacks \(command)")
        }
    }
}
