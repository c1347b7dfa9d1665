import BriefingModel

/// Finds the quantities of one sentence: number, currency, scale, unit, range and qualifier, after the
/// exclusions of GUIDELINES.md (years, dates, ordinals, identifiers, addresses, phones, clock times, list
/// numbers, idioms). Works left to right over the tokens; every step is a bounded look-ahead or look-behind.
struct QuantityScanner {
    let tokens: [Token]
    let scalars: ScalarText
    let reader: NumberReader
    /// `asciiCurrencySymbols`, read once per document instead of through its lazy global at every symbol.
    private let currencySymbols: (UInt64, UInt64)
    /// The word keys and tables the rules read, fetched once per document: each read of a global or static `let`
    /// is a call to `swift_once`, and the rules made about 340,000 of them per 4 MB of text. One reference, so that
    /// copying the scanner (the extractor does, per sentence) stays a few words.
    private let lex: Tables = .shared

    /// The lexicons, word keys and rule tables the rules read.
    private final class Tables: Sendable {
        static let shared = Tables()

        let keyOf: WordKeys = QuantityScanner.wordKeys

        let numberWords: KeyMap<NumberWord> = Lexicon.numberWords
        let scaleAbbreviations: KeyMap<(value: Double, spaced: Bool)> = Lexicon.scaleAbbreviations
        let months: KeyMap<Int> = Lexicon.months
        let currencyPrefixes: PhraseTable<UnitName> = Lexicon.currencyPrefixes
        let units: PhraseTable<UnitWord> = Lexicon.units
        let qualifiers: PhraseTable<Qualifier> = Lexicon.qualifiers
        let postQualifiers: PhraseTable<Qualifier> = Lexicon.postQualifiers
        let ordinalWords: KeyMap<Double> = Lexicon.ordinalWords
        let rateCurrencies: KeyMap<UnitName> = Lexicon.rateCurrencies
        let superlatives: KeySet = Lexicon.superlatives
        let identifierNouns: KeySet = Lexicon.identifierNouns
        let capitalizedBeforeNumber: KeySet = Lexicon.capitalizedBeforeNumber
        let isoCodeKeys: KeySet = Lexicon.isoCodeKeys
        let phoneWords: KeySet = Lexicon.phoneWords
        /// One bit per phone word, at the top six bits of its key: most words miss it, and skip the set lookup.
        let phoneWordBits: UInt64 = Lexicon.phoneWords.allKeys.reduce(0) { $0 | 1 << ($1 >> 58) }
        let fiscalWords: KeySet = Lexicon.fiscalWords
        let streetSuffixes: KeySet = Lexicon.streetSuffixes
        let idiomDeterminers: KeySet = Lexicon.idiomDeterminers
        let moneyWords: KeySet = Lexicon.moneyWords
        let halfBlockers: KeySet = QuantityScanner.halfBlockers
        let timesWords: KeyMap<Double> = QuantityScanner.timesWords
        let doubleOpeners: KeySet = QuantityScanner.doubleOpeners
        let doubleClosers: KeySet = QuantityScanner.doubleClosers
        let lowerCaseCodes: KeySet = QuantityScanner.lowerCaseCodes
        let dimensionAdjectives: KeySet = QuantityScanner.dimensionAdjectives
        let changeVerbs: KeySet = QuantityScanner.changeVerbs
        let fromChangeWords: KeySet = QuantityScanner.fromChangeWords
        let pointChanges: KeySet = QuantityScanner.pointChanges
        let headlineVerbs: KeySet = QuantityScanner.headlineVerbs
        let ordinalTails: KeySet = QuantityScanner.ordinalTails
        let namesEndingInEd: KeySet = QuantityScanner.namesEndingInEd
        let peopleCompounds: KeySet = QuantityScanner.peopleCompounds
        let priceBaseWords: KeySet = YearResolver.priceBaseWords
        let wordRules: KeyMap<WordStart> = QuantityScanner.wordRules
        let articleUnitFirsts: KeySet = QuantityScanner.articleUnitFirsts
        let yearPrepositions: KeySet = QuantityScanner.yearPrepositions
        let listBlockers: KeySet = QuantityScanner.listBlockers
        let ageWords: KeySet = QuantityScanner.ageWords
        let ageBounds: KeySet = QuantityScanner.ageBounds
        let overAsMoreThan: KeySet = QuantityScanner.overAsMoreThan
        let agedPeople: KeySet = QuantityScanner.agedPeople
        let ageFollowers: KeySet = QuantityScanner.ageFollowers
        /// One bit per age word or bound ("aged", "under"), at the top six bits of its key, as `phoneWordBits`.
        let ageBeforeBits: UInt64 = (QuantityScanner.ageWords.allKeys + QuantityScanner.ageBounds.allKeys)
            .reduce(0) { $0 | 1 << ($1 >> 58) }
        /// One bit per word an age goes on with ("to", "years"), as `phoneWordBits`.
        let ageFollowerBits: UInt64 = QuantityScanner.ageFollowers.allKeys.reduce(0) { $0 | 1 << ($1 >> 58) }
    }

    init(tokens: [Token], scalars: ScalarText) {
        self.tokens = tokens
        self.scalars = scalars
        self.reader = NumberReader(tokens: tokens, scalars: scalars)
        currencySymbols = Self.asciiCurrencySymbols
    }

    /// The outcome of trying to read a quantity at a token.
    enum Step {
        case quantity(Quantity)
        case skip(Int)
        case none
    }

    private struct Core {
        var start: Int
        var numberStart: Int
        var end: Int
        var value: Double
        var unit: UnitName
        var unitKind: UnitKind
        var match: NumberMatch
        var scaleFactor: Double
        var hasUnit: Bool
        var currencyWritten: Bool
        var postQualifier: Qualifier?
    }

    // MARK: keys used by the rules

    /// Keys of the words the rules test one at a time.
    private struct WordKeys: Sendable {
        let and = WordKey.of("and")
        let or = WordKey.of("or")
        let to = WordKey.of("to")
        let through = WordKey.of("through")
        let thru = WordKey.of("thru")
        let between = WordKey.of("between")
        let from = WordKey.of("from")
        let `in` = WordKey.of("in")
        let out = WordKey.of("out")
        let of = WordKey.of("of")
        let one = WordKey.of("one")
        let the = WordKey.of("the")
        let a = WordKey.of("a")
        let am = WordKey.of("am")
        let pm = WordKey.of("pm")
        let p = WordKey.of("p")
        let m = WordKey.of("m")
        let s = WordKey.of("s")
        let st = WordKey.of("st")
        let nd = WordKey.of("nd")
        let rd = WordKey.of("rd")
        let th = WordKey.of("th")
        let top = WordKey.of("top")
        let tops = WordKey.of("tops")
        let half = WordKey.of("half")
        let old = WordKey.of("old")
        let olds = WordKey.of("olds")
        let age = WordKey.of("age")
        let aged = WordKey.of("aged")
        let ages = WordKey.of("ages")
        let year = WordKey.of("year")
        let years = WordKey.of("years")
        let older = WordKey.of("older")
        let younger = WordKey.of("younger")
        let cents = WordKey.of("cents")
        let cent = WordKey.of("cent")
        let dollars = WordKey.of("dollars")
        let dollar = WordKey.of("dollar")
        let plus = WordKey.of("plus")
        let fold = WordKey.of("fold")
        let fy = WordKey.of("fy")
        let per = WordKey.of("per")
        let against = WordKey.of("against")
        let century = WordKey.of("century")
        let decade = WordKey.of("decade")
        let every = WordKey.of("every")
        let an = CommonWord.an
        let c = CommonWord.c
        let may = CommonWord.may
        let down = CommonWord.down
        let doubled = CommonWord.doubled
        let tripled = CommonWord.tripled
        let trebled = CommonWord.trebled
        let quadrupled = CommonWord.quadrupled
    }

    private static let wordKeys = WordKeys()

    private static let halfBlockers = Lexicon.keys(["first", "second", "latter", "former", "other", "back", "front",
                                                    "in", "by", "the"])
    private static let timesWords: KeyMap<Double> = KeyMap([
        WordKey.of("doubled"): 2, WordKey.of("tripled"): 3, WordKey.of("trebled"): 3, WordKey.of("quadrupled"): 4,
        WordKey.of("double"): 2, WordKey.of("triple"): 3, WordKey.of("twice"): 2, WordKey.of("thrice"): 3,
        WordKey.of("quadruple"): 4, WordKey.of("doubling"): 2, WordKey.of("tripling"): 3,
    ] as [UInt64: Double])
    private static let doubleOpeners = Lexicon.keys(["to", "would", "will", "could", "can", "may", "might", "than",
                                                     "nearly", "almost", "more", "roughly", "about", "over", "than",
                                                     "some", "around", "approximately", "least"])
    private static let doubleClosers = Lexicon.keys(["the", "its", "their", "that", "in", "by", "from", "over",
                                                     "since", "as", "his", "her", "our", "what", "this", "those"])
    private static let lowerCaseCodes = Lexicon.keys(["usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "chf",
                                                      "hkd", "inr", "krw", "mxn", "nzd", "sgd"])
    private static let dimensionAdjectives = Lexicon.keys(["tall", "long", "wide", "high", "deep", "thick", "away",
                                                           "across", "diameter", "in"])
    /// Verbs of change: after them "X to Y" is a change and a level, not a range.
    private static let changeVerbs = Lexicon.keys(["increased", "decreased", "rose", "fell", "grew", "climbed",
                                                   "jumped", "dropped", "declined", "gained", "shrank", "expanded",
                                                   "surged", "slipped", "soared", "plunged", "widened", "narrowed"])
    /// Words of change in any form: "from X to Y" after one of them is a base and a level, two figures ("exports
    /// rose from $5 billion to $8 billion", "would raise exports from …", "an increase from …"), not a range.
    private static let fromChangeWords = Lexicon.keys([
        "increased", "decreased", "rose", "fell", "grew", "climbed", "jumped", "dropped", "declined", "gained",
        "shrank", "expanded", "surged", "slipped", "soared", "plunged", "widened", "narrowed", "went", "moved",
        "changed", "raised", "lifted", "boosted", "cut", "reduced", "lowered", "doubled", "tripled", "halved",
        "increase", "increases", "increasing", "decrease", "decreases", "decreasing", "rise", "rises", "rising",
        "risen", "fall", "falls", "falling", "fallen", "grow", "grows", "growing", "grown", "growth", "climb",
        "climbs", "climbing", "jump", "jumps", "jumping", "drop", "drops", "dropping", "decline", "declines",
        "declining", "expand", "expands", "expanding", "expansion", "raise", "raises", "raising", "lift", "lifts",
        "lifting", "boost", "boosts", "boosting", "cuts", "cutting", "reduce", "reduces", "reducing", "reduction",
        "lower", "lowers", "lowering", "double", "doubles", "doubling", "triple", "triples", "tripling", "shrink",
        "shrinks", "shrinking", "surge", "surges", "soar", "soars", "plunge", "plunges", "gain", "gains", "swell",
        "swelled", "swelling", "ballooned", "tumbled", "slid", "sank", "edged", "inched", "recovered", "rebounded",
    ])
    /// Ordinal words that end a spelled-out ordinal after number words ("One Hundred Nineteenth").
    private static let ordinalTails = Lexicon.keys([
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
        "hundredth", "thousandth",
    ])
    /// Verbs of headlines and bullets, capitalised before a count ("Japan Sends 24 Students").
    private static let headlineVerbs = Lexicon.keys([
        "sends", "sent", "finds", "found", "hosts", "welcomes", "trains", "awards", "adds", "creates", "opens",
        "employs", "attracts", "draws", "drew", "met", "meets", "hires", "hired", "brings", "brought", "took",
        "takes", "sees", "saw", "counts", "totals", "surpasses", "passes", "marks", "exceeds", "doubles", "triples",
        "launches", "supports", "funds", "invests", "exports", "imports", "records", "reports", "wins", "won",
        "gains", "joins", "hit", "reach", "reaches", "tops", "nears", "visit", "visits", "host", "welcome", "train",
        "award", "add", "create", "open", "employ", "attract", "draw", "hire", "bring", "take", "send", "support",
        "fund", "invest", "export", "serve", "serves", "served", "teach", "teaches", "taught", "enroll", "enrolls",
        "grew", "grows", "rose", "rises", "fell", "falls", "has", "have", "had", "got", "gets", "gave", "gives",
        "made", "makes", "built", "builds", "held", "holds", "ran", "runs", "led", "leads", "sold", "sells",
    ])
    /// Capitalised words ending in "ed" that are names, not verbs: "United 93".
    private static let namesEndingInEd = Lexicon.keys(["united", "limited", "alfred", "mildred", "winifred",
                                                        "ahmed", "mohammed", "muhammed", "ltd"])
    /// Nouns after "N-point" that make the points a change or a gap.
    private static let pointChanges = Lexicon.keys([
        "increase", "decrease", "rise", "drop", "decline", "gain", "jump", "fall", "lead", "gap", "margin", "swing",
        "advantage", "deficit", "shift", "improvement", "slide", "dip", "surge", "boost", "difference", "edge",
    ])
    /// Words after "N-" that count the people of a group: "a 35-member delegation", "a 15-person team".
    private static let peopleCompounds = Lexicon.keys(["member", "person", "man", "woman"])
    /// Words before a number that make it an age: "aged 65", "ages 18 to 29", "age 40", "the ages of 18 and 24".
    private static let ageWords = Lexicon.keys(["aged", "ages", "age", "of"])
    /// Words after a number that may start an age's tail or second age: "18 to 29", "29 year olds", "65 and older".
    private static let ageFollowers = Lexicon.keys(["to", "through", "year", "years", "and", "or"])
    /// Bounds before an age ("those under 30", "adults over 65").
    private static let ageBounds = Lexicon.keys(["under", "over", "above", "below"])
    /// People an age bound follows: "38% of those under 30", "Americans over 65".
    private static let agedPeople = Lexicon.keys([
        "those", "people", "adults", "respondents", "voters", "persons", "men", "women", "americans", "japanese",
        "youth", "children", "kids", "individuals", "citizens", "residents", "anyone", "everyone",
    ])
    /// Words after which "over" before a duration means "more than": "for over 25 years", "in over 20 years".
    private static let overAsMoreThan = Lexicon.keys([
        "for", "been", "be", "being", "in", "of", "with", "than", "is", "was", "are", "were", "after", "about",
        "spanning", "lasting", "took", "takes", "taken", "take", "across", "within", "last", "lasted", "run", "ran",
    ])
    private static let ratioBlockers = Lexicon.keys(["the", "a", "an", "their", "its", "our", "his", "her"])

    /// The rules that can match at a token; anything else fails at its first test, so `step` skips it.
    private struct StartRules: OptionSet {
        let rawValue: UInt8
        /// "second-largest", "4th largest".
        static let rank = StartRules(rawValue: 1 << 0)
        /// "doubled", "twice".
        static let times = StartRules(rawValue: 1 << 1)
        /// "a gallon of".
        static let article = StartRules(rawValue: 1 << 2)
        /// A number, a number word, a currency marker or a sign: `core`.
        static let core = StartRules(rawValue: 1 << 3)
        /// A word that starts a currency marker ("US$", "USD"): `core` when the marker may match here.
        static let currencyWord = StartRules(rawValue: 1 << 4)
        /// "a", "an": `core` only before "hundred", a scale, "dozen" or a fraction word ("a million", "a third").
        static let articleNumber = StartRules(rawValue: 1 << 5)
    }

    /// The rules a word may start and, for a word that starts a currency marker, how far past it the marker may
    /// reach for the number it needs: its longest marker, then a "-" before the digits ("U" 6 for "U.S. $", "S" 3).
    private struct WordStart {
        var rules: StartRules
        var currencyReach: Int
    }

    /// The rules each word may start, from the same tables the rules look words up in.
    private static let wordRules: KeyMap<WordStart> = {
        var reach: [UInt64: Int] = [:]
        for entry in Lexicon.currencyPrefixes.entries {
            guard let first = entry.elements.first else { continue }
            reach[first] = max(reach[first] ?? 0, entry.elements.count + 1)
        }
        var d: [UInt64: StartRules] = [:]
        for key in Lexicon.ordinalWords.allKeys { d[key, default: []].insert(.rank) }
        for key in timesWords.allKeys { d[key, default: []].insert(.times) }
        for key in [wordKeys.a, CommonWord.an] { d[key, default: []].insert(.article) }
        for key in Lexicon.numberWords.allKeys {
            if case .article? = Lexicon.numberWords[key] {
                d[key, default: []].insert(.articleNumber)
            } else {
                d[key, default: []].insert(.core)
            }
        }
        for key in Lexicon.currencyPrefixes.firstKeys { d[key, default: []].insert(.currencyWord) }
        return KeyMap(d.map { ($0.key, WordStart(rules: $0.value, currencyReach: reach[$0.key] ?? 0)) })
    }()

    /// The first words of the units "a gallon of" may name: measures without a guard, longer than two letters.
    private static let articleUnitFirsts = KeySet(Lexicon.units.entries.compactMap { entry in
        entry.value.kind == .measure && entry.value.guardRule == .none ? entry.elements.first : nil
    })

    /// The ASCII symbols that start a currency marker ("$"), as bits of two words.
    private static let asciiCurrencySymbols: (UInt64, UInt64) = {
        var bits: (UInt64, UInt64) = (0, 0)
        for c in 0..<UInt32(128) where Lexicon.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.symbolElement(c)) {
            if c < 64 { bits.0 |= 1 << UInt64(c) } else { bits.1 |= 1 << UInt64(c - 64) }
        }
        return bits
    }()

    /// True when the symbol with key `key` starts a currency marker; ASCII symbols, most of a text's, by a bit test.
    @inline(__always)
    private func startsCurrency(symbol key: UInt64) -> Bool {
        if key < 64 { return currencySymbols.0 & (1 << key) != 0 }
        if key < 128 { return currencySymbols.1 & (1 << (key - 64)) != 0 }
        return lex.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.symbolElement(UInt32(truncatingIfNeeded: key)))
    }

    /// The first token from `i` on (before `e`) that any rule may start at: a token whose class has
    /// `quantityStart`, which the tokenizer gives every number, the words of the lexicons that may start a
    /// quantity, and the symbols `startsCurrency` or a number's sign may start at (`WordClass.ofSymbol`). Most
    /// tokens are other words or punctuation, passed with one bit test each.
    @inline(__always)
    private func nextCandidate(from i: Int, to e: Int) -> Int {
        tokens.withUnsafeBufferPointer { buffer in
            let end = min(e, buffer.count)
            let start = WordClass.quantityStart.rawValue
            var k = i
            while k < end {
                if buffer[k].wordClass.rawValue & start != 0 { return k }
                k += 1
            }
            return max(e, i)
        }
    }

    /// The rules word `i` may start, after cheap looks at the tokens that follow: most words that may start a rule
    /// ("a", "U.S.", "one") start none, and the rules cost far more than these tests.
    @inline(__always)
    private func wordRules(at i: Int, e: Int, _ key: UInt64) -> StartRules {
        guard let start = lex.wordRules[key] else { return [] }
        var rules = start.rules
        if rules.contains(.article) {
            // The next token is read in place: an optional copy of it went through memory.
            if i + 2 < e, tokens[i + 1].isWord, tokens[i + 1].length > 2,
               lex.articleUnitFirsts.contains(tokens[i + 1].key) {} else {
                rules.remove(.article)
            }
        }
        if rules.contains(.articleNumber) {
            rules.remove(.articleNumber)
            var j = i + 1
            if j < e, tokens[j].isSymbol("-") { j += 1 }
            if j < e, tokens[j].isWord, let word = lex.numberWords[tokens[j].key] {
                switch word {
                case .hundred, .scale, .dozen, .fraction: rules.insert(.core)
                default: break
                }
            }
        }
        if rules.contains(.currencyWord) {
            rules.remove(.currencyWord)
            // A marker needs a number right after it: most of these words ("a", "U.S.", "can") have none within
            // reach, which a few kind tests show. The two-token test then turns most of the rest away.
            if numberWithin(start.currencyReach, of: i, e: e), lex.currencyPrefixes.mayMatch(tokens, at: i, limit: e),
               currencyPrefix(at: i, e: e) != nil
            {
                rules.insert(.core)
            }
        }
        return rules
    }

    /// False when no token a currency marker starting at `i` could end before (a number, or a number word, or a
    /// "-" before digits) lies within the `reach` tokens after `i`: `currencyPrefix(at: i)` is then nil. Number
    /// words carry `quantityStart`, so only those words are looked up.
    @inline(__always)
    private func numberWithin(_ reach: Int, of i: Int, e: Int) -> Bool {
        tokens.withUnsafeBufferPointer { buffer in
            let end = min(e, buffer.count, i + 1 + reach)
            let start = WordClass.quantityStart.rawValue
            var k = i + 1
            while k < end {
                let t = buffer[k]
                if t.kind == .number { return true }
                if t.kind == .word, t.wordClass.rawValue & start != 0, lex.numberWords[t.key] != nil { return true }
                k += 1
            }
            return false
        }
    }

    /// True for the keys of "st", "nd", "rd", "th", the suffixes `rank` reads after digits.
    @inline(__always)
    private func isOrdinalSuffixKey(_ key: UInt64) -> Bool {
        key == lex.keyOf.st || key == lex.keyOf.nd || key == lex.keyOf.rd || key == lex.keyOf.th
    }

    private func word(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < tokens.count && tokens[i].isWord && tokens[i].key == key }

    private func sym(_ i: Int, _ c: Unicode.Scalar) -> Bool { i >= 0 && i < tokens.count && tokens[i].isSymbol(c) }

    private func attached(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    private func firstScalar(_ i: Int) -> UInt32 { scalars.first(tokens[i]).value }

    // MARK: scanning

    /// All quantities in the token range of one sentence, in text order.
    func scan(from s: Int, to e: Int, hasPercent: Bool, moneyContext: Bool) -> [Quantity] {
        var out: [Quantity] = []
        scan(from: s, to: e, hasPercent: hasPercent, moneyContext: moneyContext, into: &out)
        return out
    }

    /// Replaces the contents of `out` with the quantities of one sentence, keeping its storage: the extractor
    /// reuses one array for every sentence instead of allocating (and growing) one per sentence with a figure.
    func scan(from s: Int, to e: Int, hasPercent: Bool, moneyContext: Bool, into out: inout [Quantity]) {
        // Most sentences found nothing the last time; emptying an empty array still cost a call. The rest held a
        // figure or two, dropped one by one: `removeAll(keepingCapacity:)` replaces a range through the generic
        // path, several times the cost.
        while !out.isEmpty { out.removeLast() }
        var i = s
        while true {
            i = nextCandidate(from: i, to: e)
            guard i < e else { break }
            let t = tokens[i]
            if t.flags.contains(.inLink) {
                i += 1
                continue
            }
            let rules: StartRules
            switch t.kind {
            case .number:
                // A rank needs an ordinal suffix glued to the digits ("4th largest"); other glued words ("5G",
                // "10k") are turned away here for less than `rank` costs.
                rules = i + 1 < e && tokens[i + 1].isWord && !tokens[i + 1].spaceBefore
                    && isOrdinalSuffixKey(tokens[i + 1].key) ? [.core, .rank] : .core
            case .word:
                rules = t.wordClass.contains(.quantityStart) ? wordRules(at: i, e: e, t.key) : []
            case .symbol:
                // A "-" only matters as the sign of a number glued to it; other symbols only as currency markers
                // (every rule fails at the rest, and trying them all on common symbols costs more than this test).
                rules = startsCurrency(symbol: t.key)
                    || (t.key == 0x2D && i + 1 < e && tokens[i + 1].isNumber && !tokens[i + 1].spaceBefore) ? .core : []
            }
            guard !rules.isEmpty else {
                i += 1
                continue
            }
            switch step(at: i, s: s, e: e, hasPercent: hasPercent, moneyContext: moneyContext, rules: rules) {
            case .quantity(let q):
                // Room for a few at once: growing one by one reallocated on nearly every append.
                if out.isEmpty { out.reserveCapacity(4) }
                out.append(q)
                i = max(q.end, i + 1)
            case .skip(let next):
                i = max(next, i + 1)
            case .none:
                i += 1
            }
        }
        postProcess(&out, s: s, e: e)
    }

    /// Tries the rules in `rules` to read a quantity at token `i`.
    private func step(at i: Int, s: Int, e: Int, hasPercent: Bool, moneyContext: Bool, rules: StartRules) -> Step {
        if rules.contains(.rank), let rank = rank(at: i, e: e) { return .quantity(rank) }
        if rules.contains(.times), let times = timesWord(at: i, s: s, e: e) { return .quantity(times) }
        if rules.contains(.article), let one = articleUnit(at: i, e: e) { return .quantity(one) }
        guard rules.contains(.core) else { return .none }
        let coreResult = core(at: i, s: s, e: e, hasPercent: hasPercent, moneyContext: moneyContext, allowRatio: true)
        guard case .found(var c) = coreResult else {
            if case .excluded(let next) = coreResult { return .skip(next) }
            return .none
        }
        var q = Quantity(start: c.start, coreStart: c.start, end: c.end, value: c.value, unit: c.unit,
                         unitKind: c.unitKind)
        q.inWords = c.match.inWords
        q.fraction = c.unitKind == .percent && c.match.fractionOfWhole
        q.scaled = c.match.scaled
        // Ranges: "3 to 5 million", "40–45 percent", "between $60 billion and $70 billion", "8- to 16-meter".
        var rangeOpener: Int?
        if let opener = rangeOpenerBefore(c.start, s: s) { rangeOpener = opener }
        if let r = range(after: &c, s: s, e: e, hasPercent: hasPercent, moneyContext: moneyContext,
                         opener: rangeOpener)
        {
            q.low = r.low
            q.high = r.high
            q.value = (r.low + r.high) / 2
            q.unit = r.unit
            q.unitKind = r.unitKind
            q.end = r.end
            q.fraction = false
            if let opener = rangeOpener { q.start = opener }
        }
        // Qualifier before the quantity.
        // One set test turns away most numbers: no qualifier ends with the token before them.
        if q.start == c.start, c.start - 1 >= s,
           lex.qualifiers.endsPhrase(PhraseTable<Qualifier>.element(of: tokens[c.start - 1])),
           let found = lex.qualifiers.matchBackward(tokens, endingBefore: c.start, floor: s)
        {
            let isTop = word(found.start, lex.keyOf.top) || word(found.start, lex.keyOf.tops)
            let blockedTop = isTop && (word(found.start - 1, lex.keyOf.the) || word(found.start - 1, lex.keyOf.a))
            if blockedTop {
                // "a top 10 market", "the top five destinations": a place in a ranking, not a count.
                if q.unitKind == .count { makeRank(&q) }
            } else if q.unitKind != .duration || !overMeansDuring(found.start, figure: c.start, s: s) {
                q.qualifier = found.value
                q.qualifierWritten = true
                q.start = found.start
            }
        }
        if let post = c.postQualifier {
            q.qualifier = post
            q.qualifierWritten = true
        }
        if q.unitKind == .duration || q.unitKind == .rank { q.confidence = 0.6 }
        if q.inWords { q.confidence = min(q.confidence, 0.8) }
        return .quantity(q)
    }

    private enum CoreResult {
        case found(Core)
        case excluded(Int)
        case nothing
    }

    /// A currency marker before the number: "$", "US$", "USD", "USD $", "c $", "€".
    private func currencyPrefix(at i: Int, e: Int) -> (code: UnitName, end: Int)? {
        guard let m = lex.currencyPrefixes.matchForward(tokens, at: i, limit: e) else { return nil }
        let first = tokens[i]
        let last = tokens[m.end - 1]
        let endsWithSymbol = last.isSymbol
        if first.isWord && !endsWithSymbol {
            // A code word: upper case, or attached to the number ("usd115").
            let nextAttached = m.end < e && attached(m.end)
            if !first.flags.contains(.allCaps) && !nextAttached { return nil }
            if first.length == 1 { return nil }
        }
        if first.isWord && endsWithSymbol && m.end - i >= 2 {
            // "a $5 bill" is not Australian dollars: a spaced single letter before "$" must be a known prefix.
            if first.length == 1 && tokens[i + 1].spaceBefore && !(first.key == lex.keyOf.c) { return nil }
        }
        guard m.end < e else { return nil }
        let next = tokens[m.end]
        let startsNumber = next.isNumber || (next.isWord && lex.numberWords[next.key] != nil)
            || (next.isSymbol("-") && m.end + 1 < e && tokens[m.end + 1].isNumber)
        guard startsNumber else { return nil }
        return (m.value, m.end)
    }

    private func core(at i: Int, s: Int, e: Int, hasPercent: Bool, moneyContext: Bool,
                      allowRatio: Bool) -> CoreResult
    {
        var j = i
        var currency: UnitName?
        // Most tokens start no currency marker: one set test spares the phrase match, and numbers need not even that
        // (no marker starts with a number).
        if !tokens[i].isNumber, lex.currencyPrefixes.startsPhrase(PhraseTable<UnitName>.element(of: tokens[i])),
           let prefix = currencyPrefix(at: i, e: e)
        {
            currency = prefix.code
            j = prefix.end
        }
        var sign = 1.0
        if j + 1 < e, tokens[j].isSymbol("-"), tokens[j + 1].isNumber, attached(j + 1) {
            let standalone = j == s || tokens[j].spaceBefore || sym(j - 1, "(") || currency != nil
            let afterNumber = j > s && tokens[j - 1].isNumber && !tokens[j].spaceBefore
            if standalone && !afterNumber {
                sign = -1
                j += 1
            } else {
                return .nothing
            }
        }
        guard j < e else { return .nothing }
        let first = tokens[j]
        if first.isSymbol { return .nothing }
        if first.isWord && lex.numberWords[first.key] == nil { return .nothing }
        guard var m = reader.read(at: j, limit: e, currency: currency != nil) else { return .nothing }
        if m.badSlash { return .excluded(m.end) }
        m.value *= sign
        if let skip = exclusion(numberAt: j, match: m, s: s, e: e, hasCurrency: currency != nil) { return .excluded(skip) }

        var c = Core(start: i, numberStart: j, end: m.end, value: m.value, unit: .count, unitKind: .count, match: m,
                     scaleFactor: 1, hasUnit: false, currencyWritten: currency != nil, postQualifier: nil)
        if m.scaled, m.atoms > 0 { c.scaleFactor = scaleFactor(of: m, from: j) }
        var k = m.end
        // "1,200+": a trailing plus.
        if k < e, tokens[k].isSymbol("+"), attached(k), !(k + 1 < e && tokens[k + 1].isNumber && attached(k + 1)) {
            c.postQualifier = .moreThan
            k += 1
            c.end = k
        }
        // "2,000.45±0.01": the tolerance is not a second quantity.
        if k + 1 < e, tokens[k].key == 0xB1, tokens[k].isSymbol, tokens[k + 1].isNumber {
            k += 2
            c.end = k
        }
        if let code = currency {
            c.unit = code
            c.unitKind = .currency
            c.hasUnit = true
            // Accounting negatives: "($99.99)".
            // Not after another amount: "¥6.8 trillion ($51 billion)" is a conversion.
            let afterAmount = i >= 2 && (tokens[i - 2].isNumber || tokens[i - 2].isSymbol("%")
                || (tokens[i - 2].isWord && (lex.numberWords[tokens[i - 2].key] != nil
                    || lex.units.matchForward(tokens, at: i - 2, limit: i - 1) != nil)))
            if sign > 0, !afterAmount, !m.scaled, sym(i - 1, "("), attached(i),
               !tokens[i - 1].flags.contains(.lineBreakBefore), k < e, tokens[k].isSymbol(")"), attached(k), c.value > 0
            {
                c.value = -c.value
                c.start = i - 1
                c.end = k + 1
                k += 1
            }
            // "USD 75 million" is read by the number reader; "75 USD million" below.
        } else if k < e, lex.units.startsPhrase(PhraseTable<UnitWord>.element(of: tokens[k])),
                  let unit = unitAfter(k, e: e, value: c.value, match: m, hasPercent: hasPercent,
                                       moneyContext: moneyContext)
        {
            c.unit = unit.word.unit
            c.hasUnit = true
            k = unit.end
            switch unit.word.kind {
            case .percent: c.unitKind = .percent
            case .points: c.unitKind = .points
            case .measure: c.unitKind = .measure
            case .duration: c.unitKind = .duration
            case .times: c.unitKind = .times
            case .pounds: c.unitKind = .measure
            case .currency(let code, let factor):
                // "(in 2012 dollars)", "constant 2015 yen": the prices of a year, a time reference.
                if !c.currencyWritten, !m.scaled, m.atoms == 1, tokens[j].isYearLike, tokens[j].value >= 1900,
                   j - 1 >= s, tokens[j - 1].isWord, lex.priceBaseWords.contains(tokens[j - 1].key)
                {
                    return .excluded(k)
                }
                c.unitKind = .currency
                c.unit = code
                c.value *= factor
                // "75 USD million".
                if k < e, tokens[k].isWord, case .scale(let v)? = lex.numberWords[tokens[k].key] {
                    c.value *= v
                    c.scaleFactor *= v
                    k += 1
                }
                // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
                if factor == 1, let cents = centsAfter(k, e: e) {
                    c.value += cents.value
                    k = cents.end
                }
            }
            c.end = k
        }
        // "($1 = 147.50 yen)": the unit of an exchange rate, not an amount.
        if c.currencyWritten, c.value == 1, c.end < e, tokens[c.end].isSymbol("=") { return .excluded(c.end) }
        // Fractions of a whole are percent: "half" → 50, "three-quarters" → 75.
        if !c.hasUnit, m.fractionOfWhole, c.value > 0 {
            c.value *= 100
            c.unit = .percent
            c.unitKind = .percent
        }
        // "one in five", "eight in ten", "two out of five hundred": a share in percent.
        if allowRatio, !c.hasUnit, !m.fractionOfWhole, c.end + 1 < e, tokens[c.end].isWord,
           tokens[c.end].key == lex.keyOf.in || tokens[c.end].key == lex.keyOf.out,
           let ratio = ratioAfter(c.end, e: e, x: c.value)
        {
            c.value = ratio.value
            c.unit = .percent
            c.unitKind = .percent
            c.end = ratio.end
            c.match.fractionOfWhole = true
            c.hasUnit = true
        }
        // "a quarter of a century", "half a century": a fraction of a century or decade is a duration in years.
        if m.fractionOfWhole, c.unitKind == .percent, c.end == m.end, c.end < e, tokens[c.end].isWord,
           let span = centuryAfter(c.end, e: e)
        {
            c.value = c.value / 100 * span.years
            c.unit = UnitName("years")
            c.unitKind = .duration
            c.end = span.end
        }
        // "The yen traded at 148.6 per dollar": an exchange rate is an amount of the currency the sentence names.
        if !c.hasUnit, c.end == m.end, c.end + 1 < e, tokens[c.end].isWord, !m.fractionOfWhole,
           tokens[c.end].key == lex.keyOf.per || tokens[c.end].key == lex.keyOf.to
               || tokens[c.end].key == lex.keyOf.against,
           let code = rateCurrency(after: c.end, s: s, e: e)
        {
            c.unit = code
            c.unitKind = .currency
            c.hasUnit = true
        }
        // A word right after the digits that is neither unit nor scale makes an identifier ("5G", "11a").
        if c.end == m.end, m.end < e, tokens[m.end].isWord, !tokens[m.end].spaceBefore,
           tokens[m.end - 1].isNumber
        {
            return .excluded(m.end + 1)
        }
        // Compound adjectives: "two-way", "56-page", "three-session" are not quantities.
        if c.end == m.end, m.end + 1 < e, tokens[m.end].isSymbol("-"), attached(m.end), tokens[m.end + 1].isWord,
           attached(m.end + 1)
        {
            if word(m.end + 1, lex.keyOf.plus) {
                c.postQualifier = .moreThan
                c.end = m.end + 2
            } else if lex.peopleCompounds.contains(tokens[m.end + 1].key), m.value >= 2, m.value.rounded() == m.value {
                // "a 35-member delegation", "a 15-person team": the size of a group, counted by the word.
            } else if !word(m.end + 1, lex.keyOf.to) {
                return .excluded(m.end + 2)
            }
        }
        // Years and other bare identifiers that only a unit would make a quantity.
        let numberToken = tokens[j]
        if numberToken.isNumber, !c.hasUnit, !m.scaled, m.atoms == 1, numberToken.isYearLike, currency == nil,
           readsAsYear(j, end: c.end, e: e)
        {
            return .excluded(m.end)
        }
        if !c.hasUnit, let skip = bareNumberExclusion(numberAt: j, match: m, s: s, e: e) { return .excluded(skip) }
        // "our two nations", "the two countries": a small number in words after a determiner.
        if !c.hasUnit, tokens[j].isWord, m.atoms == 1, m.value >= 1, m.value <= 12, !m.fractionOfWhole, j - 1 >= s,
           tokens[j - 1].isWord, lex.idiomDeterminers.contains(tokens[j - 1].key)
        {
            return .excluded(m.end)
        }
        // An unknown unit in mixed case ("3.5 TeV", "10 GHz") is not a count.
        if !c.hasUnit, c.end < e, tokens[c.end].isWord, isUnknownUnit(c.end) { return .excluded(c.end + 1) }
        // Post-qualifiers: "500 or more", "five hundred or less".
        if c.end < e, lex.postQualifiers.startsPhrase(PhraseTable<Qualifier>.element(of: tokens[c.end])),
           let post = lex.postQualifiers.matchForward(tokens, at: c.end, limit: e)
        {
            let isPlus = word(c.end, lex.keyOf.plus)
            // "above 1000 and below 1500": "and below" opens the next bound, it does not close this one.
            let nextIsNumber = post.end < e && (tokens[post.end].isNumber
                || (tokens[post.end].isWord && lex.numberWords[tokens[post.end].key] != nil))
            if !isPlus && !nextIsNumber {
                c.postQualifier = post.value
                c.end = post.end
            }
        }
        return .found(c)
    }

    /// The multiplier the scale words of a number applied (for ranges like "3 to 5 million").
    private func scaleFactor(of m: NumberMatch, from j: Int) -> Double {
        var factor = 1.0
        var k = j
        while k < m.end {
            let t = tokens[k]
            if t.isWord {
                if case .scale(let v)? = lex.numberWords[t.key] { factor = max(factor, v) }
                if let a = lex.scaleAbbreviations[t.key] { factor = max(factor, a.value) }
                if t.length == 1 {
                    switch scalars.first(t).value {
                    case 0x6B, 0x4B: factor = max(factor, 1e3)
                    case 0x4D, 0x6D: factor = max(factor, 1e6)
                    case 0x62, 0x42: factor = max(factor, 1e9)
                    case 0x54: factor = max(factor, 1e12)
                    default: break
                    }
                }
            }
            k += 1
        }
        return factor
    }

    // MARK: units

    private struct UnitHit {
        var word: UnitWord
        var end: Int
    }

    private func unitAfter(_ k0: Int, e: Int, value: Double, match: NumberMatch, hasPercent: Bool,
                           moneyContext: Bool) -> (word: UnitWordResolved, end: Int)?
    {
        var k = k0
        guard k < e else { return nil }
        // "3-inch", "six-mile", "five-year", "12-cent", "3-fold".
        var hyphenated = false
        if tokens[k].isSymbol("-"), attached(k), k + 1 < e, tokens[k + 1].isWord, attached(k + 1) {
            hyphenated = true
            k += 1
        }
        guard let hit = lex.units.matchForward(tokens, at: k, limit: e) else { return nil }
        let w = hit.value
        let t = tokens[k]
        let after = hit.end
        let nextIsEnd = after >= e || tokens[after].isSymbol
        let nextWordLower = after < e && tokens[after].isWord && !tokens[after].isCapitalized
        if hyphenated, case .percent = w.kind { return nil }
        switch w.guardRule {
        case .none:
            // Single-letter units other than the guarded ones must match case: "m" metres, "g" grams, "W" watts.
            if t.isWord, t.length == 1, hit.end == k + 1 {
                let v = scalars.first(t).value
                switch v {
                case 0x6D:  // m
                    if match.scaled { return nil }
                    if attached(k) {
                        guard after < e, tokens[after].isWord,
                              lex.dimensionAdjectives.contains(tokens[after].key) || nextIsEnd
                        else { return nil }
                    }
                case 0x67: break  // g
                case 0x57: break  // W
                default: return nil
                }
            }
        case .inches:
            if hyphenated { break }
            let ok = nextIsEnd || (after < e && tokens[after].isWord && lex.dimensionAdjectives.contains(tokens[after].key)
                && tokens[after].key != lex.keyOf.in)
            if !ok { return nil }
        case .letterUnit:
            // "147 F-35 fighters", "C-130", "K-9": a letter joined to a number by a hyphen names a model.
            if after + 1 < e, tokens[after].isSymbol("-"), attached(after), tokens[after + 1].isNumber,
               attached(after + 1)
            {
                return nil
            }
            let v = scalars.first(t).value
            switch v {
            case 0x43, 0x46: // C F upper case only
                if after < e, tokens[after].isSymbol("."), after + 1 < e, tokens[after + 1].isWord,
                   tokens[after + 1].isCapitalized { return nil }
                // "2F Sanno Grand Bldg.": a floor in an address, not a temperature.
                if attached(k), after < e, tokens[after].isWord, tokens[after].isCapitalized { return nil }
                if !(attached(k) || nextIsEnd || nextWordLower) { return nil }
            case 0x4C, 0x6C: // L l
                if !(nextIsEnd || nextWordLower || attached(k)) { return nil }
            case 0x74: // t
                if match.scaled && !attached(k) { return nil }
            default:
                return nil
            }
        case .pounds:
            // "a twenty-pound bag" weighs; "361 million pounds" and "fined 10,000 pounds" are money.
            if !hyphenated, match.scaled || (moneyContext && poundsAreMoney(numberStart: k0 - 1, unitEnd: hit.end)) {
                return (UnitWordResolved(unit: .gbp, kind: .currency(code: .gbp, factor: 1)), hit.end)
            }
            return (UnitWordResolved(unit: .pounds, kind: .pounds), hit.end)
        case .points:
            // "a 9-point increase", "a 5-point lead": a change or gap in points; "a 10-point plan" counts items.
            if hyphenated {
                if !(after < e && tokens[after].isWord && lex.pointChanges.contains(tokens[after].key)) { return nil }
            } else if !hasPercent {
                return nil
            }
        case .codeWord:
            if !(t.flags.contains(.allCaps) || attached(k) || lex.lowerCaseCodes.contains(t.key)) { return nil }
        }
        if case .times = w.kind, hyphenated == false, word(k, lex.keyOf.fold), !attached(k) { return nil }
        // "km2", "m3": square and cubic units; any other digits glued to the unit make an identifier ("06F6").
        if after < e, tokens[after].isNumber, attached(after) {
            let power = tokens[after].value
            if w.unit == .km || w.unit == .meters || w.unit == .miles || w.unit == .feet || w.unit == .centimeters {
                let base = w.unit.spelling
                if power == 2 { return (UnitWordResolved(unit: UnitName("square_" + base), kind: .measure), after + 1) }
                if power == 3 { return (UnitWordResolved(unit: UnitName("cubic_" + base), kind: .measure), after + 1) }
            }
            return nil
        }
        let kind: UnitWordResolved.Kind
        switch w.kind {
        case .percent: kind = .percent
        case .points: kind = .points
        case .measure: kind = .measure
        case .duration: kind = .duration
        case .times: kind = .times
        case .currency(let code, let factor): kind = .currency(code: code, factor: factor)
        }
        return (UnitWordResolved(unit: w.unit, kind: kind), hit.end)
    }

    /// "50 cents" after "3 dollars", or "forty-five" after "thirteen dollars".
    private func centsAfter(_ k0: Int, e: Int) -> (value: Double, end: Int)? {
        var k = k0
        guard k < e else { return nil }
        if word(k, lex.keyOf.and) { k += 1 }
        guard k < e, tokens[k].isNumber || (tokens[k].isWord && lex.numberWords[tokens[k].key] != nil),
              let m = reader.read(at: k, limit: e), m.value >= 1, m.value < 100, !m.scaled
        else { return nil }
        if m.end < e, word(m.end, lex.keyOf.cents) || word(m.end, lex.keyOf.cent) {
            return (m.value / 100, m.end + 1)
        }
        if m.inWords, m.end >= e || tokens[m.end].isSymbol { return (m.value / 100, m.end) }
        return nil
    }

    /// "in five", "in ten", "out of three" after a small whole number.
    private func ratioAfter(_ k: Int, e: Int, x: Double) -> (value: Double, end: Int)? {
        guard x >= 0, x == x.rounded(), x <= 100, k + 1 < e else { return nil }
        var j: Int
        if word(k, lex.keyOf.in) {
            // "one in every 25".
            j = word(k + 1, lex.keyOf.every) ? k + 2 : k + 1
        } else if word(k, lex.keyOf.out), word(k + 1, lex.keyOf.of) {
            j = k + 2
        } else {
            return nil
        }
        guard j < e, tokens[j].isNumber || (tokens[j].isWord && lex.numberWords[tokens[j].key] != nil),
              !(tokens[j].isWord && lex.numberWords[tokens[j].key].map { if case .article = $0 { true } else { false } } ?? false),
              let m = reader.read(at: j, limit: e), !m.badSlash, !m.fractionOfWhole
        else { return nil }
        if tokens[j].isYearLike { return nil }
        let y = m.value
        guard y > x, y <= 1000, y == y.rounded() else { return nil }
        if m.end < e, tokens[m.end].isWord, lex.months[tokens[m.end].key] != nil { return nil }
        return (x / y * 100, m.end)
    }

    // MARK: ranges

    @inline(__always)
    private func rangeOpenerBefore(_ start: Int, s: Int) -> Int? {
        let p = start - 1
        guard p >= s else { return nil }
        if word(p, lex.keyOf.between) || word(p, lex.keyOf.from) { return p }
        return nil
    }

    private struct RangeResult {
        var low: Double
        var high: Double
        var unit: UnitName
        var unitKind: UnitKind
        var end: Int
    }

    private func range(after c: inout Core, s: Int, e: Int, hasPercent: Bool, moneyContext: Bool,
                       opener: Int?) -> RangeResult?
    {
        var k = c.end
        guard k < e else { return nil }
        let betweenOpener = opener.map { word($0, lex.keyOf.between) } ?? false
        var connectorIsDash = false
        if tokens[k].isSymbol("-") || tokens[k].isSymbol("~") {
            connectorIsDash = tokens[k].isSymbol("-")
            // "8- to 16-meter": a suspended hyphen then "to".
            if connectorIsDash, attached(k), word(k + 1, lex.keyOf.to) {
                k += 2
                connectorIsDash = false
            } else {
                let spacedBefore = tokens[k].spaceBefore
                let spacedAfter = k + 1 < e && tokens[k + 1].spaceBefore
                if spacedBefore != spacedAfter { return nil }
                k += 1
            }
        } else if word(k, lex.keyOf.to) || word(k, lex.keyOf.through) || word(k, lex.keyOf.thru) {
            // "increased $285.1 billion to $6.68 trillion": a change, then the new level.
            if word(k, lex.keyOf.to), c.currencyWritten, c.match.scaled, c.start - 1 >= s, tokens[c.start - 1].isWord,
               lex.changeVerbs.contains(tokens[c.start - 1].key)
            {
                return nil
            }
            k += 1
        } else if word(k, lex.keyOf.and), betweenOpener {
            k += 1
        } else {
            return nil
        }
        guard k < e else { return nil }
        if let opener, !betweenOpener, changesBefore(opener, s: s) { return nil }
        guard case .found(let second) = core(at: k, s: s, e: e, hasPercent: hasPercent, moneyContext: moneyContext,
                                              allowRatio: false)
        else { return nil }
        if connectorIsDash && !tokens[second.numberStart].isNumber { return nil }
        // A range shares its unit: "3 to 5 million", "40–45 percent", "44 and 50 mg".
        var low = c.value
        var unit = c.unit
        var unitKind = c.unitKind
        if c.hasUnit && second.hasUnit {
            if c.unit != second.unit || c.unitKind != second.unitKind { return nil }
        } else if second.hasUnit {
            unit = second.unit
            unitKind = second.unitKind
            if case .currency = second.unitKind, !c.currencyWritten {
                // "60 to 70 billion dollars": scale from the second end.
            }
        }
        if !c.match.scaled, second.match.scaled, second.scaleFactor > 1, c.value * second.scaleFactor <= second.value * 1.0001 {
            low = c.value * second.scaleFactor
        }
        if c.match.fractionOfWhole != second.match.fractionOfWhole { return nil }
        var high = second.value
        if low > high {
            guard low < 0 || high < 0 else { return nil }
            swap(&low, &high)
        }
        if low == high { return nil }
        _ = unitKind
        c.end = second.end
        return RangeResult(low: low, high: high, unit: unit, unitKind: unitKind, end: second.end)
    }

    /// True when a word of change stands within five words before the "from" at `opener`, in its clause: "rose
    /// from", "would raise exports from", "an increase in membership from".
    private func changesBefore(_ opener: Int, s: Int) -> Bool {
        var i = opener - 1
        while i >= max(s, opener - 5), tokens[i].isWord {
            if lex.fromChangeWords.contains(tokens[i].key) { return true }
            i -= 1
        }
        return false
    }

    // MARK: special forms

    /// "second-largest", "third largest", "4th largest": a rank (optional in the guidelines).
    /// A count after "a top" / "the top" as a rank; ranges, scaled and fractional figures stay counts.
    @inline(never)
    private func makeRank(_ q: inout Quantity) {
        guard q.low == nil, !q.scaled, !q.fraction else { return }
        q.unit = .rank
        q.unitKind = .rank
        q.confidence = 0.6
    }

    /// True when the qualifier at `o` is "over" right before the duration at `figure` and opens the period of a figure
    /// before it in the sentence ("roughly ¥43 trillion over five years", "hire 500 workers over three years"); after
    /// "for", "been", "in", "of" … it is "more than" ("for over 25 years").
    @inline(never)
    private func overMeansDuring(_ o: Int, figure: Int, s: Int) -> Bool {
        guard o > s, o + 1 == figure, word(o, CommonWord.over) else { return false }
        let previous = tokens[o - 1]
        if previous.isWord, lex.overAsMoreThan.contains(previous.key) { return false }
        var k = o - 1
        while k >= max(s, o - 12) {
            if tokens[k].isNumber { return true }
            k -= 1
        }
        return false
    }

    /// "century", "a century", "of a century" (100 years) or the same with "decade" (10 years) at `k`.
    @inline(never)
    private func centuryAfter(_ k: Int, e: Int) -> (years: Double, end: Int)? {
        var j = k
        if j < e, word(j, lex.keyOf.of) { j += 1 }
        if j < e, word(j, lex.keyOf.a) { j += 1 }
        guard j < e else { return nil }
        if word(j, lex.keyOf.century) { return (100, j + 1) }
        if word(j, lex.keyOf.decade) { return (10, j + 1) }
        return nil
    }

    /// The currency of an exchange rate written "148.6 per dollar", "150 to the dollar" or "1,400 against the dollar":
    /// the other currency the sentence `s..<e` names ("the yen", "the won"), if any.
    @inline(never)
    private func rateCurrency(after k: Int, s: Int, e: Int) -> UnitName? {
        var j = k
        if word(j, lex.keyOf.per) {
            j += 1
        } else if word(j, lex.keyOf.to) || word(j, lex.keyOf.against), word(j + 1, lex.keyOf.the) {
            j += 2
        } else {
            return nil
        }
        guard j < e, tokens[j].isWord, let base = lex.units.matchForward(tokens, at: j, limit: e),
              case .currency(let baseCode, 1) = base.value.kind
        else { return nil }
        for i in s..<e where tokens[i].isWord && (i < k - 1 || i >= base.end) {
            guard let code = lex.rateCurrencies[tokens[i].key], code != baseCode else { continue }
            // "won" is mostly a verb: only "the won" names the currency.
            if code == UnitName("KRW"), !word(i - 1, lex.keyOf.the) { continue }
            return code
        }
        return nil
    }

    private func rank(at i: Int, e: Int) -> Quantity? {
        let t = tokens[i]
        var value: Double?
        var j = i + 1
        if t.isWord, let v = lex.ordinalWords[t.key] {
            value = v
        } else if t.isNumber, t.isPlainInteger, j < e, tokens[j].isWord, attached(j),
                  tokens[j].key == lex.keyOf.st || tokens[j].key == lex.keyOf.nd || tokens[j].key == lex.keyOf.rd || tokens[j].key == lex.keyOf.th
        {
            value = t.value
            j += 1
        }
        guard let v = value else { return nil }
        if j < e, tokens[j].isSymbol("-"), attached(j) { j += 1 }
        guard j < e, tokens[j].isWord, lex.superlatives.contains(tokens[j].key) else { return nil }
        var q = Quantity(start: i, coreStart: i, end: j + 1, value: v, unit: .rank, unitKind: .rank)
        q.inWords = t.isWord
        q.confidence = 0.6
        return q
    }

    /// "a gallon of beer", "an acre of land": one unit of measure.
    private func articleUnit(at i: Int, e: Int) -> Quantity? {
        let t = tokens[i]
        guard t.isWord, t.key == lex.keyOf.a || t.key == lex.keyOf.an, i + 2 < e,
              let hit = lex.units.matchForward(tokens, at: i + 1, limit: e), hit.value.kind == .measure,
              hit.value.guardRule == .none, tokens[i + 1].length > 2, word(hit.end, lex.keyOf.of)
        else { return nil }
        var q = Quantity(start: i, coreStart: i, end: hit.end, value: 1, unit: hit.value.unit, unitKind: .measure)
        q.inWords = true
        q.confidence = 0.6
        return q
    }

    /// "doubled", "more than double", "twice as many": a multiple.
    private func timesWord(at i: Int, s: Int, e: Int) -> Quantity? {
        let t = tokens[i]
        guard t.isWord, let v = lex.timesWords[t.key] else { return nil }
        let isDoubled = t.key == lex.keyOf.doubled || t.key == lex.keyOf.tripled || t.key == lex.keyOf.trebled
            || t.key == lex.keyOf.quadrupled
        let prevOpens = i - 1 >= s && tokens[i - 1].isWord && lex.doubleOpeners.contains(tokens[i - 1].key)
        let nextCloses = i + 1 < e && tokens[i + 1].isWord && lex.doubleClosers.contains(tokens[i + 1].key)
        if i + 1 < e, tokens[i + 1].isSymbol("-") { return nil }
        if !(isDoubled || prevOpens || nextCloses) { return nil }
        if isDoubled, i + 1 < e, tokens[i + 1].isWord, tokens[i + 1].key == lex.keyOf.down { return nil }
        var q = Quantity(start: i, coreStart: i, end: i + 1, value: v, unit: .times, unitKind: .times)
        q.inWords = true
        if let found = lex.qualifiers.matchBackward(tokens, endingBefore: i, floor: s) {
            q.qualifier = found.value
            q.qualifierWritten = true
            q.start = found.start
        }
        q.confidence = 0.7
        return q
    }

    // MARK: exclusions

    /// Exclusions that hold whatever follows the number: identifiers glued to letters, chains (phones, dates,
    /// ZIP+4), clock times, ordinals, dates next to month names, list and footnote numbers, addresses.
    private func exclusion(numberAt j: Int, match m: NumberMatch, s: Int, e: Int, hasCurrency: Bool) -> Int? {
        let t = tokens[j]
        if t.isWord {
            return wordExclusion(at: j, match: m, s: s, e: e)
        }
        let n = tokens.count
        if t.flags.contains(.versionLike) { return j + 1 }
        if let end = ageExclusion(numberAt: j, match: m, e: e) { return end }
        // Letters glued before: "G7", "FY2021", "J1149"; "COVID-19", "G-20", "F-35".
        if !hasCurrency, j > 0, !t.spaceBefore {
            let p = tokens[j - 1]
            if p.isWord { return skipChain(from: j) }
            // "COVID-19", "G-20" (but not "5k-20k", where the letters are a scale glued to a number).
            if p.isSymbol("-"), j > 1, tokens[j - 2].isWord, !p.spaceBefore,
               !(j > 2 && tokens[j - 3].isNumber && !tokens[j - 2].spaceBefore)
            {
                return skipChain(from: j)
            }
            if p.isSymbol("+") || p.isSymbol("#") || p.isSymbol("№") { return skipChain(from: j) }
            if p.isSymbol("/") || p.isSymbol(":") || p.isSymbol("_") || p.isSymbol("=") { return skipChain(from: j) }
            if p.isSymbol("."), j > 1, tokens[j - 2].isNumber || tokens[j - 2].isWord, !p.spaceBefore {
                return skipChain(from: j)
            }
        }
        // Chains joined by "-" or "/" without spaces: phones, dates, year spans ("2013-14", "2022/23").
        var k = j + 1
        var parts = 1
        var anyLeadingZero = t.flags.contains(.leadingZero)
        var slash = false
        var lastPart = t
        while k + 1 < n, tokens[k].isSymbol("-") || tokens[k].isSymbol("/") || tokens[k].isSymbol("."),
              !tokens[k].spaceBefore, tokens[k + 1].isNumber, !tokens[k + 1].spaceBefore
        {
            if tokens[k].isSymbol(".") && !(parts >= 2 || tokens[k + 1].intDigits == 4) { break }
            if tokens[k].isSymbol("/") { slash = true }
            if tokens[k + 1].flags.contains(.leadingZero) { anyLeadingZero = true }
            lastPart = tokens[k + 1]
            parts += 1
            k += 2
        }
        if parts >= 3 { return k }
        if parts == 2 {
            if anyLeadingZero { return k }
            if t.isYearLike && (lastPart.intDigits == 2 || lastPart.isYearLike) { return k }
            if slash && !m.fractionOfWhole && m.end < k { return k }
            if t.isPlainInteger, lastPart.isPlainInteger, t.intDigits == 3, lastPart.intDigits == 4 {
                return k  // "555-0134"-like numbers
            }
            // Phone extensions: "Brock R. Williams, 7-1157." (not "1-1000 people", a range with its noun).
            if t.isPlainInteger, lastPart.isPlainInteger, t.intDigits < 3, lastPart.intDigits == 4, !slash,
               !(k < e && tokens[k].isWord)
            {
                return k
            }
        }
        // Telephone: "(202) 555-0134", "Tel. 202 555", "+1 (212) …".
        if sym(j - 1, "("), sym(j + 1, ")"), t.intDigits == 3, j + 2 < n, tokens[j + 2].isNumber { return skipChain(from: j + 2) }
        if phoneWordBefore(j, s: s), looksLikePhoneNumber(at: j, match: m) { return phoneNumberEnd(from: j, e: e) }
        if sym(j - 1, "("), sym(j - 2, "+") || (j >= 2 && tokens[j - 2].isNumber && sym(j - 3, "+")) {
            return skipChain(from: j)
        }
        // Clock times: "10:00", "9:30 a.m.", "2 pm", "2.13 am".
        if j + 2 < n, tokens[j + 1].isSymbol(":"), attached(j + 1), tokens[j + 2].isNumber, attached(j + 2) {
            var end = j + 3
            if let ampm = amPM(at: end) { end = ampm }
            return end
        }
        if t.value <= 24, let ampm = amPM(at: j + 1) { return ampm }
        // Ordinals: "60th", "50thanniversary", "1st".
        if j + 1 < n, tokens[j + 1].isWord, attached(j + 1), isOrdinalSuffix(j + 1) { return j + 2 }
        // Footnotes "[1]" and list numbers "1." / "(1)" / "1)" at the start of a line.
        if sym(j - 1, "["), sym(j + 1, "]") { return j + 2 }
        let lineStart = t.lineBreakBefore || j == 0 || (sym(j - 1, "(") && (tokens[j - 1].lineBreakBefore || j - 1 == 0))
        if lineStart, t.isPlainInteger, t.value < 1000, j + 1 < n,
           (tokens[j + 1].isSymbol(".") || tokens[j + 1].isSymbol(")")), attached(j + 1),
           j + 2 < n, tokens[j + 2].spaceBefore, !tokens[j + 2].lineBreakBefore
        {
            return j + 2
        }
        if sym(j - 1, "("), sym(j + 1, ")"), t.isPlainInteger, t.value < 100, lineStart { return j + 2 }
        // Dates: "April 10", "Oct. 13", "1 May", "March 9–31".
        if t.isPlainInteger, t.value >= 1, t.value <= 31, t.intDigits <= 2 {
            var p = j - 1
            if sym(p, ".") { p -= 1 }
            if p >= 0, tokens[p].isWord, lex.months[tokens[p].key] != nil, isMonthUse(p) {
                var end = j + 1
                // "March 9–31", "March 20 to 26", "May 2 and 3".
                if end + 1 < n, tokens[end].isSymbol("-") || word(end, lex.keyOf.to) || word(end, lex.keyOf.and)
                    || word(end, lex.keyOf.through), tokens[end + 1].isNumber, tokens[end + 1].isPlainInteger,
                   tokens[end + 1].value <= 31
                {
                    end += 2
                }
                if end < n, tokens[end].isWord, attached(end), isOrdinalSuffix(end) { end += 1 }
                return end
            }
            if j + 1 < n, tokens[j + 1].isWord, lex.months[tokens[j + 1].key] != nil,
               tokens[j + 1].key != lex.keyOf.may || tokens[j + 1].isCapitalized || (j + 2 < n && tokens[j + 2].isNumber)
                || (j + 2 >= n || tokens[j + 2].isSymbol)
            {
                if tokens[j + 1].length >= 3 { return j + 2 }
            }
        }
        // Fiscal year labels: "FY 2021", "fiscal 2021".
        if j > s, tokens[j - 1].isWord, lex.fiscalWords.contains(tokens[j - 1].key), t.isPlainInteger {
            return j + 1
        }
        // Addresses: "2201 C Street NW", "455 North Harbor Drive".
        if t.isPlainInteger, t.value >= 1 {
            var a = j + 1
            var words = 0
            // "600 Dr. Martin Luther King Jr. Blvd.": abbreviation dots inside the street name.
            while a < n, words < 6, tokens[a].isWord, tokens[a].isCapitalized || tokens[a].length == 1 {
                if lex.streetSuffixes.contains(tokens[a].key) && words >= 1 { return a + 1 }
                words += 1
                a += 1
                if a + 1 < n, tokens[a].isSymbol("."), !tokens[a].spaceBefore, tokens[a + 1].isWord { a += 1 }
            }
        }
        return nil
    }

    /// A phone word ("tel", "fax") among the four tokens before number `j`, with no number between.
    private func phoneWordBefore(_ j: Int, s: Int) -> Bool {
        tokens.withUnsafeBufferPointer { buffer in
            var back = min(j, buffer.count) - 1
            let lowest = max(s, j - 4, 0)
            while back >= lowest {
                let t = buffer[back]
                if t.isWord && lex.phoneWordBits & (1 << (t.key >> 58)) != 0 && lex.phoneWords.contains(t.key) {
                    return true
                }
                if t.isNumber { return false }
                back -= 1
            }
            return false
        }
    }

    /// After a phone word, a number is part of a phone number only when it looks like one: plain digits, no scale
    /// word, and no word right after it ("a call for 3,000 troops", "phone subscriptions reached 190 million",
    /// "telephone interviews with 1,012 adults" are counts).
    private func looksLikePhoneNumber(at j: Int, match m: NumberMatch) -> Bool {
        let flags = tokens[j].flags
        // Digits grouped by spaces may be a phone number ("202 555 0134"); by commas, never.
        let commaGrouped = flags.contains(.grouped) && !flags.contains(.spaceGrouped)
        guard tokens[j].isNumber, !commaGrouped, !flags.contains(.decimal), !m.scaled else { return false }
        let next = m.end
        return !(next < tokens.count && tokens[next].isWord && tokens[next].spaceBefore
            && !tokens[next].lineBreakBefore)
    }

    /// The end of a phone number written in groups of digits: "202 555 0134", "03 3224 5000", "81 3 5561-9000".
    private func phoneNumberEnd(from j: Int, e: Int) -> Int {
        var k = skipChain(from: j)
        while k < e, tokens[k].isNumber, !tokens[k].flags.contains(.decimal), !tokens[k].lineBreakBefore {
            k = skipChain(from: k)
        }
        return k
    }

    /// Ages of people say who is counted, not how many: "aged 18 to 29", "between the ages of 18 and 24",
    /// "those 65 and older", "18- to 29-year-olds", "18-29 year olds", "54 years old". Returns the end of the age.
    private func ageExclusion(numberAt j: Int, match m: NumberMatch, e: Int) -> Int? {
        let t = tokens[j]
        guard t.isPlainInteger, t.value <= 130, !m.scaled else { return nil }
        let keys = lex.keyOf
        // One bit test on each side decides for most numbers: no age word or bound before, nothing an age goes on
        // with after. The sets are looked up only for the words whose bit is set.
        let ageBefore = j > 0 && tokens[j - 1].isWord && lex.ageBeforeBits & (1 << (tokens[j - 1].key >> 58)) != 0
        let before = ageBefore && lex.ageWords.contains(tokens[j - 1].key)
        // "those under 30", "Americans over 65": a bound after people, with no unit after the number.
        if !before, ageBefore, j > 1, lex.ageBounds.contains(tokens[j - 1].key), tokens[j - 2].isWord,
           lex.agedPeople.contains(tokens[j - 2].key), t.value >= 10,
           !(j + 1 < e && lex.units.startsPhrase(PhraseTable<UnitWord>.element(of: tokens[j + 1])))
        {
            return j + 1
        }
        let afterAgeWord = before && (tokens[j - 1].key != keys.of || word(j - 2, keys.ages))
        if !afterAgeWord {
            guard j + 1 < e else { return nil }
            let next = tokens[j + 1]
            guard next.isSymbol("-")
                || (next.isWord && lex.ageFollowerBits & (1 << (next.key >> 58)) != 0 && lex.ageFollowers.contains(next.key))
            else { return nil }
        }
        // A second age closes a bracket: "18 to 29", "18-29", "18- to 29", "18 and 24" (after "ages of").
        var end = j + 1
        var r = end
        if sym(r, "-"), attached(r) { r += 1 }
        if word(r, keys.to) || word(r, keys.through) || (afterAgeWord && word(r, keys.and)) { r += 1 }
        if r > end, r < e, tokens[r].isPlainInteger, tokens[r].value <= 130 { end = r + 1 }
        if let tail = ageTail(at: end, e: e) { return tail }
        if afterAgeWord {
            // "aged 65+".
            if sym(end, "+"), attached(end) { end += 1 }
            return end
        }
        return nil
    }

    /// The end of the words that make a number an age: "-year-olds", "year olds", "years old", "years of age",
    /// "and older", "or younger".
    private func ageTail(at k: Int, e: Int) -> Int? {
        let keys = lex.keyOf
        var i = k
        if sym(i, "-"), attached(i) { i += 1 }
        if word(i, keys.year) || word(i, keys.years) {
            var p = i + 1
            if sym(p, "-"), attached(p) { p += 1 }
            if p < e, word(p, keys.old) || word(p, keys.olds) { return p + 1 }
            if p + 1 < e, word(p, keys.of), word(p + 1, keys.age) { return p + 2 }
            return nil
        }
        if k + 1 < e, word(k, keys.and) || word(k, keys.or), word(k + 1, keys.older) || word(k + 1, keys.younger) {
            return k + 2
        }
        return nil
    }

    /// Exclusions for numbers without a unit: identifiers after names ("TICAD 8", "Japan 101", "Section 301",
    /// "DC 20520") and after identifier nouns ("page 14", "version 2.1").
    private func bareNumberExclusion(numberAt j: Int, match m: NumberMatch, s: Int, e: Int) -> Int? {
        let t = tokens[j]
        guard t.isNumber, !m.scaled else { return nil }
        // The look-behind stays inside the sentence or table cell: "Korea   565,200" is a row, not a name.
        var p = j - 1
        if sym(p, "."), p - 1 >= s, tokens[p - 1].isWord, !tokens[p].spaceBefore { p -= 1 }
        guard p >= s, tokens[p].isWord, t.spaceBefore || p != j - 1 else { return nil }
        let w = tokens[p]
        if lex.identifierNouns.contains(w.key) {
            var end = m.end
            // "Page 1 of 1", "pp. 320–325".
            if word(end, lex.keyOf.of), end + 1 < tokens.count, tokens[end + 1].isNumber { end += 2 }
            if sym(end, "-"), end + 1 < tokens.count, tokens[end + 1].isNumber { end += 2 }
            return end
        }
        if w.isCapitalized, !lex.capitalizedBeforeNumber.contains(w.key), lex.months[w.key] == nil,
           !lex.isoCodeKeys.contains(w.key), lex.numberWords[w.key] == nil, !isHeadlineVerb(p)
        {
            // "BEA 24-33": the whole chain is the identifier.
            return max(m.end, skipChain(from: j))
        }
        return nil
    }

    /// True for a capitalised verb before a number in a bullet or a headline: "Awarded 81 new grants", "- Hosted 12
    /// delegations", "Japan Sends 24 Students": a past tense of five letters or more ending in "ed" (not "United"),
    /// or a verb of the headline list. Such a number counts; after a name ("TICAD 7", "Japan 101") it does not.
    private func isHeadlineVerb(_ p: Int) -> Bool {
        let w = tokens[p]
        if lex.headlineVerbs.contains(w.key) { return true }
        guard w.length >= 5, w.byteEnd - w.byteStart == w.length, !lex.namesEndingInEd.contains(w.key) else {
            return false
        }
        let bytes = scalars.utf8
        return bytes[w.byteEnd - 2] | 0x20 == 0x65 && bytes[w.byteEnd - 1] | 0x20 == 0x64
    }

    private func wordExclusion(at j: Int, match m: NumberMatch, s: Int, e: Int) -> Int? {
        let t = tokens[j]
        // "One Hundred Nineteenth Congress": the number words open an ordinal.
        if m.end < e, tokens[m.end].isWord, !m.fractionOfWhole, lex.ordinalTails.contains(tokens[m.end].key) {
            return m.end + 1
        }
        // "one of the largest", "one of them".
        if t.key == lex.keyOf.one, m.atoms == 1, word(m.end, lex.keyOf.of) { return m.end }
        // A bare "one" is an article-like word ("in one room", "One Rockefeller Plaza") unless a unit follows,
        // it reads as a share ("one in five"), or it opens a list of numbers ("one, two and three").
        if t.key == lex.keyOf.one, m.atoms == 1, m.value == 1, !bareOneCounts(after: m.end, e: e) { return m.end }
        // "the first half", "in half".
        if t.key == lex.keyOf.half, j - 1 >= s, tokens[j - 1].isWord, lex.halfBlockers.contains(tokens[j - 1].key),
           !(j - 2 >= s && tokens[j - 2].isWord && lex.qualifiers.matchBackward(tokens, endingBefore: j - 1, floor: s) != nil)
        {
            if !word(j - 1, lex.keyOf.the) || word(m.end, lex.keyOf.of) == false { return m.end }
        }
        return nil
    }

    private static let yearPrepositions = Lexicon.keys(["in", "since", "from", "by", "until", "till", "before",
                                                        "after", "of", "circa", "year", "during", "through", "to",
                                                        "and", "or", "between", "early", "late", "mid", "around"])

    /// A four-digit number reads as a year unless it is an old-looking value used as a count ("1500 members",
    /// "above 1000 and below 1500", "1000-5000").
    private func readsAsYear(_ j: Int, end: Int, e: Int) -> Bool {
        let t = tokens[j]
        // A range to a number that is not a year: "1000-5000", "1000 to 5000".
        if end + 1 < e, tokens[end].isSymbol("-") || word(end, lex.keyOf.to), tokens[end + 1].isNumber,
           !tokens[end + 1].isYearLike, tokens[end + 1].intDigits >= 3
        {
            return false
        }
        if t.value >= 1900 { return true }
        if j - 1 >= 0, tokens[j - 1].isWord, lex.yearPrepositions.contains(tokens[j - 1].key) { return true }
        if j - 1 >= 0, tokens[j - 1].isSymbol(",") || tokens[j - 1].isSymbol("(") { return true }
        if j - 1 < 0 || tokens[j].lineBreakBefore { return true }
        return false
    }

    /// A short word in mixed case after a number ("TeV", "GHz", "kWp") names a unit we do not know.
    private func isUnknownUnit(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.length >= 2, t.length <= 4 else { return false }
        var upperInside = false
        var lower = false
        // Decoded in place: building the token's scalar array cost more than the test.
        scalars.utf8.withUnsafeBufferPointer { bytes in
            var b = t.byteStart + ScalarText.decode(bytes, at: t.byteStart).width
            while b < t.byteEnd {
                let (scalar, width) = ScalarText.decode(bytes, at: b)
                if ScalarClass.isUpper(scalar) { upperInside = true } else { lower = true }
                b += width
            }
        }
        return upperInside && lower
    }

    /// "pounds" are money when a money word stands next to the number ("fined 10,000 pounds").
    func poundsAreMoney(numberStart: Int, unitEnd: Int) -> Bool {
        var i = max(0, numberStart - 4)
        let limit = min(tokens.count, unitEnd + 3)
        while i < limit {
            let t = tokens[i]
            if t.isWord && lex.moneyWords.contains(t.key) { return true }
            if t.isSymbol("£") { return true }
            i += 1
        }
        return false
    }

    private func bareOneCounts(after k: Int, e: Int) -> Bool {
        guard k < e else { return false }
        if word(k, lex.keyOf.in) || (word(k, lex.keyOf.out) && word(k + 1, lex.keyOf.of)) { return true }
        if lex.units.matchForward(tokens, at: k, limit: e) != nil { return true }
        // The low end of a range: "one to two years", "one-to-three".
        if word(k, lex.keyOf.to) || tokens[k].isSymbol("-"), k + 1 < e,
           tokens[k + 1].isNumber || (tokens[k + 1].isWord && lex.numberWords[tokens[k + 1].key] != nil
               && tokens[k + 1].key != lex.keyOf.a)
        {
            return true
        }
        if tokens[k].isSymbol("-"), k + 1 < e, lex.units.matchForward(tokens, at: k + 1, limit: e) != nil { return true }
        // A list of numbers in words: "one, two, three", "one and two".
        var j = k
        if tokens[j].isSymbol(",") || word(j, lex.keyOf.and) { j += 1 }
        if j < e, tokens[j].isWord, case .small? = lex.numberWords[tokens[j].key], j > k || !tokens[j].isSymbol(",") {
            return j > k || tokens[j].spaceBefore
        }
        return false
    }

    private func isOrdinalSuffix(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord, t.length >= 2 else { return false }
        // The first two bytes decide: a non-ASCII scalar never matches, so no decoding is needed.
        let a = UInt32(scalars.utf8[t.byteStart]) | 0x20
        let b = UInt32(scalars.utf8[t.byteStart + 1]) | 0x20
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    /// "May" is a month before a day or year, not the verb.
    private func isMonthUse(_ p: Int) -> Bool {
        let t = tokens[p]
        if t.key != lex.keyOf.may { return true }
        return t.isCapitalized || (p + 1 < tokens.count && tokens[p + 1].isNumber)
    }

    /// "am", "pm", "a.m.", "p.m." at token `i`; returns the index past it.
    private func amPM(at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isWord else { return nil }
        let key = tokens[i].key
        if key == lex.keyOf.am || key == lex.keyOf.pm { return i + 1 }
        if (key == lex.keyOf.a || key == lex.keyOf.p), tokens[i].length == 1, sym(i + 1, "."), word(i + 2, lex.keyOf.m) {
            return sym(i + 3, ".") ? i + 4 : i + 3
        }
        return nil
    }

    /// Skips a run of numbers joined by dashes, slashes or dots without spaces.
    private func skipChain(from j: Int) -> Int {
        var k = j + 1
        while k + 1 < tokens.count, tokens[k].isSymbol("-") || tokens[k].isSymbol("/") || tokens[k].isSymbol(".")
                || tokens[k].isSymbol(")") || tokens[k].isSymbol("("),
              !tokens[k].spaceBefore || tokens[k].isSymbol("-"),
              tokens[k + 1].isNumber || tokens[k + 1].isWord, !tokens[k + 1].spaceBefore || tokens[k + 1].isNumber
        {
            if tokens[k + 1].isWord && tokens[k].isSymbol(".") { break }
            k += 2
        }
        return k
    }

    // MARK: sentence-level passes

    /// Passes over all quantities of a sentence: shared units ("45 and 50 mg"), bound pairs ("more than 10 and
    /// less than 20"), a hedge that covers a list ("about 52,000 …, 26,000 and 25,000").
    private func postProcess(_ qs: inout [Quantity], s: Int, e: Int) {
        guard qs.count >= 2 else { return }
        // Shared units, back to front so "1, 2 and 3 percent" propagates.
        var idx = qs.count - 2
        while idx >= 0 {
            let a = qs[idx]
            let b = qs[idx + 1]
            // Not to a share of it ("topped 3,400, a third of them community members"), nor from a hedged or bare
            // figure to a scaled one ("1.1 million, about 87% of the 2019 level").
            if a.unitKind == .count, !a.isRange, b.unitKind != .count, b.unitKind != .rank, b.unitKind != .times,
               b.unitKind != .duration, !b.fraction, !b.qualifierWritten, !(a.scaled && !b.scaled),
               b.start - a.end == 1, tokens[a.end].isSymbol(",") || word(a.end, lex.keyOf.and) || word(a.end, lex.keyOf.or)
            {
                qs[idx].unit = b.unit
                qs[idx].unitKind = b.unitKind
                if !a.scaled, b.scaled, !b.fraction {
                    // "2 and 3 million": keep the value as written unless the second has a scale word.
                }
            }
            idx -= 1
        }
        // Bound pairs: "larger than twenty and less or equal than thirty five" → a range.
        // Merged in place: most sentences merge nothing, and a second array cost an allocation each time.
        var write = 0
        var i = 0
        while i < qs.count {
            if i + 1 < qs.count {
                let a = qs[i]
                let b = qs[i + 1]
                let gap = b.start - a.end
                let joined = gap == 1 && (word(a.end, lex.keyOf.and) || tokens[a.end].isSymbol(","))
                let bounds = (a.qualifier.isLowerBound && (b.qualifier == .lessThan || b.qualifier == .atMost))
                    || ((a.qualifier == .lessThan || a.qualifier == .atMost) && b.qualifier.isLowerBound)
                if joined, bounds, a.qualifierWritten, b.qualifierWritten, a.unit == b.unit, !a.isRange, !b.isRange,
                   a.value != b.value
                {
                    var r = a
                    r.low = min(a.value, b.value)
                    r.high = max(a.value, b.value)
                    r.value = (a.value + b.value) / 2
                    r.qualifier = .exact
                    r.end = b.end
                    qs[write] = r
                    write += 1
                    i += 2
                    continue
                }
            }
            if write != i { qs[write] = qs[i] }
            write += 1
            i += 1
        }
        qs.removeLast(qs.count - write)
        // A hedge before the first of a list covers the rest: "about 52,000 …, 26,000 and 25,000".
        for n in 1..<max(qs.count, 1) where n < qs.count {
            let a = qs[n - 1]
            let b = qs[n]
            guard a.qualifier != .exact, !b.qualifierWritten, a.unit == b.unit, !b.isRange else { continue }
            // Only a hedge written before the number (or carried from one): "500+, employing 60,000 Texans" and
            // "500 or more" qualify their own number.
            guard a.start < a.coreStart || !a.qualifierWritten else { continue }
            let gap = b.start - a.end
            guard gap >= 1, gap <= 5 else { continue }
            var listy = false
            var blocked = false
            for g in a.end..<b.start {
                let t = tokens[g]
                if t.isSymbol(",") || word(g, lex.keyOf.and) { listy = true }
                if t.isSymbol(";") || t.isSymbol(":") || t.isSymbol("(") || t.isSymbol(")") { blocked = true }
                if t.isWord, lex.listBlockers.contains(t.key) { blocked = true }
                if t.isNumber && !t.isYearLike { blocked = true }
            }
            if listy && !blocked {
                qs[n].qualifier = a.qualifier
            }
        }
    }

    private static let listBlockers = Lexicon.keys(["against", "compared", "versus", "vs", "from", "to", "than",
                                                    "while", "but", "whereas", "up", "down", "rose", "fell",
                                                    "including", "respectively", "with"])
}

/// A unit read after a number, with "pounds" resolved to weight or money.
struct UnitWordResolved {
    enum Kind {
        case percent, points, measure, duration, times, pounds
        case currency(code: UnitName, factor: Double)
    }

    let unit: UnitName
    let kind: Kind
}
