/// Accumulates the visible text of an HTML body: collapses white space as a browser does, turns block
/// boundaries into line breaks (a blank line around headings and paragraphs) and table cells into tabs.
struct HTMLTextBuilder {
    private(set) var scalars = String.UnicodeScalarView()
    private var pendingSpace = false
    private var pendingBreaks = 0
    private var pendingCell = false
    private var lineHasText = false

    /// The text so far, without trailing white space.
    var text: String { String(scalars).trimmingSpaces() }

    /// Appends character data; in `<pre>` white space is kept as it is.
    mutating func append(_ data: String, preformatted: Bool) {
        for scalar in data.unicodeScalars {
            if preformatted {
                flush()
                scalars.append(scalar)
                lineHasText = scalar != "\n"
            } else if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                flush()
                scalars.append(scalar)
                lineHasText = true
            }
        }
    }

    /// Asks for `count` line breaks (1: new line, 2: blank line) before the next text.
    mutating func breakLine(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
        pendingSpace = false
        pendingCell = false
    }

    /// Asks for a tab before the next text when the row already has a cell with text.
    mutating func separateCell() {
        if lineHasText { pendingCell = true }
    }

    private mutating func flush() {
        if pendingBreaks > 0 {
            if !scalars.isEmpty {
                while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
                scalars.append(contentsOf: String(repeating: "\n", count: pendingBreaks).unicodeScalars)
            }
            lineHasText = false
        } else if pendingCell {
            scalars.append("\t")
        } else if pendingSpace, lineHasText {
            scalars.append(" ")
        }
        pendingBreaks = 0
        pendingSpace = false
        pendingCell = false
    }
}
