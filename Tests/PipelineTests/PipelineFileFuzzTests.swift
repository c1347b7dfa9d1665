import Foundation
import Pipeline
import PropertyBased
import Testing

/// The pipeline-file loader on generated YAML: it either loads the file or refuses it with one `PipelineError`
/// of code `invalidPipelineFile` that names the file on one line (with a line inside the text when it gives
/// one); never another error, never a crash or a hang.
@Suite(.timeLimit(.minutes(30))) struct PipelineFileFuzzTests {
    static let folder: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.appendingPathComponent("a.txt").path, contents: Data("Some 40 people.".utf8))
        return url.path
    }()

    /// Pieces YAML is made of, the pipeline file's keys and values, and the awkward characters between them.
    static let pieces = [
        "name", "title", "sources", "outputs", "workbook", "summary", "template", "schedule", "cron", "timezone",
        "overlap", "catch_up", "fetch", "timeout_seconds", "user_agent", "store", "catalog", "overrides", "path",
        "url", "date", "format", "publisher", ":", ": ", " ", "  ", "\n", "\n  ", "\n    ", "- ", "-", "[", "]", "{", "}",
        ",", "\"", "'", "#", "&a ", "*a", "!!str ", "!!int ", "|", ">", "? ", "%YAML 1.2\n", "---\n", "...\n", "\t",
        "2024-13-45", "2024-05", "0 7 * * *", "61 * * * *", "@daily", "Asia/Tokyo", "Mars/Base", "http://x.test/a",
        "ftp://x", "a.txt", "*.txt", "**/", "~", "null", "~/x", "1e9", "-1", "0", "3601", "skip", "queue", "all",
        "é", "\u{301}", "\u{736}", "\u{85}", "\u{2028}", "\u{0}", "\u{FEFF}", "日本", "\r\n", "\\", "\u{7F}", "<<: ", "pdf", "html", "text", "../", "/",
    ]

    static let valid = """
        name: fuzz
        title: Fuzz
        sources:
          - path: a.txt
            date: 2024-05
          - url: http://x.test/page
        outputs:
          workbook: out.xlsx
          summary: out.md
        schedule:
          cron: "0 7 * * 1-5"
          timezone: Asia/Tokyo
        fetch:
          timeout_seconds: 5

        """

    static func expectLoadsOrRefusesCleanly(_ yaml: String) {
        let path = folder + "/fuzz.yml"
        do {
            let file = try PipelineFile.parse(yaml: yaml, path: path, workingDirectory: folder)
            #expect(!file.sources.isEmpty, "a loaded pipeline file has sources: \(yaml.debugDescription)")
        } catch let error as PipelineError {
            let line = error.description
            #expect(error.code == .invalidPipelineFile, "\(error.code) for \(yaml.debugDescription)")
            #expect(line.hasPrefix(path), "\(line)")
            let breaks = line.filter(\.isNewline)
            #expect(breaks.isEmpty, "not one line: \(line.debugDescription)")
            if let number = error.line {
                #expect(number >= 1 && number <= yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count + 1,
                        "line \(number) outside the text: \(yaml.debugDescription)")
            }
        } catch {
            Issue.record("not a PipelineError: \(error) for \(yaml.debugDescription)")
        }
    }

    /// libFuzzer's find: a block-scalar name whose second line starts with a combining mark (U+0736). Foundation's
    /// replacement saw "\n" + U+0736 as one composed sequence and left that line break in the message.
    @Test func lineBreakBeforeCombiningMarkIsEscaped() throws {
        let yaml = "name: |\n -1 m}lti\n \u{736}x\u{301}\n\u{2028}y\nsources:\n  - path: a.txt\n"
        #expect(throws: PipelineError.self) { _ = try PipelineFile.parse(yaml: yaml, path: Self.folder + "/fuzz.yml", workingDirectory: Self.folder) }
        Self.expectLoadsOrRefusesCleanly(yaml)
        let crash = try #require(Data(base64Encoded: """
            bmFtZTogfAogLTEgbX1sdGkKICBsaW5saW5qa3NlyDogImF0aDogYS50eHQKICAjIGNvbUNDQ0NDQ0NDQ0NDQENDQ0NDQ0NDQ2Xc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3Ny23Nzc3Nzc3Nzc3Nzc3Nzc3Nzc3NzcQ0NDQ9zcbgog3Lbc3NzcfDp1bGFtZW0gIAog3Nzc3Nx8OnVsdGk=
            """))
        Self.expectLoadsOrRefusesCleanly(String(decoding: crash, as: UTF8.self))
    }

    @Test func generatedYAMLLoadsOrIsRefusedWithOneLine() async {
        await propertyCheck(count: FuzzBudget.count, input: SeedStream.text(of: Self.pieces, count: 0...60)) { yaml in
            Self.expectLoadsOrRefusesCleanly(yaml)
        }
    }

    @Test func mutatedValidFileLoadsOrIsRefusedWithOneLine() async {
        let edits = SeedStream.generator { stream in
            (0..<stream.number(in: 1...6)).map { _ in
                (stream.number(in: 0...1_000), stream.element(of: Self.pieces), stream.number(in: 0...3))
            }
        }
        await propertyCheck(count: FuzzBudget.count, input: edits) { edits in
            var scalars = Array(Self.valid.unicodeScalars)
            for (position, piece, action) in edits {
                let index = position % (scalars.count + 1)
                switch action {
                case 0: scalars.insert(contentsOf: piece.unicodeScalars, at: index)
                case 1 where index < scalars.count: scalars.removeSubrange(index..<min(scalars.count, index + piece.unicodeScalars.count))
                case 2 where index < scalars.count: scalars[index] = piece.unicodeScalars.first ?? " "
                default: scalars.insert(contentsOf: "\n".unicodeScalars, at: index)
                }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            Self.expectLoadsOrRefusesCleanly(String(text))
        }
    }

    @Test func theUnmutatedFileLoads() throws {
        let file = try PipelineFile.parse(yaml: Self.valid, path: Self.folder + "/fuzz.yml", workingDirectory: Self.folder)
        #expect(file.name == "fuzz" && file.sources.count == 2 && file.schedule?.timeZone.identifier == "Asia/Tokyo")
    }
}
