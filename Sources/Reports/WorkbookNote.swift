/// The numbered notes of the Notes sheet; tables refer to them as "[note N]" in headers and above the table.
enum WorkbookNote: Int, CaseIterable {
    case qualifiers = 1
    case storedValues
    case percent
    case years
    case ranges
    case overrides
    case longSentences
    case changes
    case conflicts
    case largeRuns
    case notAvailable

    /// "[note 3]".
    var reference: String { "[note \(rawValue)]" }

    /// The note's text.
    var text: String {
        switch self {
        case .qualifiers:
            "Values are as stated in the source. The qualifier column keeps the hedge: \"more than\", \"at least\" "
                + "and \"nearly\" mark bounds, \"approximately\" an estimate; only \"exact\" values are stated without one."
        case .storedValues:
            "Numbers are stored in full units: $7.2 billion is stored as 7200000000 and shown as $7.2 bn by its "
                + "number format (m = million, bn = billion, tn = trillion). Amounts stay in the currency of the source; "
                + "nothing is converted or adjusted for inflation."
        case .percent:
            "Percentages are stored in percent units: 80 means 80% and is shown as 80.0%. A change between two "
                + "percentages is in percentage points (pp); the percent change column is relative to the earlier value."
        case .years:
            "Year is the year a figure refers to (for a target, its target year), which can differ from the date of "
                + "the document. A document date marked inferred was read from the document, not given."
        case .ranges:
            "For a range such as \"3 to 5 million\" the value is the midpoint; the low and high columns hold its ends."
        case .overrides:
            "Overridden facts were corrected by a reviewer; the override note gives the reason and is also attached to "
                + "the cell as a note."
        case .longSentences:
            "Sentences longer than the cell limit are shortened with \"…\"; the full sentence is in the cell's note "
                + "(in large runs the full sentence is written into the cell instead)."
        case .changes:
            "Direction shows ▲ for an increase, ▼ for a decrease and = for no change; cell colour repeats the marker. "
                + "The change is the later value minus the earlier one, with qualifiers carried into the wording."
        case .conflicts:
            "Conflicting values are other values stated for the same metric and year by other documents or sentences."
        case .largeRuns:
            "In runs with very many facts the workbook is written in constant-memory mode: the tables are plain ranges "
                + "with filters rather than Excel tables."
        case .notAvailable:
            "[x] means not available: the run found no value for that cell. [z] means not applicable, such as the "
                + "ends of a value that is not a range. Empty cells on the Chart data sheet mean "
                + "no value for that year, so that charts show a gap rather than a zero."
        }
    }
}
