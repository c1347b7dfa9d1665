import BriefingModel

/// Sentences built from values, labels and qualifiers, shared by the summary and the workbook.
public enum ReportWording {
    /// "U.S. alumni of the JET Program numbered more than 30,000 (2020)."; nil when the figure has no value.
    ///
    /// Counts take "numbered" and everything else "stood at" because both read naturally after a plural or a
    /// singular label, so the label never has to be parsed for grammatical number.
    public static func keyFigureSentence(_ figure: KeyFigure) -> String? {
        guard let latest = figure.latest else { return nil }
        let amount = ValueFormatter.display(value: latest.value, unit: figure.unit, qualifier: latest.qualifier)
        if figure.isTarget {
            let by = latest.year.map { " by \($0)" } ?? ""
            return "\(figure.label): a target of \(amount)\(by)."
        }
        let verb = figure.unit == .count ? "numbered" : "stood at"
        return "\(figure.label) \(verb) \(amount)\(yearSuffix(latest.year))."
    }

    /// "U.S. alumni of the JET Program went from 30,000 (2020) to more than 45,000 (2023), an increase of at
    /// least 15,000."
    public static func changeSentence(_ row: ChangeRow) -> String {
        let from = ValueFormatter.display(value: row.from.value, unit: row.unit, qualifier: row.from.qualifier)
        let to = ValueFormatter.display(value: row.to.value, unit: row.unit, qualifier: row.to.qualifier)
        let wording = row.wording.isEmpty ? changeWording(row) : row.wording
        return "\(row.label) went from \(from)\(yearSuffix(row.from.year)) to \(to)\(yearSuffix(row.to.year)), \(wording)."
    }

    /// The change in words with the qualifiers carried through: "an increase of at least 15,000", "no change".
    ///
    /// A lower bound on the later value (or an upper bound on the earlier one) makes the change a lower bound,
    /// and the reverse makes it an upper bound; when the two pull in different directions, or either value is
    /// approximate, the change is only approximate.
    public static func changeWording(_ row: ChangeRow) -> String {
        if row.change == 0 && row.from.qualifier == .exact && row.to.qualifier == .exact { return "no change" }
        let increase = row.change >= 0
        // For a decrease the stated number is a magnitude, so a bound on the signed change flips.
        let bound = changeBound(from: row.from.qualifier, to: row.to.qualifier)
        let hedge = (increase ? bound : bound.flipped).phrase
        let noun = increase ? "an increase of " : "a decrease of "
        return noun + hedge + ValueFormatter.display(value: abs(row.change), unit: changeUnit(of: row.unit))
    }

    /// The unit a difference of two values is in: a difference of percentages is in percentage points.
    public static func changeUnit(of unit: BriefingModel.Unit) -> BriefingModel.Unit {
        unit == .percent ? .percentagePoints : unit
    }

    /// " (2020)" or nothing when the year is unknown.
    static func yearSuffix(_ year: Int?) -> String {
        year.map { " (\($0))" } ?? ""
    }

    /// How the real change relates to the stated difference of two hedged values.
    private enum Bound {
        case exact, atLeast, atMost, approximate

        var flipped: Bound {
            switch self {
            case .atLeast: .atMost
            case .atMost: .atLeast
            case .exact, .approximate: self
            }
        }

        var phrase: String {
            switch self {
            case .exact: ""
            case .atLeast: "at least "
            case .atMost: "at most "
            case .approximate: "about "
            }
        }
    }

    private static func changeBound(from: Qualifier, to: Qualifier) -> Bound {
        if from == .approximately || to == .approximately { return .approximate }
        let toBound: Bound = to.isLowerBound ? .atLeast : to.isUpperBound ? .atMost : .exact
        let fromBound: Bound = from.isLowerBound ? .atMost : from.isUpperBound ? .atLeast : .exact
        if toBound == .exact { return fromBound }
        if fromBound == .exact || fromBound == toBound { return toBound }
        return .approximate
    }
}
