import Foundation

/// Reads a PDF's text with poppler's `pdftotext -layout`, one form feed per page, and records where each page
/// starts so facts can cite their page.
struct PDFTextExtractor {
    /// Text with form feeds turned into line breaks, and the scalar offset where each page starts.
    struct Pages {
        var text: String
        var pageStarts: [Int]
    }

    /// Where `pdftotext` lives, or nil when it is not installed.
    static func findTool(named name: String = "pdftotext", path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let directories = (path ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for directory in directories {
            let candidate = directory + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `pdftotext` on the file at `path`; `location` names the source in errors.
    static func extract(path: String, location: String, tool: String? = findTool()) throws -> Pages {
        guard let tool else {
            throw IngestError(.toolMissing, location, "reading PDF needs pdftotext; install poppler-utils (apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw IngestError(.toolFailed, location, "could not start \(tool)", cause: error)
        }
        // Drain stderr on another thread so a chatty pdftotext cannot fill its pipe and stall.
        let errorText = ErrorCollector()
        let drain = Thread { errorText.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        drain.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errorText.wait()
        guard process.terminationStatus == 0 else {
            let detail = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(process.terminationStatus)"
            if detail.localizedCaseInsensitiveContains("password") {
                // The file, not the tool, is the problem: bad input the user can fix.
                throw IngestError(.unreadable, location, "is an encrypted (password-protected) PDF; save a copy without the password and list that")
            }
            throw IngestError(.toolFailed, location, "pdftotext could not read the PDF: \(detail)")
        }
        return split(String(decoding: data, as: UTF8.self))
    }

    /// Turns form feeds into line breaks and records page starts; a final form feed does not open a page.
    static func split(_ raw: String) -> Pages {
        var scalars = String.UnicodeScalarView()
        var starts = [0]
        var offset = 0
        var pageOpen = true
        for scalar in raw.unicodeScalars {
            if !pageOpen {
                starts.append(offset)
                pageOpen = true
            }
            if scalar == "\u{0C}" {
                scalars.append("\n")
                pageOpen = false
            } else {
                scalars.append(scalar)
            }
            offset += 1
        }
        return Pages(text: String(scalars), pageStarts: starts)
    }
}

/// Collects a subprocess's stderr from a helper thread and hands it over once.
private final class ErrorCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> String {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return String(decoding: data ?? Data(), as: UTF8.self)
    }
}
