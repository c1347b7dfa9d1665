import BriefingModel
import Testing

/// Markdown and aligned text tables: year from the column header, unit and scale from the row label.
struct TableTests {
    @Test func markdownTableCells() {
        let text = """
        | Indicator | 2019 | FY2023 |
        |---|---|---|
        | Visitors to Japan (million) | 31.9 | 25.1 |
        | Trade deficit with Japan (USD billion) | 69.0 | n/a |
        | Host-nation support (¥ billion) | 201.7 | 212.3 |
        """
        let found = facts(text)
        #expect(found.map(\.value) == [31_900_000, 25_100_000, 69e9, 201.7e9, 212.3e9])
        #expect(found.map(\.unit.rawValue) == ["count", "count", "USD", "JPY", "JPY"])
        #expect(found.map(\.year) == [2019, 2023, 2019, 2019, 2023])
        #expect(found.first?.noun == "visitors")
        #expect(found.first?.category == .tourism)
        #expect(found[2].category == .trade)
    }

    @Test func alignedTextTable() {
        let text = "Indicator                      2022      2023\nExports to Japan (USD billion)   80.2      75.7\n"
        let found = facts(text)
        #expect(found.map(\.value) == [80.2e9, 75.7e9])
        #expect(found.map(\.year) == [2022, 2023])
    }
}
