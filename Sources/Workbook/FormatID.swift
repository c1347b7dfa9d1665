/// A handle to a format registered with `Workbook.register(_:)`; pass it to the write calls for the fast path.
/// Valid only with the workbook that issued it.
public struct FormatID: Hashable, Sendable {
    /// Position in the workbook's format table.
    let index: Int
    /// The issuing workbook, so a handle from another workbook is refused rather than dereferenced.
    let owner: ObjectIdentifier
}
