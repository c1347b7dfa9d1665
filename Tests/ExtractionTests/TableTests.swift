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

    @Test func yearsDownTheFirstColumn() {
        let aligned = """
        Table 1. U.S. Trade with Japan ($ billions)
        Year     Exports   Imports   Balance
        2021      74.6      135.1     -60.5
        2022      80.3      148.1     -67.8
        """
        let found = facts(aligned, date: "2025")
        #expect(found.map(\.value) == [74.6e9, 135.1e9, -60.5e9, 80.3e9, 148.1e9, -67.8e9])
        #expect(found.allSatisfy { $0.unit == .usd && $0.category == .trade })
        #expect(found.map(\.year) == [2021, 2021, 2021, 2022, 2022, 2022])

        let pipe = "Trade with Japan ($ billion)\n\n| Year | Exports |\n|---|---|\n| 2021 | 74.6 |\n| FY2022 | 80.3 |\n"
        #expect(facts(pipe, date: "2025").map(\.year) == [2021, 2022])
        // A label that only mentions a year does not date its row.
        let since = "| Line | Value |\n|---|---|\n| since 1952 | 40 |\n"
        #expect(facts(since, date: "2025").map(\.year) == [2025])
        // Prose lines that start with a year are no table.
        #expect(facts("2021 was a good year.\n2022 was better, with 40 new members.", date: "2025").map(\.value) == [40])
    }
}
