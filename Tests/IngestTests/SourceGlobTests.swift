import Foundation
@testable import Ingest
import Testing

@Suite struct SourceGlobTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "a.md", false), ("?.txt", "ab.txt", false), ("a?c", "abc", true),
        ("report-[0-9][0-9].pdf", "report-07.pdf", true), ("report-[!0-9]*", "report-07.pdf", false),
        ("[^a]*", "bcd", true), ("*", ".hidden", false), (".*", ".hidden", true), ("a\\*b", "a*b", true),
        ("a\\*b", "axb", false), ("[abc", "[abc", true), ("*a*b*c*", "xxaxxbxxc", true), ("*a*b*c", "abcx", false),
    ])
    func componentMatching(pattern: String, name: String, expected: Bool) {
        #expect(GlobPattern(pattern[...]).matches(name) == expected)
    }

    @Test func expandsStarsAndDoubleStars() throws {
        let directory = try TestDirectory()
        for name in ["sources/a.txt", "sources/b.txt", "sources/c.md", "sources/.hidden.txt",
                     "sources/2024/d.txt", "sources/2024/q1/e.txt", "other/f.txt"] {
            try directory.write(name, "x")
        }
        let base = directory.path
        #expect(SourceGlob.expand(base + "/sources/*.txt") == [base + "/sources/a.txt", base + "/sources/b.txt"])
        #expect(SourceGlob.expand(base + "/sources/**/*.txt") == [
            base + "/sources/2024/d.txt", base + "/sources/2024/q1/e.txt", base + "/sources/a.txt", base + "/sources/b.txt",
        ])
        #expect(SourceGlob.expand(base + "/*/[ab].*") == [base + "/sources/a.txt", base + "/sources/b.txt"])
        #expect(SourceGlob.expand(base + "/sources/2024") == [])
        #expect(SourceGlob.expand(base + "/sources/a.txt") == [base + "/sources/a.txt"])
        #expect(SourceGlob.expand(base + "/nothing/*.txt") == [])
        #expect(SourceGlob.hasWildcards("a/*.txt") && !SourceGlob.hasWildcards("a/b.txt"))
    }
}
