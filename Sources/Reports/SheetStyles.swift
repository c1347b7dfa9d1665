import Workbook

/// The cell formats every sheet uses, registered once per workbook, and number formats by format string.
final class SheetStyles {
    let title: FormatID
    let header: FormatID
    let wrapped: FormatID
    let bold: FormatID
    let marker: FormatID
    let link: FormatID
    let increase: FormatID
    let decrease: FormatID
    private let workbook: Workbook
    private var numberFormats: [String: FormatID] = [:]

    init(workbook: Workbook) throws {
        self.workbook = workbook
        title = try workbook.register(CellFormat(bold: true, fontSize: 14))
        header = try workbook.register(CellFormat(bold: true, wrap: true, verticalAlignment: .top, bottomBorder: .thin))
        wrapped = try workbook.register(CellFormat(wrap: true, verticalAlignment: .top))
        bold = try workbook.register(CellFormat(bold: true))
        marker = try workbook.register(CellFormat(horizontalAlignment: .center))
        link = try workbook.register(CellFormat(underline: .single, fontColor: Color(rgb: 0x0563C1)))
        // The fills repeat the ▲/▼ marker for readers who see colour; the marker alone carries the meaning.
        increase = try workbook.register(CellFormat(backgroundColor: Color(rgb: 0xC6EFCE), fontColor: Color(rgb: 0x006100)))
        decrease = try workbook.register(CellFormat(backgroundColor: Color(rgb: 0xFFC7CE), fontColor: Color(rgb: 0x9C0006)))
    }

    /// The format showing numbers with `numberFormat`, registered on first use.
    func number(_ numberFormat: String) throws -> FormatID {
        if let existing = numberFormats[numberFormat] { return existing }
        let id = try workbook.register(CellFormat(numberFormat: numberFormat))
        numberFormats[numberFormat] = id
        return id
    }
}
