internal import CXlsxWriter

/// A safe layer over libxlsxwriter.
public enum WorkbookModule {
    /// The linked libxlsxwriter version.
    public static var libraryVersion: String { String(cString: lxw_version()) }
}
