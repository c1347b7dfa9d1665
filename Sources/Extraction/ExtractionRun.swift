import BriefingModel

/// The extraction of one document: layout, quantities per sentence, then attributes per quantity.
struct ExtractionRun {
    let document: Document
    let text: ScalarText
    let scalars: ScalarText
    let tokens: [Token]
    let layout: TextLayout
    let scanner: QuantityScanner
    let nouns: NounFinder
    let categories: CategoryClassifier
    let kinds: KindClassifier
    let years: YearResolver
    let ids: FactID
    /// `CategoryClassifier.nouns`, read once per document rather than through its lazy-initialisation check per fact.
    let nounCategories: KeyMap<Category>

    /// Indices of the tokens with a word class (`LineMarks.classified`): the only ones sentence marks look at.
    let classified: [Int32]
    /// Indices of the ";" tokens (`LineMarks.clauseBreaks`).
    let clauseBreaks: [Int]

    init(document: Document, text: ScalarText, tokens: [Token], marks: LineMarks) {
        self.document = document
        classified = marks.classified
        clauseBreaks = marks.clauseBreaks
        ids = FactID(documentHash: document.contentHash)
        self.text = text
        let scalars = text
        self.scalars = scalars
        self.tokens = tokens
        layout = TextLayout(tokens: tokens, marks: marks, scalars: scalars)
        scanner = QuantityScanner(tokens: tokens, scalars: scalars)
        nouns = NounFinder(tokens: tokens, text: text)
        categories = CategoryClassifier(tokens: tokens)
        kinds = KindClassifier(tokens: tokens)
        years = YearResolver(tokens: tokens)
        nounCategories = CategoryClassifier.nouns
    }


    /// The text from the start of token `first` to the end of token `last`.
    private func string(_ first: Int, _ last: Int) -> String { text.string(tokens[first], tokens[last]) }

    func facts() -> [Fact] {
        var out: [Fact] = []
        let marks = sentenceMarks()
        // About one fact per sentence that may hold a quantity: growing one by one reallocated (and moved every
        // fact) a dozen times per document.
        out.reserveCapacity(marks.reduce(0) { $0 + ($1.contains(.quantityStart) ? 1 : 0) })
        let sectionSurvey = surveySections(marks)
        var topics = SectionTopics(count: layout.sections.count)
        var previousSentence: MarkedSentence?
        var quantities: [Quantity] = []
        var units = UnitSpellings()
        // The clause breaks (";") of each sentence, from the tokenizer's list: sentences come in text order.
        var breakCursor = 0
        // Where `YearResolver.mentions` left off in the classed tokens.
        var yearCursor = 0
        let baseKeys = BaseKeys.shared
        for (index, sentence) in layout.sentences.enumerated() {
            let s = sentence.start
            let e = sentence.end
            let mark = marks[index]
            let hasPercent = mark.contains(.percent)
            let money = mark.contains(.money)
            if !mark.contains(.quantityStart) {
                previousSentence = (sentence, mark)
                continue
            }
            scanner.scan(from: s, to: e, hasPercent: hasPercent || sectionSurvey[sentence.section],
                         moneyContext: money, into: &quantities)
            let before = previousSentence
            previousSentence = (sentence, mark)
            // "30 years ago", "two years earlier", "12 percent five years before": time references, not durations.
            var k = 0
            while k < quantities.count {
                if quantities[k].unitKind == .duration,
                   years.isTimeReference(durationEnd: quantities[k].end,
                                         rightAfterFigure: k > 0 && quantities[k - 1].end == quantities[k].start)
                {
                    quantities.remove(at: k)
                } else {
                    k += 1
                }
            }
            // "Figures may not sum to 100% due to rounding": a note on the table, not a share.
            if mark.contains(.percent) { dropRoundingNote(&quantities, from: s, to: e) }
            guard !quantities.isEmpty else { continue }
            let mentions = mark.contains(.yearCandidate)
                ? years.mentions(from: s, to: e, classed: classified, cursor: &yearCursor) : []
            let sentenceText = string(s, e - 1)
            // The clause breaks of the sentence, read once from the tokenizer's list: most sentences have none, and
            // every figure and counted noun below reads them.
            while breakCursor < clauseBreaks.count, clauseBreaks[breakCursor] < s { breakCursor += 1 }
            var breakEnd = breakCursor
            while breakEnd < clauseBreaks.count, clauseBreaks[breakEnd] < e { breakEnd += 1 }
            let semicolons = clauseBreaks[breakCursor..<breakEnd]
            // Counted nouns: after the number, then from "61 of the 450+ … partnerships", then the sentence subject.
            for qi in quantities.indices where quantities[qi].unitKind == .count || quantities[qi].unitKind == .rank {
                // "a 35-member delegation": the word joined to the number is what it counts.
                let end = quantities[qi].end
                if end + 1 < e, tokens[end].isSymbol("-"), !tokens[end].spaceBefore, tokens[end + 1].isWord,
                   !tokens[end + 1].spaceBefore
                {
                    quantities[qi].nounWord = end + 1
                    quantities[qi].nounToken = end + 1
                    continue
                }
                if let head = nouns.nounAfter(quantities[qi].end, end: e) {
                    // "for five consecutive years": a duration with a word between.
                    if quantities[qi].unitKind == .count, let unit = nouns.durationUnit(ofNoun: head) {
                        quantities[qi].unit = unit
                        quantities[qi].unitKind = .duration
                        continue
                    }
                    quantities[qi].nounWord = head
                    quantities[qi].nounToken = head
                }
            }
            for qi in quantities.indices where quantities[qi].unitKind == .count && quantities[qi].nounWord == nil {
                let q = quantities[qi]
                var k = q.end
                if k < e, tokens[k].isWord, tokens[k].key == CommonWord.of {
                    k += 1
                    while k < e, tokens[k].isWord, tokens[k].key == CommonWord.the || tokens[k].key == CommonWord.all
                            || tokens[k].key == CommonWord.these || tokens[k].key == CommonWord.its {
                        k += 1
                    }
                    // The next figure's noun from after it (this loop has not reached that figure yet).
                    if qi + 1 < quantities.count, quantities[qi + 1].start == k, let n = quantities[qi + 1].nounWord {
                        quantities[qi].nounWord = n
                        quantities[qi].nounToken = quantities[qi + 1].nounToken
                        quantities[qi].nounFromContext = true
                        continue
                    }
                }
                // "1.1 million Japanese traveled …, less than a third of the 3.75 million who came in 2019": people
                // counted without a noun, before "who", are the people an earlier figure counted.
                if q.end < e, tokens[q.end].isWord, tokens[q.end].key == CommonWord.who,
                   let earlier = quantities[..<qi].last(where: { $0.unitKind == .count && $0.nounWord != nil })
                {
                    quantities[qi].nounWord = earlier.nounWord
                    quantities[qi].nounToken = earlier.nounToken
                    quantities[qi].nounFromContext = true
                    continue
                }
                // "nearly one million Americans, about 963,000 in total": a figure set off by a comma right after
                // another figure's noun restates that figure, and so does a part of it after "including" ("nearly 1
                // million American jobs, including roughly 500,000 in manufacturing").
                var before = q.start - 1
                let including = before > s && tokens[before].isWord && tokens[before].key == baseKeys.including
                if including { before -= 1 }
                if qi > 0, before > s, tokens[before].isSymbol(",") || including,
                   quantities[qi - 1].unitKind == .count, let head = quantities[qi - 1].nounToken,
                   head == (tokens[before].isSymbol(",") ? before - 1 : before), let n = quantities[qi - 1].nounWord
                {
                    quantities[qi].nounWord = n
                    quantities[qi].nounToken = head
                    quantities[qi].nounFromContext = true
                    continue
                }
                // "60 million visitors by 2030, up from 31.9 million": a base counts what the figure before it counts.
                if isBase(before: q.start, sentenceStart: s, baseKeys),
                   let earlier = quantities[..<qi].last(where: { $0.unitKind == .count && $0.nounWord != nil })
                {
                    quantities[qi].nounWord = earlier.nounWord
                    quantities[qi].nounToken = earlier.nounToken
                    quantities[qi].nounFromContext = true
                    continue
                }
                var clauseStart = s
                for i in semicolons where i < q.start { clauseStart = i + 1 }
                // The clause first, then the whole sentence (the same scan again when the clause opens it).
                if let head = nouns.pluralBefore(q.start, from: clauseStart)
                    ?? (clauseStart > s ? nouns.pluralBefore(clauseStart, from: s) : nil)
                {
                    quantities[qi].nounWord = head
                    quantities[qi].nounFromContext = true
                }
            }
            // The figure of this sentence last dated by "last year" and the like.
            var relativelyDated = -1
            // By index, not `enumerated()`: its iterator, when not inlined, copied every quantity through memory.
            for qi in quantities.indices {
                var q = quantities[qi]
                if q.unitKind == .count || q.unitKind == .rank {
                    if q.nounFromContext { q.confidence -= 0.15 }
                    if q.nounWord == nil { q.confidence -= 0.2 }
                }
                // Clause: split at ";".
                var cs = s
                var ce = e
                for i in semicolons {
                    if i < q.start { cs = i + 1 } else if i >= q.end { ce = i; break }
                }
                // Only cue words make a target or projection.
                let previousEnd = qi > 0 && quantities[qi - 1].end > cs ? quantities[qi - 1].end : nil
                var kind = mark.contains(.kindCue)
                    ? kinds.kind(qStart: q.start, qEnd: q.end, cs: cs, ce: ce, previousEnd: previousEnd) : .observation
                // "aims to attract 60 million visitors by 2030 and lift spending to ¥15 trillion": the aim goes on
                // past the cue window.
                if kind == .observation, let previousEnd, mark.contains(.kindCue), let previous = out.last,
                   previous.kind != .observation, kinds.continuesKind(from: previousEnd, to: q.start)
                {
                    kind = previous.kind
                }
                var category = categoryOf(q, s: s, e: e, cs: cs, ce: ce, sentence: (sentence, mark),
                                          survey: sectionSurvey[sentence.section], previous: before, topics: &topics)
                // A poll measures what people think now, even about plans and expectations.
                if category == .survey { kind = .observation }
                // "reach 2,000 members by 2027, up from 1,350 today", "raise exports from $5 billion to $8 billion":
                // the base of an aim or a forecast is where things stand, an observation.
                var baseOfAim = false
                if isBase(before: q.start, sentenceStart: s, baseKeys), isBaseOfAim(q.start, kind: kind, mentions: mentions) {
                    // Also an observation's base after a horizon: "to 60% by 2030, from less than a third today".
                    kind = .observation
                    baseOfAim = true
                }
                // The aim's horizon does not date its base: only a year right after it does ("up from 31.9 million in
                // 2019"), else "today", "this year" or the document's year.
                var year = baseOfAim
                    ? YearResolver.yearRightAfter(q.end, mentions)
                    : years.year(for: qi, quantities: quantities, mentions: mentions, isTarget: kind == .target,
                                 clauseEnd: ce, sentenceStart: s)
                if year == nil {
                    // "last year", "a decade ago" and the like count from the section's or the document's year.
                    let reference = layout.sections[sentence.section].year ?? document.date?.year
                    if let reference,
                       let offset = years.relativeOffset(start: q.start, end: q.end, sentenceStart: s, sentenceEnd: e)
                    {
                        year = reference + offset
                        relativelyDated = qi
                    } else if relativelyDated == qi - 1, qi > 0, !out.isEmpty,
                              years.reachesLevel(qi - 1, quantities) || isChangeSetOff(q, after: quantities[qi - 1])
                    {
                        // "rose 18% last year to $212 million": the level reached when the change was; "sold 1.3
                        // million last year, a decline of 4% from 2023": the change of that figure.
                        year = out[out.count - 1].year
                        relativelyDated = qi
                    } else {
                        year = reference
                    }
                }
                // "up from $442.4 billion a year earlier", "from $5 billion two years earlier": years before the one
                // the sentence speaks of.
                // It compares with a figure before it, so a sentence's first figure is never one.
                // Counted from the figure before when "last year" dated it ("14,300 visas last year, compared with
                // 11,900 two years earlier").
                if qi > 0, let y = year, let back = years.yearsEarlier(after: q.end, sentenceEnd: e) {
                    year = (relativelyDated == qi - 1 ? out[out.count - 1].year ?? y : y) - back
                }
                // "¥1.9 trillion ($12.7 billion)": a conversion says what the amount before it says.
                if qi > 0, q.unitKind == .currency, quantities[qi - 1].unitKind == .currency,
                   q.start >= 1, tokens[q.start - 1].isSymbol("("), quantities[qi - 1].end == q.start - 1,
                   let converted = out.indices.last
                {
                    kind = out[converted].kind
                    category = out[converted].category
                    year = out[converted].year
                }
                let subject = nouns.subject(of: q, sentenceStart: s, sentenceEnd: e)
                out.append(makeFact(q, kind: kind, category: category, year: year, subject: subject,
                                    sentence: sentenceText, units: &units))
            }
        }
        out.append(contentsOf: tableFacts(units: &units))
        // Prose facts come in text order; only table facts (appended last) can be out of place, and sorting an
        // already sorted array still copies every fact.
        var inOrder = true
        for k in out.indices.dropFirst() where (out[k - 1].start, out[k - 1].end) > (out[k].start, out[k].end) {
            inOrder = false
            break
        }
        if !inOrder { out.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        return out
    }

    // Inlined: called from `facts()` alone, and returning the fact from a call copies it through memory.
    @inline(__always)
    private func makeFact(_ q: Quantity, kind: Kind, category: Category, year: Int?, subject: String?,
                          sentence: String, units: inout UnitSpellings) -> Fact
    {
        let start = tokens[q.start].start
        let end = tokens[q.end - 1].end
        let unit = units.unit(q.unit)
        let hasNoun = q.unitKind == .count || q.unitKind == .rank
        // Not `nounWord.map(nouns.lowered)`: the closure would copy the noun finder (five array references).
        var noun: String?
        if hasNoun, let word = q.nounWord { noun = nouns.lowered(word) }
        return Fact(
            id: ids.id(start: start, end: end),
            document: document.id, text: string(q.start, q.end - 1), start: start, end: end, sentence: sentence,
            value: Self.rounded(q.value), low: q.low.map(Self.rounded), high: q.high.map(Self.rounded), unit: unit,
            noun: noun, qualifier: q.qualifier, category: category, kind: kind, year: year,
            metric: nil, subject: subject, confidence: max(0.1, min(1, q.confidence)))
    }

    /// The keys of the words that make a comparison base, read once per document: each read of a global key is a
    /// call that checks its lazy initialisation. A class, so that calls pass one reference, not seven keys.
    final class BaseKeys: Sendable {
        static let shared = BaseKeys()
        let from = CommonWord.from
        let versus = CommonWord.versus
        let vs = CommonWord.vs
        let with = CommonWord.with
        let to = CommonWord.to
        let compared = CommonWord.compared
        let including = CommonWord.including
    }

    /// True when the words before `start` make the figure a comparison base: "from", "versus", "vs",
    /// "compared with", "compared to".
    private func isBase(before start: Int, sentenceStart s: Int, _ keys: BaseKeys) -> Bool {
        guard start > s, tokens[start - 1].isWord else { return false }
        let key = tokens[start - 1].key
        if key == keys.from || key == keys.versus || key == keys.vs { return true }
        guard key == keys.with || key == keys.to, start - 2 >= s else { return false }
        return tokens[start - 2].isWord && tokens[start - 2].key == keys.compared
    }

    private static let roundingKey = WordKey.of("rounding")

    /// Drops a 100% from a sentence that speaks of rounding ("may not sum to 100% due to rounding"). Out of line:
    /// `facts()` is kept small enough for its loops to be inlined.
    @inline(never)
    private func dropRoundingNote(_ quantities: inout [Quantity], from s: Int, to e: Int) {
        guard let r = quantities.firstIndex(where: { $0.unitKind == .percent && $0.value == 100 }) else { return }
        let rounding = Self.roundingKey
        for i in s..<e where tokens[i].isWord && tokens[i].key == rounding {
            quantities.remove(at: r)
            return
        }
    }

    private static let changeNouns = Lexicon.keys([
        "a", "an", "decline", "increase", "rise", "drop", "gain", "fall", "jump", "dip", "up", "down", "of", "by",
        "or", "some", "about", "roughly", "nearly", "almost", "around", "growth", "decrease",
    ])

    /// True when a percent or points figure is the change of the figure before it, set off by a comma: "1.3 million
    /// last year, a decline of 4%", "$5 billion, up 12%".
    @inline(never)
    private func isChangeSetOff(_ q: Quantity, after previous: Quantity) -> Bool {
        guard q.unitKind == .percent || q.unitKind == .points, q.start > previous.end, q.start - previous.end <= 16
        else { return false }
        var sawComma = false
        for i in previous.end..<q.start {
            let t = tokens[i]
            if t.isSymbol(",") {
                if sawComma { return false }
                sawComma = true
            } else if sawComma {
                // After the comma, only the words of a change: "a decline of", "up", "an increase of some".
                guard t.isWord, Self.changeNouns.contains(t.key) else { return false }
            } else if t.isNumber || t.isSymbol(";") || t.isSymbol(":") {
                return false
            }
        }
        return sawComma
    }

    /// True when a figure after a base word is the base of an aim or a forecast: its own kind is one, or a horizon
    /// ("by 2030") stands before it. Out of line, as `dropRoundingNote`.
    @inline(never)
    private func isBaseOfAim(_ start: Int, kind: Kind, mentions: [YearResolver.Mention]) -> Bool {
        kind != .observation || mentions.contains(where: { $0.horizon && $0.token < start })
    }

    /// Rounds away binary noise ("1.0551 × 10¹²" stays exact; 66.666… keeps twelve significant digits).
    static func rounded(_ v: Double) -> Double {
        guard v.isFinite, v != 0 else { return v.isFinite ? v : 0 }
        // Whole numbers come back unchanged (below 10¹² times the scale stays under 2⁵³, so exact; above, the scale
        // is 1): skip the divisions, since most figures are whole.
        if v.rounded(.towardZero) == v { return v }
        let magnitude = (abs(v)).exponent10
        let scale = Tokenizer.power10(max(0, 11 - magnitude))
        guard scale > 1 else { return v.rounded() }
        return (v * scale).rounded() / scale
    }

    /// A sentence with its marks.
    typealias MarkedSentence = (sentence: TextLayout.Sentence, mark: SentenceMarks)

    /// What one pass over a sentence's tokens found: whether it may hold a quantity at all, and the cues that
    /// change how its quantities are read.
    struct SentenceMarks: OptionSet {
        let rawValue: UInt8
        /// A number, a number or currency word, or a non-ASCII symbol (currency signs, vulgar fractions).
        static let quantityStart = SentenceMarks(rawValue: 1 << 0)
        static let percent = SentenceMarks(rawValue: 1 << 1)
        static let money = SentenceMarks(rawValue: 1 << 2)
        /// A strong survey cue (survey, poll, respondents).
        static let surveyCue = SentenceMarks(rawValue: 1 << 3)
        /// A category cue word (`CategoryClassifier.cues`, "who"): without one the sentence has no topic of its own.
        static let categoryCue = SentenceMarks(rawValue: 1 << 4)
        /// A weak poll cue ("say", "support"): with `categoryCue`, the only words category scores count.
        static let weakSurveyCue = SentenceMarks(rawValue: 1 << 5)
        /// A target, projection or modal cue: without one every figure of the sentence is an observation.
        static let kindCue = SentenceMarks(rawValue: 1 << 6)
        /// A plain integer of two or four digits: the only numbers `YearResolver` reads as years ("2021", "FY21").
        static let yearCandidate = SentenceMarks(rawValue: 1 << 7)
    }

    /// The marks of every sentence, from the classed tokens only (a token without a class adds nothing to them):
    /// the tokenizer gave numbers and symbols the word-class bits of the marks they make, so a sentence's marks are
    /// the OR of its tokens' classes, whether it holds a two- or four-digit plain integer (a possible year), and
    /// whether a quantity can start in it.
    ///
    /// Half the sentences of a text hold a token that may start a quantity but none that can start one by itself:
    /// "U.S." (the letters start "U.S. $"), "a", "…". A currency marker needs a number or a number word after it,
    /// and so does a non-ASCII symbol; an article needs a number word after it or a unit ("a gallon of"). Number
    /// words, ordinals and multiples mark the sentence themselves, so these are left out of `quantityStart`, and the
    /// scanner is not run on sentences that cannot hold a quantity.
    func sentenceMarks() -> [SentenceMarks] {
        let sentences = layout.sentences
        let wordClassMarks = Self.wordClassMarks
        let quantityStart = WordClass.quantityStart.rawValue
        let starts = StartMarks()
        return [SentenceMarks](unsafeUninitializedCapacity: sentences.count) { out, written in
            tokens.withUnsafeBufferPointer { tokens in
                classified.withUnsafeBufferPointer { classified in
                    // Sentences and classed tokens both run in text order: one cursor walks the classed tokens.
                    var c = 0
                    for (index, sentence) in sentences.enumerated() {
                        while c < classified.count, Int(classified[c]) < sentence.start { c += 1 }
                        var bits: UInt8 = 0
                        var classes: UInt8 = 0
                        let e = sentence.end
                        while c < classified.count {
                            let i = Int(classified[c])
                            if i >= e { break }
                            c += 1
                            let cls = tokens[i].wordClass.rawValue
                            classes |= cls
                            // A word adds only `quantityStart`: once the sentence has it, its lookups are skipped.
                            if cls & quantityStart != 0, bits & quantityStart == 0 || tokens[i].kind != .word {
                                bits |= starts.bits(tokens, i, e)
                            }
                        }
                        out[index] = SentenceMarks(rawValue: bits | (classes & wordClassMarks))
                    }
                }
            }
            written = sentences.count
        }
    }

    /// `sentenceMarks()` the long way, over every token of every sentence: what the tests compare it with.
    func sentenceMarksByTokens() -> [SentenceMarks] {
        var marks: [SentenceMarks] = []
        marks.reserveCapacity(layout.sentences.count)
        let wordClassMarks = Self.wordClassMarks
        let quantityStart = WordClass.quantityStart.rawValue
        let starts = StartMarks()
        tokens.withUnsafeBufferPointer { tokens in
            for sentence in layout.sentences {
                var bits: UInt8 = 0
                // The class bytes of all tokens, masked once at the end: the loop reads one byte per token and
                // looks further only at tokens that may start a quantity.
                var classes: UInt8 = 0
                var i = sentence.start
                let e = sentence.end
                while i < e {
                    let c = tokens[i].wordClass.rawValue
                    classes |= c
                    if c & quantityStart != 0 { bits |= starts.bits(tokens, i, e) }
                    i += 1
                }
                bits |= classes & wordClassMarks
                marks.append(SentenceMarks(rawValue: bits))
            }
        }
        return marks
    }

    /// The marks a token whose class may start a quantity gives its sentence: `quantityStart` when it can start
    /// one there, `yearCandidate` for a plain two- or four-digit integer. The tables are read once per pass:
    /// every access to a static `let` in a loop is a call that checks its lazy initialisation.
    private struct StartMarks {
        let needsNumber = ExtractionRun.needsNumber
        let units = Lexicon.units
        let a = CommonWord.a
        let an = CommonWord.an

        @inline(__always)
        func bits(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ e: Int) -> UInt8 {
            let quantityStart = WordClass.quantityStart.rawValue
            switch tokens[i].kind {
            case .number:
                let digits = tokens[i].intDigits
                let year = (digits == 4 || digits == 2) && tokens[i].isPlainInteger
                return quantityStart | (year ? SentenceMarks.yearCandidate.rawValue : 0)
            case .word:
                let key = tokens[i].key
                if key == a || key == an {
                    return i + 1 < e && tokens[i + 1].isWord && units.startsPhrase(tokens[i + 1].key) ? quantityStart : 0
                }
                return needsNumber.contains(key) ? 0 : quantityStart
            case .symbol:
                return 0
            }
        }
    }

    /// Words that start a quantity only before a number or a number word: currency codes and the first words of
    /// currency markers that are not number words themselves.
    private static let needsNumber: KeySet = {
        let currency = Lexicon.currencyPrefixes.firstKeys + Lexicon.isoCodeKeys.allKeys
        return KeySet(currency.filter { Lexicon.numberWords[$0] == nil && Lexicon.ordinalWords[$0] == nil })
    }()

    /// The word-class bits copied into sentence marks in the same positions. `quantityStart` shares its position
    /// too (the marks loop sets it), but is decided per token, not copied from the class.
    private static let wordClassMarks: UInt8 = {
        let shared: [(WordClass, SentenceMarks)] = [(.quantityStart, .quantityStart), (.percent, .percent),
                                                     (.money, .money), (.survey, .surveyCue), (.cue, .categoryCue),
                                                     (.weakSurvey, .weakSurveyCue), (.kindCue, .kindCue)]
        precondition(shared.allSatisfy { $0.0.rawValue == $0.1.rawValue }, "word-class and sentence-mark bits differ")
        return shared.reduce(0) { $0 | $1.0.rawValue } & ~WordClass.quantityStart.rawValue
    }()

    /// Sections that report a poll: a strong survey cue in their first line, or in two or more sentences
    /// (one mention of "a survey" in a news story does not make every share in it a poll result).
    private func surveySections(_ marks: [SentenceMarks]) -> [Bool] {
        var cueSentences = [Int](filled: 0, count: layout.sections.count)
        for (index, sentence) in layout.sentences.enumerated() where marks[index].contains(.surveyCue) {
            cueSentences[sentence.section] += 1
        }
        return layout.sections.indices.map { idx in
            if cueSentences[idx] >= 2 { return true }
            let start = layout.sections[idx].start
            var end = start + 1
            while end < tokens.count, !tokens[end].lineBreakBefore { end += 1 }
            // Only a title-like first line speaks for the whole section.
            return end - start <= 16 && categories.hasSurveyCue(from: start, to: end)
        }
    }

    /// The topic of each section, worked out when first needed.
    struct SectionTopics {
        var known: [Category??]

        init(count: Int) { known = [Category??](filled: nil, count: count) }
    }

    private func sectionTopic(_ section: Int, _ topics: inout SectionTopics) -> Category? {
        if let known = topics.known[section] { return known }
        let start = layout.sections[section].start
        let end = section + 1 < layout.sections.count ? layout.sections[section + 1].start : tokens.count
        let found = categories.topic(classed: classified, from: start, to: end, threshold: 6)
        topics.known[section] = .some(found)
        return found
    }

    private func categoryOf(_ q: Quantity, s: Int, e: Int, cs: Int, ce: Int,
                            sentence: MarkedSentence, survey: Bool, previous: MarkedSentence?,
                            topics: inout SectionTopics) -> Category
    {
        // "1,450 companies surveyed", "two-thirds of alumni polled": whoever was asked, the figure is a poll's.
        // Only sentences with a strong survey cue ("surveyed", "polled" are) can name a poll's sample.
        if sentence.mark.contains(.surveyCue), isAboutThoseSurveyed(q, sentenceEnd: e) { return .survey }
        if q.unitKind == .count || q.unitKind == .rank, let head = q.nounToken,
           let c = nounCategories[tokens[head].key]
        {
            // "54,000 U.S. service members" are troops.
            if c == .exchange, head > 0, tokens[head - 1].isWord, tokens[head - 1].key == CommonWord.service {
                return .security
            }
            return c
        }
        // A noun word is a word token, whose key is that of its lower-case spelling.
        if q.unitKind == .count, q.nounFromContext, let word = q.nounWord, let c = nounCategories[tokens[word].key] {
            return c
        }
        let percentLike = q.unitKind == .percent || q.unitKind == .points
        // In a poll section, shares go to "survey" when the sentence speaks of people's views.
        if percentLike && survey && sentenceHasOpinionCue(s, e) { return .survey }
        // Scores count cue words only (weak poll cues only for shares): a sentence without any scores nothing.
        if sentence.mark.contains(.categoryCue) || (percentLike && sentence.mark.contains(.weakSurveyCue)) {
            let scores = categories.scores(s: s, e: e, qStart: q.start, qEnd: q.end, clauseStart: cs, clauseEnd: ce,
                                           percentLike: percentLike, moneyLike: q.unitKind == .currency)
            // The best category at 0.1 is the best at the default threshold whenever one reaches it: one pass.
            if let c = scores.best(threshold: 0.1) {
                // "Grants awarded: 78" on a Fulbright page: grants and pledges alone make aid only where the section
                // is about nothing else.
                if c == .aid, scores[.aid] < 1, let topic = sectionTopic(sentence.sentence.section, &topics),
                   topic != .aid
                {
                    return topic
                }
                return c
            }
        }
        // Nothing here: the sentence before, in the same paragraph, sets the topic ("Shopping accounted for …").
        if let p = previous, p.mark.contains(.categoryCue), p.sentence.paragraph == sentence.sentence.paragraph,
           let c = categories.topic(from: p.sentence.start, to: p.sentence.end, threshold: 3)
        {
            return c
        }
        // A share with no topic of its own in a poll section is a poll result; else the section's topic.
        if percentLike && survey { return .survey }
        return sectionTopic(sentence.sentence.section, &topics) ?? .other
    }

    /// Participles that make the people or firms before them a poll's sample.
    private static let surveyParticiples = Lexicon.keys(["surveyed", "polled", "interviewed", "questioned",
                                                         "sampled", "responding"])

    /// True when a count's noun, or the "of …" group after a share, names those a poll asked: "1,450 companies
    /// surveyed", "two-thirds of alumni surveyed", "40% of the 1,450 firms polled".
    private func isAboutThoseSurveyed(_ q: Quantity, sentenceEnd e: Int) -> Bool {
        let participles = Self.surveyParticiples
        if q.unitKind == .count, let head = q.nounToken, !q.nounFromContext {
            return head + 1 < e && tokens[head + 1].isWord && participles.contains(tokens[head + 1].key)
        }
        guard q.unitKind == .percent, q.end < e, tokens[q.end].isWord, tokens[q.end].key == CommonWord.of else {
            return false
        }
        // The group after "of": words and figures up to the first symbol, a few tokens at most.
        var k = q.end + 1
        while k < min(e, q.end + 7), !tokens[k].isSymbol {
            if tokens[k].isWord, participles.contains(tokens[k].key) { return true }
            k += 1
        }
        return false
    }

    private func sentenceHasOpinionCue(_ s: Int, _ e: Int) -> Bool {
        (s..<e).contains { i in
            tokens[i].isWord && (tokens[i].wordClass.contains(.survey)
                || CategoryClassifier.surveyWeakCues.contains(tokens[i].key)
                || CategoryClassifier.opinionCues.contains(tokens[i].key))
        }
    }

    private func tableFacts(units: inout UnitSpellings) -> [Fact] {
        guard !layout.tableLines.isEmpty else { return [] }
        let reader = TableReader(tokens: tokens, scalars: scalars)
        var topics = SectionTopics(count: layout.sections.count)
        var out: [Fact] = []
        for entry in reader.entries(layout: layout, scanner: scanner) {
            var q = entry.quantity
            // The counted noun and the topic: from the cell ("~19,400 students"), else the row label, else the
            // column's header, else the caption or corner cell.
            if q.unitKind == .count, let head = nouns.nounAfter(q.end, end: entry.rowEnd)
                ?? nouns.pluralBefore(entry.labelEnd, from: entry.labelStart)
                ?? nouns.pluralBefore(entry.columnEnd, from: entry.columnStart)
                ?? nouns.pluralBefore(entry.contextEnd, from: entry.contextStart)
            {
                q.nounWord = head
                q.nounToken = head
            }
            var category: Category = .other
            if q.unitKind == .count, let head = q.nounToken, let c = nounCategories[tokens[head].key] {
                category = c
            } else {
                category = tableCategory(labelStart: entry.labelStart, labelEnd: entry.labelEnd, q: q)
                    ?? tableCategory(labelStart: entry.contextStart, labelEnd: entry.contextEnd, q: q)
                    ?? sectionTopic(layout.lineSection[entry.line], &topics) ?? .other
            }
            let kind = kinds.kind(qStart: entry.labelStart, qEnd: entry.labelStart, cs: entry.labelStart,
                                  ce: entry.labelEnd)
            let sectionYear = layout.sections[layout.lineSection[entry.line]].year
            let year = entry.year ?? sectionYear ?? document.date?.year
            let label = string(entry.labelStart, entry.labelEnd - 1)
            let row = string(entry.rowStart, entry.rowEnd - 1)
            var fact = makeFact(q, kind: kind, category: category, year: year, subject: label, sentence: row,
                                units: &units)
            fact.subject = label.trimmingSpaces()
            out.append(fact)
        }
        return out
    }

    private func tableCategory(labelStart: Int, labelEnd: Int, q: Quantity) -> Category? {
        guard labelStart < labelEnd else { return nil }
        let scores = categories.scores(s: labelStart, e: labelEnd, qStart: labelEnd, qEnd: labelEnd,
                                       clauseStart: labelStart, clauseEnd: labelEnd,
                                       percentLike: q.unitKind == .percent, moneyLike: false)
        return scores.best(threshold: 0.1)
    }
}

extension Double {
    /// The decimal exponent of a positive number: 0 for 1…9.99, 3 for 1,000…9,999.
    var exponent10: Int {
        var e = 0
        var v = self
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 && v > 0 { v *= 10; e -= 1 }
        return e
    }
}

extension String {
    /// The string without leading and trailing spaces (no Foundation needed).
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, ScalarClass.isSpace(f) || ScalarClass.isLineBreak(f) { scalars.removeFirst() }
        while let l = scalars.last, ScalarClass.isSpace(l) || ScalarClass.isLineBreak(l) { scalars.removeLast() }
        return String(scalars)
    }
}
