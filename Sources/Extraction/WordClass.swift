/// What the lexicons say about a word, computed once per word token with a single table lookup so that the
/// scanning passes test bits instead of probing several tables.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// May start a quantity: a number word, an ordinal, a multiple ("doubled"), a currency code or prefix.
    static let quantityStart = WordClass(rawValue: 1 << 0)
    /// "percent", "pct", "percentage", "cent".
    static let percent = WordClass(rawValue: 1 << 1)
    /// Words that make "pounds" money and mark prices.
    static let money = WordClass(rawValue: 1 << 2)
    /// Strong survey cues: survey, poll, respondents.
    static let survey = WordClass(rawValue: 1 << 3)

    /// Opens a category cue phrase (or is "who", read as WHO in capitals).
    static let cue = WordClass(rawValue: 1 << 4)
    /// A weak poll cue ("say", "support", "favor").
    static let weakSurvey = WordClass(rawValue: 1 << 5)
    /// A word `KindClassifier` reads: a target, projection, trailing or modal cue.
    static let kindCue = WordClass(rawValue: 1 << 6)
    /// May open the date line of a dated entry: a month, a weekday or a lead-in ("updated", "posted").
    static let dateLead = WordClass(rawValue: 1 << 7)

    /// The class of a symbol token with key `key`: "%" a percent; "$", "£", "€" money; and `quantityStart` for
    /// every symbol the quantity scanner may start at: "$" (the one ASCII symbol that opens a currency marker), "-"
    /// (the sign of a number) and any symbol beyond ASCII (a currency sign, a vulgar fraction). Sentence marks
    /// ignore `quantityStart` on symbols: each of these needs a number, which marks the sentence itself.
    @inline(__always)
    static func ofSymbol(_ key: UInt64) -> WordClass {
        var c: WordClass = []
        if key == 0x25 { c.insert(.percent) }
        if key == 0xA3 || key == 0x24 || key == 0x20AC { c.insert(.money) }
        if key > 0x7F || key == 0x24 || key == 0x2D { c.insert(.quantityStart) }
        return c
    }

    /// The class of every lexicon word; other words have none.
    static let table: WordClassTable = {
        var d: [UInt64: WordClass] = [:]
        func add(_ keys: [UInt64], _ c: WordClass) { for k in keys { d[k, default: []].insert(c) } }
        add(Lexicon.numberWords.allKeys, .quantityStart)
        add(Lexicon.isoCodes.map(WordKey.of) + [WordKey.of("rmb")], .quantityStart)
        add(Lexicon.ordinalWords.allKeys, .quantityStart)
        add(["doubled", "tripled", "trebled", "quadrupled", "double", "triple", "twice", "thrice", "quadruple",
             "doubling", "tripling"].map(WordKey.of), .quantityStart)
        add(Lexicon.currencyPrefixes.firstKeys, .quantityStart)
        add(["percent", "pct", "percentage", "cent"].map(WordKey.of), .percent)
        add(Lexicon.moneyWordList.map(WordKey.of), .money)
        add(["survey", "surveys", "surveyed", "poll", "polls", "polled", "respondents", "respondent", "pollster",
             "questionnaire"].map(WordKey.of), .survey)
        add(CategoryClassifier.cues.firstKeys + [WordKey.of("who")], .cue)
        add(CategoryClassifier.surveyWeakCues.allKeys, .weakSurvey)
        add(KindClassifier.allCues, .kindCue)
        add(DateLine.leadKeys, .dateLead)
        return WordClassTable(d)
    }()
}
