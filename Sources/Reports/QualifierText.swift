import Foundation

import BriefingModel

/// Qualifiers as words for table cells: "more than", "exact".
enum QualifierText {
    /// The qualifier's name with spaces, as a reader would say it.
    static func name(_ qualifier: Qualifier) -> String {
        qualifier.rawValue.replacingOccurrences(of: "_", with: " ")
    }
}
