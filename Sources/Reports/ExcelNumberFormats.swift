import BriefingModel

/// Excel number formats that show a stored value the way `ValueFormatter` writes it, without changing the
/// stored number: currency stays in full units ("$"#,##0.0,,," bn" shows 7200000000 as $7.2 bn) and
/// percent stays in percent units (0.0"%" shows 80 as 80.0%).
enum ExcelNumberFormats {
    /// The format for a value of `unit`, scaled by the value's magnitude for currencies.
    static func value(_ value: Double, unit: BriefingModel.Unit) -> String {
        core(value, unit: unit)
    }

    /// The format for a change of a value of `unit`, with an explicit + or − sign; percent changes are in
    /// percentage points.
    static func change(_ change: Double, unit: BriefingModel.Unit) -> String {
        let format = core(change, unit: ReportWording.changeUnit(of: unit))
        return "+" + format + ";-" + format + ";" + format
    }

    /// The format for a percent change: `+8.5%`.
    static let percentChange = "+0.0\"%\";-0.0\"%\";0.0\"%\""

    /// Years, without a thousands separator.
    static let year = "0"

    /// Counts of things (facts per document).
    static let integer = "#,##0"

    private static func core(_ value: Double, unit: BriefingModel.Unit) -> String {
        if unit.isCurrency {
            let symbol = "\"" + ValueFormatter.currencySymbol(unit).replacingQuotes() + "\""
            switch ValueFormatter.scale(of: abs(value))?.word {
            case "trillion": return symbol + "#,##0.0,,,,\" tn\""
            case "billion": return symbol + "#,##0.0,,,\" bn\""
            case "million": return symbol + "#,##0.0,,\" m\""
            default: return symbol + plain(value)
            }
        }
        switch unit {
        case .percent: return "0.0\"%\""
        case .percentagePoints: return "0.0\" pp\""
        case .times: return "0.0#\"×\""
        case .rank: return "0"
        default: return plain(value)
        }
    }

    /// `#,##0` for whole numbers, one or two decimals otherwise.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() ? "#,##0" : "#,##0.0#"
    }
}

private extension String {
    /// Drops double quotes, which would end the quoted literal in a number format.
    func replacingQuotes() -> String {
        filter { $0 != "\"" }
    }
}
