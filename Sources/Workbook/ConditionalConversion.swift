internal import CXlsxWriter

/// Maps `ConditionalRule` onto libxlsxwriter's `lxw_conditional_format`.
enum ConditionalConversion {
    static func fill(_ c: inout lxw_conditional_format, with rule: ConditionalRule,
                     retain: (String?) -> UnsafeMutablePointer<CChar>?) throws {
        func text(_ criteria: lxw_conditional_criteria, _ value: String) {
            c.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            c.criteria = UInt8(criteria.rawValue)
            c.value_string = retain(value)
        }
        switch rule {
        case .cell(let comparison, let value):
            try requireFinite(value)
            c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            c.criteria = UInt8(criteria(comparison).rawValue)
            c.value = value
        case .between(let low, let high, let negated):
            try requireFinite(low)
            try requireFinite(high)
            c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            c.criteria = UInt8((negated ? LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN : LXW_CONDITIONAL_CRITERIA_BETWEEN).rawValue)
            c.min_value = low
            c.max_value = high
        case .textContains(let value): text(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING, value)
        case .textNotContaining(let value): text(LXW_CONDITIONAL_CRITERIA_TEXT_NOT_CONTAINING, value)
        case .textBeginsWith(let value): text(LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH, value)
        case .textEndsWith(let value): text(LXW_CONDITIONAL_CRITERIA_TEXT_ENDS_WITH, value)
        case .formula(let formula):
            c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            c.value_string = retain(formula)
        case .iconSet(let set, let reversed, let iconsOnly):
            c.type = UInt8(LXW_CONDITIONAL_TYPE_ICON_SETS.rawValue)
            c.icon_style = UInt8(iconStyle(set).rawValue)
            c.reverse_icons = reversed ? 1 : 0
            c.icons_only = iconsOnly ? 1 : 0
        case .dataBar(let color):
            c.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
            c.bar_color = FormatConversion.lxwColor(color)
        case .colorScale(let minimum, let maximum):
            c.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
            c.min_color = FormatConversion.lxwColor(minimum)
            c.max_color = FormatConversion.lxwColor(maximum)
        case .threeColorScale(let minimum, let midpoint, let maximum):
            c.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            c.min_color = FormatConversion.lxwColor(minimum)
            c.mid_color = FormatConversion.lxwColor(midpoint)
            c.max_color = FormatConversion.lxwColor(maximum)
        }
    }

    private static func requireFinite(_ value: Double) throws {
        guard value.isFinite else {
            throw WorkbookError.invalidArgument(operation: "add conditional format", reason: "bound \(value) is not finite")
        }
    }

    private static func criteria(_ comparison: Comparison) -> lxw_conditional_criteria {
        switch comparison {
        case .equal: LXW_CONDITIONAL_CRITERIA_EQUAL_TO
        case .notEqual: LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: LXW_CONDITIONAL_CRITERIA_GREATER_THAN
        case .lessThan: LXW_CONDITIONAL_CRITERIA_LESS_THAN
        case .greaterThanOrEqual: LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThanOrEqual: LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
    }

    private static func iconStyle(_ set: IconSet) -> lxw_conditional_icon_types {
        switch set {
        case .threeArrows: LXW_CONDITIONAL_ICONS_3_ARROWS_COLORED
        case .threeArrowsGray: LXW_CONDITIONAL_ICONS_3_ARROWS_GRAY
        case .threeFlags: LXW_CONDITIONAL_ICONS_3_FLAGS
        case .threeTrafficLights: LXW_CONDITIONAL_ICONS_3_TRAFFIC_LIGHTS_UNRIMMED
        case .threeSigns: LXW_CONDITIONAL_ICONS_3_SIGNS
        case .threeSymbolsCircled: LXW_CONDITIONAL_ICONS_3_SYMBOLS_CIRCLED
        case .fourArrows: LXW_CONDITIONAL_ICONS_4_ARROWS_COLORED
        case .fourTrafficLights: LXW_CONDITIONAL_ICONS_4_TRAFFIC_LIGHTS
        case .fourRatings: LXW_CONDITIONAL_ICONS_4_RATINGS
        case .fiveArrows: LXW_CONDITIONAL_ICONS_5_ARROWS_COLORED
        case .fiveRatings: LXW_CONDITIONAL_ICONS_5_RATINGS
        case .fiveQuarters: LXW_CONDITIONAL_ICONS_5_QUARTERS
        }
    }
}
