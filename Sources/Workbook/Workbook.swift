import Foundation
internal import CXlsxWriter

/// An .xlsx file being written with libxlsxwriter. Create it, add worksheets and formats, write, then `close()`.
///
/// Not Sendable: a workbook and its worksheets belong to one task. After `close()` (successful or not) every
/// libxlsxwriter handle is freed; further calls throw `WorkbookError.closed`. A workbook dropped without
/// `close()` frees its memory and writes nothing.
public final class Workbook {
    /// Where `close()` writes the file.
    public let path: String
    /// The options the workbook was created with.
    public let options: WorkbookOptions

    let handle: UnsafeMutablePointer<lxw_workbook>
    private(set) var isClosed = false
    private(set) var sheetNames: [String] = []
    private var formats: [FormatEntry] = []
    private var formatIDs: [CellFormat: FormatID] = [:]
    /// C strings handed to libxlsxwriter option structs; kept until the file is written so their lifetime never
    /// depends on whether the library copies them.
    private var retainedStrings: [UnsafeMutablePointer<CChar>] = []
    private var cachedDateFormat: FormatID?
    private static let generalWidth = NumberWidthModel(format: nil)
    /// Serialises `workbook_close` across the process (see `close()`).
    private static let closeLock = NSLock()

    /// What the layer keeps per registered format: the C pointer and what autofit needs.
    struct FormatEntry {
        let pointer: UnsafeMutablePointer<lxw_format>
        let numberWidth: NumberWidthModel
        let fontScale: Double
    }

    /// Creates a workbook that `close()` will write to `path`. Nothing touches the disk until then,
    /// except constant-memory temporary files.
    public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        self.path = path
        self.options = options
        if let directory = options.temporaryDirectory {
            // libxlsxwriter silently falls back to the system directory when tmpdir is unusable; say so instead.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
                  FileManager.default.isWritableFile(atPath: directory) else {
                throw WorkbookError.invalidArgument(operation: "create workbook '\(path)'",
                                                    reason: "temporary directory '\(directory)' is not a writable directory")
            }
        }
        let tmpdir = options.temporaryDirectory.map { strdup($0) } ?? nil
        if let tmpdir { retainedStrings.append(tmpdir) }
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.use_zip64 = options.useZip64 ? 1 : 0
        cOptions.tmpdir = tmpdir
        guard let created = path.withCString({ workbook_new_opt($0, &cOptions) }) else {
            tmpdir.map { free($0) }
            throw WorkbookError.saveFailed(path: path, code: Int(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue),
                                           message: "libxlsxwriter could not create the workbook")
        }
        handle = created
    }

    deinit {
        if !isClosed { lxw_workbook_free(handle) }
        retainedStrings.forEach { free($0) }
    }

    /// True until `close()` is called.
    public var isOpen: Bool { !isClosed }

    /// Adds a worksheet. Names follow Excel's rules (1–31 characters, none of `[ ] : * ? / \`, no leading or
    /// trailing apostrophe, unique ignoring case); breaking one throws `.invalidSheetName` naming the rule.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        try ensureOpen("add worksheet '\(name)'")
        if let reason = SheetNameRules.problem(with: name, existing: sheetNames) {
            throw WorkbookError.invalidSheetName(name: name, reason: reason)
        }
        let code = name.withCString { workbook_validate_sheet_name(handle, $0) }
        if code != LXW_NO_ERROR { throw WorkbookError.invalidSheetName(name: name, reason: WorkbookError.message(for: code)) }
        guard let sheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw WorkbookError.library(code: Int(LXW_ERROR_CREATING_TMPFILE.rawValue),
                                        message: WorkbookError.message(for: LXW_ERROR_CREATING_TMPFILE),
                                        operation: "add worksheet", location: name,
                                        value: options.temporaryDirectory)
        }
        sheetNames.append(name)
        return Worksheet(workbook: self, handle: sheet, name: name)
    }

    /// Registers `format` once and returns its handle; the same value always returns the same handle, so
    /// there is one libxlsxwriter format per distinct `CellFormat`.
    @discardableResult
    public func register(_ format: CellFormat) throws -> FormatID {
        if let known = formatIDs[format] { return known }
        try ensureOpen("register a format")
        if let reason = FormatConversion.problem(with: format) {
            throw WorkbookError.invalidArgument(operation: "register format", reason: reason)
        }
        guard let pointer = workbook_add_format(handle) else {
            throw WorkbookError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, "register format", at: nil)
        }
        FormatConversion.apply(format, to: pointer)
        let id = FormatID(index: formats.count, owner: ObjectIdentifier(self))
        formats.append(FormatEntry(pointer: pointer, numberWidth: NumberWidthModel(format: format.numberFormat),
                                   fontScale: Self.fontScale(of: format)))
        formatIDs[format] = id
        return id
    }

    /// Sets the document properties (docProps/core.xml). Pin `created` to make output byte-identical across runs.
    public func setProperties(_ properties: DocumentProperties) throws {
        try ensureOpen("set document properties")
        var c = lxw_doc_properties()
        c.title = retain(properties.title)
        c.subject = retain(properties.subject)
        c.author = retain(properties.author)
        c.manager = retain(properties.manager)
        c.company = retain(properties.company)
        c.category = retain(properties.category)
        c.keywords = retain(properties.keywords)
        c.comments = retain(properties.comments)
        c.status = retain(properties.status)
        if let created = properties.created {
            guard created.timeIntervalSince1970.isFinite, created.timeIntervalSince1970 >= 0 else {
                throw WorkbookError.invalidArgument(operation: "set document properties",
                                                    reason: "created date \(created) is before 1970")
            }
            c.created = time_t(created.timeIntervalSince1970)
        }
        try check(workbook_set_properties(handle, &c), "set document properties", at: nil)
    }

    /// Adds a custom document property (File › Properties › Custom; docProps/custom.xml).
    public func setCustomProperty(_ name: String, _ value: CustomPropertyValue) throws {
        try ensureOpen("set custom property '\(name)'")
        let operation = "set custom property"
        let code: lxw_error = name.withCString { cName in
            switch value {
            case .string(let text):
                return text.withCString { workbook_set_custom_property_string(handle, cName, $0) }
            case .number(let number):
                guard number.isFinite else { return LXW_ERROR_PARAMETER_VALIDATION }
                return workbook_set_custom_property_number(handle, cName, number)
            case .bool(let flag):
                return workbook_set_custom_property_boolean(handle, cName, flag ? 1 : 0)
            case .dateTime(let date):
                guard date.problem == nil else { return LXW_ERROR_PARAMETER_VALIDATION }
                var cDate = FormatConversion.datetime(date)
                return workbook_set_custom_property_datetime(handle, cName, &cDate)
            }
        }
        try check(code, operation, at: name, value: "\(value)")
    }

    /// Defines a name for a formula or range, e.g. `defineName("Exports", formula: "=Trade!$B$2:$B$20")`.
    /// With `sheet` the name is local to that worksheet.
    public func defineName(_ name: String, formula: String, sheet: String? = nil) throws {
        try ensureOpen("define name '\(name)'")
        if let reason = DefinedNameRules.problem(with: name) {
            throw WorkbookError.invalidArgument(operation: "define name '\(name)'", reason: reason)
        }
        if let sheet, !sheetNames.contains(sheet) {
            throw WorkbookError.invalidArgument(operation: "define name '\(name)'", reason: "no worksheet named '\(sheet)'")
        }
        let qualified = sheet.map { "\(CellReference.quotedSheet($0))!\(name)" } ?? name
        let code = qualified.withCString { cName in formula.withCString { workbook_define_name(handle, cName, $0) } }
        try check(code, "define name", at: qualified, value: formula)
    }

    /// Writes the file and frees every libxlsxwriter handle. A failure to write (for example a missing or
    /// read-only directory) throws `.saveFailed` with the path; the workbook is closed either way.
    public func close() throws {
        try ensureOpen("close")
        isClosed = true
        // libxlsxwriter formats the core.xml dates with gmtime(), whose static buffer is shared by every thread:
        // two workbooks closing at once can swap date fields (seen in tests). Closing one at a time avoids it.
        let code = Self.closeLock.withLock { workbook_close(handle) }
        retainedStrings.forEach { free($0) }
        retainedStrings.removeAll()
        if code != LXW_NO_ERROR {
            throw WorkbookError.saveFailed(path: path, code: Int(code.rawValue), message: WorkbookError.message(for: code))
        }
    }

    // MARK: - Internal services for Worksheet

    @inline(__always)
    func ensureOpen(_ operation: @autoclosure () -> String) throws {
        if isClosed { throw WorkbookError.closed(operation: operation()) }
    }

    /// The C pointer for a handle (nil for no format), refusing handles from another workbook.
    @inline(__always)
    func entry(for id: FormatID) throws -> FormatEntry {
        guard id.owner == ObjectIdentifier(self), id.index < formats.count else {
            throw WorkbookError.foreignHandle(operation: "use format")
        }
        return formats[id.index]
    }

    /// Width model for numbers written with `id` (General when nil).
    @inline(__always)
    func numberWidth(for id: FormatID?) -> NumberWidthModel {
        guard let id, id.index < formats.count else { return Self.generalWidth }
        return formats[id.index].numberWidth
    }

    /// The format used for dates written without one (`yyyy-mm-dd`), registered on first use.
    func defaultDateFormat() throws -> FormatID {
        if let cachedDateFormat { return cachedDateFormat }
        let id = try register(CellFormat(numberFormat: "yyyy-mm-dd"))
        cachedDateFormat = id
        return id
    }

    /// A C copy of `text` that lives until the workbook is written.
    func retain(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let copy = strdup(text) else { return nil }
        retainedStrings.append(copy)
        return copy
    }

    /// Bold and bigger fonts take more room than the 11-point Calibri that column widths are measured in.
    private static func fontScale(of format: CellFormat) -> Double {
        (format.fontSize ?? 11) / 11 * (format.bold ? 1.1 : 1)
    }
}

@available(*, unavailable, message: "a Workbook belongs to one task")
extension Workbook: Sendable {}
