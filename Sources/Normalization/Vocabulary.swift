/// Word lists for derived metric keys: words that say nothing about what is measured, and synonyms folded
/// to one spelling so differently worded documents give the same key.
enum Vocabulary {
    static let stopwords = Set<String>([
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "it",
        "its", "their", "they", "them", "there", "which", "who", "whom", "what", "than", "then", "so", "such", "into",
        "over", "under", "about", "around", "some", "more", "less", "most", "nearly", "almost", "approximately",
        "roughly", "all", "each", "every", "other", "any", "our", "we", "his", "her", "will", "would",
        "could", "should", "can", "may", "also", "now", "today", "still", "only", "well", "just", "per", "cent",
        "percent", "pct", "million", "billion", "trillion", "thousand", "year", "years", "total", "totaled",
        "totalled", "level", "number", "figure", "figures", "record", "compared", "versus", "vs", "against", "said",
        "say", "says", "according", "reported", "came", "reached", "reach", "remained", "remains", "stood", "while",
        "whereas", "since", "through", "during", "after", "before", "end", "fiscal", "fy", "calendar", "latest",
        "available", "new", "about", "top", "de", "la", "i", "you", "he", "she", "him", "me", "my", "your", "do",
        "does", "did", "not", "no", "if", "when", "where", "how", "why", "because", "both", "either", "any", "much",
        "many", "very", "far", "above", "below", "exceeding", "excess", "upwards", "least", "under", "just",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "usd", "jpy", "yen", "dollars", "dollar",
    ])

    /// Words that carry no topic: a figure's clause made only of these borrows the previous figure's words.
    static func isFunctionWord(_ word: String) -> Bool { stopwords.contains(word) || word.count < 2 }

    /// True for words that say how a figure moved but not what it measures: "down from 16,054" names nothing,
    /// so such a clause borrows the previous figure's words (derived keys still keep "up" as growth).
    static func isTopicless(_ word: String) -> Bool { isFunctionWord(word) || word == "up" || word == "down" }

    static let synonyms: [String: String] = [
        "up": "growth", "down": "decline", "rose": "growth", "rise": "growth", "risen": "growth", "grew": "growth", "grow": "growth", "increase": "growth",
        "increased": "growth", "jumped": "growth", "climbed": "growth", "gain": "growth", "gained": "growth",
        "fell": "decline", "fall": "decline", "fallen": "decline", "dropped": "decline", "decreased": "decline",
        "decrease": "decline", "declined": "decline",
        "arrivals": "visitor", "arrival": "visitor", "visitors": "visitor", "travelers": "visitor",
        "travellers": "visitor", "tourists": "visitor", "tourist": "visitor", "traveler": "visitor",
        "jobs": "job", "workers": "job", "employees": "job", "employed": "job", "employ": "job", "employs": "job",
        "american": "us", "americans": "us", "america": "us", "united": "us", "states": "us",
        "japanese": "japan", "tokyo": "japan",
        "favorable": "favorable", "favourable": "favorable", "favorably": "favorable", "favourably": "favorable",
        "affiliations": "partnership", "partnerships": "partnership", "relationships": "partnership",
    ]

    /// One spelling per word: synonyms folded, plurals reduced.
    static func canonical(_ word: String) -> String {
        if let folded = synonyms[word] { return folded }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
