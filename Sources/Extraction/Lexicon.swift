import BriefingModel

/// A word that takes part in a number written in words.
enum NumberWord: Sendable {
    case small(Double)  // zero … nineteen
    case tens(Double)  // twenty … ninety
    case hundred
    case scale(Double)  // thousand, million, …
    case dozen
    case fraction(Double, plural: Bool)  // half, third(s), quarter(s) …
    case article  // a, an
    case point
    case minus
}

/// How a unit word after a number is read, and what must hold for it to be read that way.
struct UnitWord: Sendable {
    enum Kind: Sendable, Equatable {
        case percent, points, measure, duration, times
        case currency(code: UnitName, factor: Double)
    }

    /// Readings of short or ambiguous unit words that need context.
    enum Guard: Sendable, Equatable {
        case none
        case inches  // "in": only at the end of a phrase or before a dimension word
        case letterUnit  // single letters ("C", "F", "L", "t", "K"): attached or at the end of a phrase
        case pounds  // weight, or GBP in a money context
        case points  // percentage points only next to percentages
        case codeWord  // a lower-case ISO code word ("usd"): attached to or right after the number
    }

    let unit: UnitName
    let kind: Kind
    var guardRule: Guard = .none
}

/// The word lists of the extractor. Every list is built once; lookups are by `WordKey`.
enum Lexicon {
    static func keys(_ words: [String]) -> KeySet { KeySet(words.map(WordKey.of)) }

    static let numberWords: KeyMap<NumberWord> = KeyMap(numberWordTable)

    private static let numberWordTable: [UInt64: NumberWord] = {
        var d: [UInt64: NumberWord] = [:]
        let smalls = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in smalls.enumerated() { d[WordKey.of(w)] = .small(Double(i)) }
        d[WordKey.of("nought")] = .small(0)
        d[WordKey.of("naught")] = .small(0)
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { d[WordKey.of(w)] = .tens(Double(20 + 10 * i)) }
        d[WordKey.of("fourty")] = .tens(40)
        d[WordKey.of("hundred")] = .hundred
        d[WordKey.of("hundreds")] = .hundred
        for (w, v) in [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
                       ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12)] {
            d[WordKey.of(w)] = .scale(v)
        }
        d[WordKey.of("dozen")] = .dozen
        d[WordKey.of("dozens")] = .dozen
        for (w, v, plural) in [("half", 2.0, false), ("halves", 2, true), ("third", 3, false), ("thirds", 3, true),
                               ("quarter", 4, false), ("quarters", 4, true), ("fourth", 4, false),
                               ("fourths", 4, true), ("fifth", 5, false), ("fifths", 5, true), ("sixth", 6, false),
                               ("sixths", 6, true), ("seventh", 7, false), ("sevenths", 7, true),
                               ("eighth", 8, false), ("eighths", 8, true), ("ninth", 9, false), ("ninths", 9, true),
                               ("tenth", 10, false), ("tenths", 10, true), ("hundredth", 100, false),
                               ("hundredths", 100, true), ("thousandth", 1000, false),
                               ("thousandths", 1000, true)] {
            d[WordKey.of(w)] = .fraction(v, plural: plural)
        }
        d[WordKey.of("a")] = .article
        d[WordKey.of("an")] = .article
        d[WordKey.of("point")] = .point
        d[WordKey.of("minus")] = .minus
        d[WordKey.of("negative")] = .minus
        return d
    }()

    /// Scale abbreviations written after digits ("10k", "$2.174T", "10 bln"); `spaced` ones may stand apart.
    static let scaleAbbreviations: KeyMap<(value: Double, spaced: Bool)> = {
        var d: [UInt64: (value: Double, spaced: Bool)] = [:]
        for (w, v, spaced) in [("k", 1e3, true), ("K", 1e3, false), ("mn", 1e6, true), ("mln", 1e6, true),
                               ("mio", 1e6, true), ("b", 1e9, false), ("bn", 1e9, true), ("bln", 1e9, true),
                               ("tn", 1e12, true), ("tln", 1e12, true), ("tr", 1e12, false), ("lakh", 1e5, true),
                               ("lakhs", 1e5, true), ("crore", 1e7, true), ("crores", 1e7, true)] {
            d[WordKey.of(w)] = (v, spaced)
        }
        return KeyMap(d)
    }()

    static let months: KeyMap<Int> = {
        var d: [UInt64: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (i, w) in names.enumerated() {
            d[WordKey.of(w)] = i + 1
            if w.count > 3 { d[WordKey.of(String(w.prefix(3)))] = i + 1 }
        }
        d[WordKey.of("sept")] = 9
        return KeyMap(d)
    }()

    static let weekdays = keys(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])

    /// Qualifier phrases written before a number.
    static let qualifiers = PhraseTable<Qualifier>([
        ("about", .approximately), ("approximately", .approximately), ("approx", .approximately),
        ("approx.", .approximately), ("around", .approximately), ("roughly", .approximately),
        ("some", .approximately), ("an estimated", .approximately), ("estimated", .approximately),
        ("circa", .approximately), ("ca.", .approximately), ("~", .approximately), ("≈", .approximately),
        ("somewhere around", .approximately), ("on the order of", .approximately),
        ("in the region of", .approximately), ("an approximate", .approximately),
        ("an average of", .exact), ("somewhere between", .approximately),
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
        ("in excess of", .moreThan), ("upwards of", .moreThan), ("upward of", .moreThan),
        ("greater than", .moreThan), ("larger than", .moreThan), ("higher than", .moreThan),
        ("bigger than", .moreThan), ("top", .moreThan), ("tops", .moreThan), ("topped", .moreThan),
        ("topping", .moreThan), ("exceed", .moreThan), ("exceeds", .moreThan), ("exceeded", .moreThan),
        ("surpass", .moreThan), ("surpasses", .moreThan), ("surpassed", .moreThan), ("surpassing", .moreThan),
        ("well over", .moreThan), ("just over", .moreThan), ("well above", .moreThan), ("just above", .moreThan),
        ("north of", .moreThan), (">", .moreThan), ("well in excess of", .moreThan), ("more then", .moreThan),
        ("at least", .atLeast), ("no less than", .atLeast), ("no fewer than", .atLeast),
        ("not less than", .atLeast), ("not fewer than", .atLeast), ("a minimum of", .atLeast),
        ("minimum of", .atLeast), ("at a minimum", .atLeast), (">=", .atLeast), ("≥", .atLeast),
        ("bigger or equal than", .atLeast), ("greater or equal than", .atLeast),
        ("higher or equal than", .atLeast), ("larger or equal than", .atLeast),
        ("greater than or equal to", .atLeast), ("more than or equal to", .atLeast),
        ("equal to or more than", .atLeast), ("equal to or greater than", .atLeast),
        ("at least or equal to", .atLeast), ("no lower than", .atLeast), ("not below", .atLeast),
        ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
        ("lower than", .lessThan), ("smaller than", .lessThan), ("<", .lessThan), ("well under", .lessThan),
        ("well below", .lessThan), ("less then", .lessThan),
        ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost), ("at most", .atMost),
        ("a maximum of", .atMost), ("maximum of", .atMost), ("at the most", .atMost), ("<=", .atMost),
        ("≤", .atMost), ("less or equal than", .atMost), ("smaller or equal than", .atMost),
        ("lower or equal than", .atMost), ("less than or equal to", .atMost), ("equal to or less than", .atMost),
        ("equal to or lower than", .atMost), ("equal to or fewer than", .atMost), ("no greater than", .atMost),
        ("not exceeding", .atMost), ("within", .atMost), ("no higher than", .atMost), ("as many as", .atMost),
        ("as much as", .atMost),
        ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just under", .nearly),
        ("just below", .nearly), ("just shy of", .nearly), ("approaching", .nearly), ("not quite", .nearly),
        ("closing in on", .nearly), ("nigh on", .nearly),
        ("exactly", .exact), ("precisely", .exact), ("equal to", .exact), ("equals", .exact),
        ("equals to", .exact), ("equaling", .exact), ("equaling to", .exact), ("equalling", .exact),
        ("a record", .exact), ("record", .exact), ("a total of", .exact), ("fully", .exact),
    ])

    /// Qualifier phrases written after a number ("500 or more").
    static let postQualifiers = PhraseTable<Qualifier>([
        ("or more", .atLeast), ("and more", .atLeast), ("or greater", .atLeast), ("or higher", .atLeast),
        ("or above", .atLeast), ("and above", .atLeast), ("and over", .atLeast), ("or over", .atLeast),
        ("or less", .atMost), ("or fewer", .atMost), ("or lower", .atMost), ("or below", .atMost),
        ("and under", .atMost), ("or under", .atMost), ("and below", .atMost), ("or so", .approximately),
        ("-plus", .moreThan), ("plus", .moreThan),
    ])

    /// Currency markers written before a number: symbols, codes and their combinations.
    static let currencyPrefixes = PhraseTable<UnitName>({
        var pairs: [(String, String)] = [
            ("$", "USD"), ("US$", "USD"), ("U.S.$", "USD"), ("U.S. $", "USD"), ("U.S $", "USD"), ("US $", "USD"),
            ("USD$", "USD"), ("USD $", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("AUD$", "AUD"), ("AUD $", "AUD"),
            ("C$", "CAD"), ("C $", "CAD"), ("CA$", "CAD"), ("CAN$", "CAD"), ("CAD$", "CAD"), ("CAD $", "CAD"),
            ("HK$", "HKD"), ("HK $", "HKD"), ("HKD$", "HKD"), ("NZ$", "NZD"), ("NZ $", "NZD"), ("NZD$", "NZD"),
            ("S$", "SGD"), ("SGD$", "SGD"), ("NT$", "TWD"), ("R$", "BRL"), ("Mex$", "MXN"), ("Mex $", "MXN"),
            ("MX$", "MXN"), ("MXN$", "MXN"), ("MXN $", "MXN"),
            ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("￥", "JPY"), ("₩", "KRW"), ("₹", "INR"), ("₽", "RUB"),
            ("₺", "TRY"), ("JP¥", "JPY"), ("CN¥", "CNY"), ("RMB¥", "CNY"), ("US dollars", "USD"),
        ]
        for code in isoCodes { pairs.append((code, code)) }
        pairs.append(("RMB", "CNY"))
        return pairs.map { ($0.0, UnitName($0.1)) }
    }())

    /// ISO 4217 codes recognised next to numbers (not "ALL", which is far more often the English word).
    static let isoCodes = ["USD", "JPY", "EUR", "GBP", "CNY", "KRW", "CAD", "AUD", "NZD", "CHF", "HKD", "SGD", "INR",
                           "MXN", "BRL", "TRY", "RUB", "ZAR", "SEK", "NOK", "DKK", "TWD", "THB", "IDR", "PHP", "VND",
                           "MYR", "SAR", "AED", "PLN", "CZK", "HUF", "ILS", "EGP", "NGN", "KES", "PKR", "BDT", "CLP",
                           "COP", "PEN", "ARS", "UAH", "QAR", "KWD"]
    static let isoCodeKeys = keys(isoCodes + ["RMB"])

    /// Unit words written after a number (and after its scale word).
    static let units = PhraseTable<UnitWord>({
        var p: [(String, UnitWord)] = []
        func add(_ words: [String], _ unit: String, _ kind: UnitWord.Kind, _ rule: UnitWord.Guard = .none) {
            for w in words { p.append((w, UnitWord(unit: UnitName(unit), kind: kind, guardRule: rule))) }
        }
        add(["percent", "per cent", "per-cent", "%", "pct", "percentage", "percents", "pc", "per centum", "％"],
            "percent", .percent)
        add(["percentage points", "percentage point", "percent points", "pct points", "pct pts", "% points",
             "ppts", "pp", "percentage-point", "percentage pts"], "percentage_points", .points)
        add(["points", "point", "pts"], "percentage_points", .points, .points)
        add(["times", "-fold", "fold"], "times", .times)
        // Currencies written after the number.
        let currency: [(String, String, Double)] = [
            ("dollars", "USD", 1), ("dollar", "USD", 1), ("us dollars", "USD", 1), ("us dollar", "USD", 1),
            ("u.s. dollars", "USD", 1), ("u.s. dollar", "USD", 1), ("american dollars", "USD", 1),
            ("australian dollars", "AUD", 1), ("australian dollar", "AUD", 1), ("canadian dollars", "CAD", 1),
            ("canadian dollar", "CAD", 1), ("hong kong dollars", "HKD", 1), ("new zealand dollars", "NZD", 1),
            ("singapore dollars", "SGD", 1), ("taiwan dollars", "TWD", 1), ("new taiwan dollars", "TWD", 1),
            ("yen", "JPY", 1), ("japanese yen", "JPY", 1), ("euros", "EUR", 1), ("euro", "EUR", 1),
            ("pounds sterling", "GBP", 1), ("sterling", "GBP", 1), ("british pounds", "GBP", 1),
            ("yuan", "CNY", 1), ("chinese yuan", "CNY", 1), ("renminbi", "CNY", 1), ("rmb", "CNY", 1),
            ("won", "KRW", 1), ("korean won", "KRW", 1), ("rupees", "INR", 1), ("rupee", "INR", 1),
            ("indian rupees", "INR", 1), ("rupiah", "IDR", 1), ("pesos", "MXN", 1), ("mexican pesos", "MXN", 1),
            ("philippine pesos", "PHP", 1), ("reais", "BRL", 1), ("real", "BRL", 1), ("rand", "ZAR", 1),
            ("rubles", "RUB", 1), ("roubles", "RUB", 1), ("swiss francs", "CHF", 1), ("swiss franc", "CHF", 1),
            ("turkish lira", "TRY", 1), ("lira", "TRY", 1), ("baht", "THB", 1), ("ringgit", "MYR", 1),
            ("dong", "VND", 1), ("shekels", "ILS", 1), ("riyals", "SAR", 1), ("dirhams", "AED", 1),
            ("zloty", "PLN", 1), ("naira", "NGN", 1), ("kronor", "SEK", 1), ("swedish kronor", "SEK", 1),
            ("norwegian kroner", "NOK", 1), ("danish kroner", "DKK", 1),
            ("cents", "USD", 0.01), ("cent", "USD", 0.01), ("pence", "GBP", 0.01), ("penny", "GBP", 0.01),
            ("$", "USD", 1), ("€", "EUR", 1), ("£", "GBP", 1), ("¥", "JPY", 1),
        ]
        for (w, code, f) in currency {
            let name = UnitName(code)
            p.append((w, UnitWord(unit: name, kind: .currency(code: name, factor: f))))
        }
        for code in isoCodes {
            let name = UnitName(code)
            p.append((code, UnitWord(unit: name, kind: .currency(code: name, factor: 1), guardRule: .codeWord)))
        }
        add(["pounds", "pound", "lbs", "lb"], "pounds", .measure, .pounds)
        // Measurement units.
        add(["km", "kilometers", "kilometres", "kilometer", "kilometre", "kms"], "km", .measure)
        add(["miles", "mile", "mi"], "miles", .measure)
        add(["meters", "metres", "meter", "metre", "m"], "meters", .measure)
        add(["centimeters", "centimetres", "centimeter", "centimetre", "cm"], "centimeters", .measure)
        add(["millimeters", "millimetres", "millimeter", "millimetre", "mm"], "millimeters", .measure)
        add(["nanometers", "nanometres", "nanometer", "nanometre", "nm"], "nanometers", .measure)
        add(["feet", "foot", "ft"], "feet", .measure)
        add(["inches", "inch"], "inches", .measure)
        add(["in"], "inches", .measure, .inches)
        add(["yards", "yard", "yd"], "yards", .measure)
        add(["acres", "acre"], "acres", .measure)
        add(["hectares", "hectare", "ha"], "hectares", .measure)
        add(["square kilometers", "square kilometres", "square kilometer", "square kilometre", "square km",
             "sq km", "sq. km", "km2", "km²", "sq kilometers"], "square_km", .measure)
        add(["square miles", "square mile", "sq mi", "sq. mi", "sq miles", "sq. miles", "mi2", "mi²"],
            "square_miles", .measure)
        add(["square meters", "square metres", "square meter", "square metre", "sq m", "sq. m", "m2", "m²"],
            "square_meters", .measure)
        add(["square feet", "square foot", "sq ft", "sq. ft", "ft2", "ft²"], "square_feet", .measure)
        add(["cubic feet", "cubic foot", "cu ft"], "cubic_feet", .measure)
        add(["cubic meters", "cubic metres", "cubic meter", "cubic metre", "m3", "m³"], "cubic_meters", .measure)
        add(["liters", "litres", "liter", "litre"], "liters", .measure)
        add(["l", "L"], "liters", .measure, .letterUnit)
        add(["milliliters", "millilitres", "milliliter", "millilitre", "ml", "cubic centimeters",
             "cubic centimetres", "cc"], "milliliters", .measure)
        add(["centiliters", "centilitres", "centiliter", "centilitre", "cl"], "centiliters", .measure)
        add(["gallons", "gallon", "gal"], "gallons", .measure)
        add(["barrels", "barrel", "bbl", "bbls"], "barrels", .measure)
        add(["metric tons", "metric ton", "metric tonnes", "metric tonne", "tonnes", "tonne"], "metric_tons", .measure)
        add(["t"], "metric_tons", .measure, .letterUnit)
        add(["tons", "ton"], "tons", .measure)
        add(["kilograms", "kilogram", "kg", "kgs", "kilos", "kilo"], "kilograms", .measure)
        add(["grams", "gram", "g"], "grams", .measure)
        add(["milligrams", "milligram", "mg"], "milligrams", .measure)
        add(["micrograms", "microgram", "μg", "µg", "mcg"], "micrograms", .measure)
        add(["ounces", "ounce", "oz"], "ounces", .measure)
        add(["degrees celsius", "degree celsius", "degrees centigrade", "°C", "° C", "ºC", "degrees C",
             "deg C", "℃"], "degrees_celsius", .measure)
        add(["C"], "degrees_celsius", .measure, .letterUnit)
        add(["degrees fahrenheit", "degree fahrenheit", "°F", "° F", "ºF", "degrees F", "℉"],
            "degrees_fahrenheit", .measure)
        add(["F"], "degrees_fahrenheit", .measure, .letterUnit)
        add(["kilometers per hour", "kilometres per hour", "kilometer per hour", "kilometre per hour",
             "kilometers an hour", "kilometres an hour", "km/h", "km/hr", "kph", "kmph", "km per hour",
             "kmh"], "km_per_hour", .measure)
        add(["miles per hour", "miles an hour", "mile per hour", "mph"], "miles_per_hour", .measure)
        add(["watts", "watt", "W"], "watts", .measure)
        add(["kilowatts", "kilowatt", "kW"], "kilowatts", .measure)
        add(["megawatts", "megawatt", "MW"], "megawatts", .measure)
        add(["gigawatts", "gigawatt", "GW"], "gigawatts", .measure)
        add(["watt hours", "watt-hours", "Wh"], "watt_hours", .measure)
        add(["kilowatt hours", "kilowatt-hours", "kWh"], "kilowatt_hours", .measure)
        add(["megawatt hours", "megawatt-hours", "MWh"], "megawatt_hours", .measure)
        add(["gigawatt hours", "gigawatt-hours", "GWh"], "gigawatt_hours", .measure)
        add(["terawatt hours", "terawatt-hours", "TWh"], "terawatt_hours", .measure)
        add(["british thermal units", "btu", "btus"], "british_thermal_units", .measure)
        add(["kelvin", "kelvins"], "kelvins", .measure)
        add(["K"], "kelvins", .measure, .letterUnit)
        add(["teu", "teus"], "teu", .measure)
        add(["bytes", "byte"], "bytes", .measure)
        add(["kilobytes", "kilobyte"], "kilobytes", .measure)
        add(["megabytes", "megabyte", "MB"], "megabytes", .measure)
        add(["gigabytes", "gigabyte", "GB"], "gigabytes", .measure)
        add(["terabytes", "terabyte", "TB"], "terabytes", .measure)
        add(["petabytes", "petabyte", "PB"], "petabytes", .measure)
        add(["exabytes", "exabyte", "EB"], "exabytes", .measure)
        // Durations.
        add(["years", "year", "yrs", "yr"], "years", .duration)
        add(["months", "month"], "months", .duration)
        add(["weeks", "week"], "weeks", .duration)
        add(["days", "day"], "days", .duration)
        add(["hours", "hour", "hrs", "hr"], "hours", .duration)
        add(["minutes", "minute", "mins"], "minutes", .duration)
        add(["decades", "decade"], "decades", .duration)
        return p
    }())

    /// Words that end a counted noun phrase: prepositions, verbs, pronouns, conjunctions and the like.
    static let nounStops = keys([
        "of", "in", "at", "from", "to", "on", "for", "with", "by", "into", "across", "through", "over", "under",
        "among", "amongst", "between", "since", "during", "per", "than", "as", "about", "around", "after", "before",
        "within", "without", "via", "including", "like", "against", "toward", "towards", "outside", "inside",
        "and", "or", "but", "nor", "while", "whereas", "who", "which", "that", "whom", "whose", "where", "when",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "could", "should", "may", "might", "must", "can", "shall", "not", "no",
        "the", "a", "an", "this", "these", "those", "their", "its", "our", "his", "her", "my", "your", "they", "them",
        "it", "we", "he", "she", "i", "you", "each", "every", "all", "both", "some", "any", "more", "most", "less",
        "fewer", "other", "such", "also", "only", "still", "already", "now", "then", "there", "here", "today",
        "yesterday", "tomorrow", "ago", "later", "earlier", "annually", "a", "year", "month", "week", "day",
        "said", "says", "say", "took", "take", "taking", "came", "come", "went", "go", "made", "make", "got", "get",
        "gave", "give", "reached", "reach", "rose", "fell", "grew", "increased", "decreased", "declined",
        "totaled", "totalled", "totaling", "numbered", "attended", "visited", "joined", "participated", "worked",
        "work", "working", "served", "serve", "serving", "include", "includes", "included", "remain", "remained",
        "remains", "live", "living", "lived", "study", "studying", "studied", "arrived", "arrive", "traveled",
        "travelled", "travel", "employ", "employed", "employs", "support", "supports", "supported", "call",
        "calls", "called", "view", "views", "name", "names", "favor", "favors", "oppose", "opposes", "rated",
        "compared", "respectively", "each", "apiece", "plus", "etc", "yet", "so", "if", "because", "though",
        "although", "once", "until", "unless", "whether", "per", "vs", "versus", "via", "up", "down", "out", "off",
        "again", "too", "very", "just", "even", "ever", "never", "always", "often", "usually", "already",
        "spent", "spend", "spending", "drew", "draw", "hosted", "host", "hosts", "signed", "won", "lost",
        "enrolled", "registered", "surveyed", "polled", "interviewed", "counted", "recorded", "estimated",
        "expected", "projected", "planned", "located", "stationed", "deployed", "created", "generated",
        "brought", "sent", "received", "funded", "awarded", "taught", "met", "held", "returned", "returning",
    ])

    /// Counted nouns that are plural without a final "s".
    static let irregularPlurals = keys([
        "people", "personnel", "staff", "alumni", "children", "men", "women", "police", "cattle", "faculty",
        "media", "data", "youth", "crew", "clergy", "offspring", "fish", "sheep", "deer", "aircraft", "livestock",
        "militia", "infantry", "cavalry", "feet", "teeth", "mice", "geese", "folk", "folks", "kin",
    ])

    /// Singular words that end in "s" and so must not pass for plurals.
    static let falsePlurals = keys([
        "its", "this", "his", "was", "has", "is", "us", "as", "plus", "thus", "bus", "gas", "yes", "less",
        "business", "status", "bonus", "campus", "census", "corpus", "focus", "virus", "nexus", "consensus",
        "analysis", "basis", "crisis", "emphasis", "thesis", "axis", "series", "species", "news", "physics",
        "economics", "politics", "mathematics", "statistics", "across", "process", "progress", "address",
        "access", "class", "press", "congress", "success", "loss", "boss", "mass", "glass", "grass", "kansas",
        "texas", "paris", "lewis", "davis", "christmas", "atlas", "canvas", "alias", "chaos", "ethos", "always",
        "perhaps", "whereas", "overseas", "various", "numerous", "serious", "previous", "famous", "nervous",
        "anonymous", "indigenous", "religious", "generous", "enormous", "continuous", "obvious", "dangerous",
        "ambitious", "tremendous", "afterwards", "towards", "downwards", "upwards", "besides", "sometimes",
    ])

    /// Plural nouns that name a measurement or a source rather than what is counted.
    static let metaNouns = keys([
        "forecasts", "estimates", "figures", "projections", "statistics", "numbers", "totals", "results",
        "reports", "surveys", "data", "levels", "rates", "years", "months", "weeks", "days", "hours", "terms",
        "times", "points", "percentages", "shares", "amounts", "values", "counts", "polls", "findings",
        "states", "nations", "islands", "emirates", "philippines", "netherlands", "americas", "olympics",
        "games", "affairs", "sciences", "relations", "notes", "sources", "records", "details", "others",
        "questions", "stays", "forces", "contributions", "budgets", "prices", "costs",
    ])

    /// Function words that may be capitalised before a number without making it part of a name.
    static let capitalizedBeforeNumber = keys([
        "in", "about", "over", "some", "nearly", "approximately", "around", "roughly", "almost", "only", "just",
        "top", "tops", "record", "the", "a", "an", "of", "by", "from", "to", "with", "and", "or", "for", "at", "on",
        "under", "below", "above", "less", "more", "fewer", "up", "exactly", "total", "since", "until", "than",
        "between", "within", "reached", "nearly", "estimated", "all", "members", "non", "after", "before", "during",
        "as", "is", "was", "were", "are", "has", "had", "have", "more", "most", "least", "at", "those", "these",
        "only", "another", "its", "their", "our", "his", "her", "fy", "fiscal", "cy", "q", "h", "circa",
        "ca", "avg", "average", "median", "mean", "approx", "est", "exceeding", "upwards", "beyond", "nearly",
        "surpassed", "topped", "reached", "hit", "hits", "almost", "roughly", "then", "now", "today",
        "plus", "minus", "add", "pay", "paid", "earn", "spend", "give", "get", "buy", "sell", "sold", "cost",
        "costs", "price", "priced", "worth", "valued", "raised", "raise", "invest", "invested", "lost", "won",
        "us", "u", "s", "ok", "yes", "no", "but", "because", "so", "yet", "while", "if", "when", "where", "which",
        "who", "what", "that", "this", "we", "they", "he", "she", "it", "i", "you", "there", "here", "each",
        "every", "both", "either", "neither", "any", "many", "much", "several", "few", "other", "such", "same",
        "ranges", "range", "answer", "number", "result", "score", "height", "weight", "age", "length",
    ])

    /// Lower-case nouns after which a number is an identifier ("page 14", "version 2.1", "exit 436").
    static let identifierNouns = keys([
        "page", "pages", "p", "pp", "section", "sections", "sec", "article", "articles", "art", "chapter", "chap",
        "ch", "figure", "fig", "table", "tab", "item", "no", "nos", "version", "ver", "v", "room", "rm", "suite",
        "ste", "exit", "route", "rte", "highway", "hwy", "interstate", "flight", "grade", "level", "phase",
        "stage", "type", "model", "series", "vol", "volume", "issue", "edition", "episode", "season", "gate",
        "platform", "box", "apt", "apartment", "floor", "unit", "rule", "title", "clause", "paragraph", "para",
        "annex", "appendix", "resolution", "amendment", "footnote", "note", "notes", "line", "lines", "row",
        "column", "col", "step", "question", "q", "tier", "class", "division", "district", "ward", "zone",
        "block", "lot", "plot", "building", "bldg", "pier", "berth", "terminal", "track", "channel", "ch",
        "region", "sector", "category", "code", "id", "ref", "reference", "serial", "account", "acct", "ticket",
        "order", "case", "docket", "bill", "act", "law", "regulation", "directive", "standard", "iso", "rfc",
        "brief", "paper", "report", "working", "part", "book", "verse", "slide", "exhibit", "schedule",
        "attachment", "enclosure", "appendices", "option", "proposition", "prop", "measure", "precinct",
    ])

    static let streetSuffixes = keys([
        "street", "st", "avenue", "ave", "av", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "ln",
        "way", "place", "pl", "plaza", "court", "ct", "parkway", "pkwy", "highway", "hwy", "square", "sq",
        "terrace", "circle", "cir", "broadway", "alley", "row", "walk", "crescent", "close", "wharf", "pike",
        "trail", "center", "centre", "tower", "building",
    ])

    /// Words after which a following number names a telephone or fax line.
    static let phoneWords = keys(["tel", "telephone", "phone", "fax", "mobile", "cell", "call", "tfn", "ph", "hotline"])

    /// Words before a year that make it the start of a period or a comparison base, not the date of a figure.
    static let baseYearWords = keys(["since", "from", "than", "versus", "vs", "against", "over", "on", "above",
                                     "below", "began", "begun", "begin", "started", "founded", "established",
                                     "launched", "created", "inception", "beginning", "starting"])

    /// Words before a year that make it the horizon of a target ("by 2027", "through FY2026").
    static let horizonYearWords = keys(["by", "through", "until", "till", "thru", "to", "before"])

    static let fiscalWords = keys(["fy", "fiscal", "cy", "jfy", "sfy", "ffy"])

    /// Currencies a sentence names by word when it quotes an exchange rate ("the yen traded at 148.6 per dollar").
    static let rateCurrencies = KeyMap<UnitName>([
        ("yen", "JPY"), ("euro", "EUR"), ("yuan", "CNY"), ("renminbi", "CNY"), ("won", "KRW"), ("rupee", "INR"),
        ("dollar", "USD"), ("ringgit", "MYR"), ("baht", "THB"), ("peso", "MXN"),
    ].map { (WordKey.of($0.0), UnitName($0.1)) })

    static let ordinalWords: KeyMap<Double> = {
        var d: [UInt64: Double] = [:]
        for (i, w) in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "eleventh", "twelfth"].enumerated() {
            d[WordKey.of(w)] = Double(i + 1)
        }
        return KeyMap(d)
    }()

    static let superlatives = keys(["largest", "biggest", "highest", "greatest", "most", "top", "leading",
                                    "lowest", "smallest", "busiest", "richest", "strongest", "fastest"])

    /// Determiners that, before a small number in words, make it an idiom ("our two nations").
    static let idiomDeterminers = keys(["our", "the", "these", "those", "their", "its", "my", "your", "his", "her",
                                        "both", "whose", "all"])

    static let dimensionWords = keys(["tall", "long", "wide", "high", "deep", "thick", "away", "across", "high",
                                      "in", "diameter", "length", "width", "height", "depth", "radius", "of",
                                      "from", "east", "west", "north", "south", "apart", "above", "below",
                                      "square", "per", "an", "a", "each"])

    /// Words that make "pounds" money rather than weight.
    static let moneyWords = keys(moneyWordList)

    static let moneyWordList = ["spent", "spend", "spending", "cost", "costs", "costing", "paid", "pay", "pays",
                                  "paying", "profit", "profits", "revenue", "revenues", "price", "priced", "fined",
                                  "fine", "worth", "sold", "sell", "bought", "buy", "loan", "loans", "salary",
                                  "income", "budget", "fund", "funds", "funding", "deal", "sterling", "earn",
                                  "earned", "earnings", "invest", "invested", "investment", "bid", "raised",
                                  "donated", "grant", "debt", "tax", "taxes", "fee", "fees", "bill", "wage",
                                  "wages", "sales", "turnover", "value", "valued", "prize", "compensation",
                                  "damages", "owed", "owe", "bank", "money", "cash", "pension", "charge"]
}
