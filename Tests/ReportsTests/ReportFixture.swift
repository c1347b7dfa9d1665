import BriefingModel
import Foundation
import Reports

/// A small hand-made run: four documents, twenty facts with qualifiers, three-year series, a conflict.
enum ReportFixture {
    /// 2025-01-15 06:00 UTC, the run's logical date.
    static let runDate = Date(timeIntervalSince1970: 1_736_920_800)

    static let documents: [Document] = [
        Document(
            id: "jet-2020", location: "Pipelines/sources/jet-2020.md", title: "JET Program Fact Sheet 2020",
            publisher: "CLAIR", date: DocumentDate(year: 2020, month: 6), dateOrigin: .given, text: "",
            contentHash: "1f0e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0", format: "markdown"
        ),
        Document(
            id: "jet-2023", location: "https://www.us.emb-japan.go.jp/jet/2023.html", title: "The JET Program at 37",
            publisher: "Embassy of Japan", date: DocumentDate(year: 2023), dateOrigin: .inferred, text: "",
            contentHash: "2a0e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0", format: "html"
        ),
        Document(
            id: "trade-2024", location: "https://ustr.gov/countries-regions/japan/fact-sheet",
            title: "U.S.–Japan Trade & Investment Fact Sheet", publisher: "USTR",
            date: DocumentDate(year: 2024, month: 1, day: 15), dateOrigin: .given, text: "",
            contentHash: "3b0e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0", format: "html"
        ),
        Document(
            id: "survey-2024", location: "/srv/briefing/sources/survey 2024.txt", title: "Views of Japan | 2024 poll",
            publisher: nil, date: DocumentDate(year: 2024), dateOrigin: .inferred, text: "",
            contentHash: "4c0e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0", format: "text"
        ),
    ]

    /// (document, text, sentence, value, unit, noun, qualifier, category, kind, year, metric)
    private typealias Row = (String, String, String, Double, BriefingModel.Unit, String?, Qualifier, Category, Kind, Int?, String?)

    static let longSentence: String = """
        In a detailed accounting of its programmes published for the anniversary, the ministry noted that, \
        taken together across every prefecture and every year of operation since the programme began, participants \
        from the United States have contributed an estimated 2,400,000 hours of classroom teaching, community \
        events, sister-city visits and cultural exchange activities to local communities throughout Japan.
        """

    private static let rows: [Row] = [
        ("jet-2020", "more than 30,000", "More than 30,000 Americans are alumni of the JET Program.", 30_000, .count, "alumni", .moreThan, .exchange, .observation, 2020, "jet_alumni_us"),
        ("jet-2020", "about 28,000", "In 2018 about 28,000 Americans had taken part.", 28_000, .count, "americans", .approximately, .exchange, .observation, 2018, "jet_alumni_us"),
        ("jet-2020", "5,761", "In 2020 the program had 5,761 participants.", 5_761, .count, "participants", .exact, .exchange, .observation, 2020, nil),
        ("jet-2020", "over 50", "Participants came from over 50 countries.", 50, .count, "countries", .moreThan, .exchange, .observation, 2020, nil),
        ("jet-2020", "an estimated 2,400,000", longSentence, 2_400_000, .count, "hours", .approximately, .exchange, .observation, 2020, nil),
        ("jet-2023", "45,000", "Today 45,000 Americans count themselves JET alumni.", 45_000, .count, "americans", .exact, .exchange, .observation, 2023, "jet_alumni_us"),
        ("jet-2023", "nearly 44,000", "Nearly 44,000 U.S. citizens have joined the JET Program since 1987.", 44_000, .count, "citizens", .nearly, .exchange, .observation, 2023, "jet_alumni_us"),
        ("jet-2023", "3 to 5 million", "The program expects 3 to 5 million contact hours by 2030.", 4_000_000, .count, "hours", .exact, .exchange, .projection, 2030, nil),
        ("trade-2024", "$644.7 billion", "Japanese FDI in the United States was $644.7 billion in 2020.", 644.7e9, .usd, nil, .exact, .investment, .observation, 2020, "japan_fdi_us"),
        ("trade-2024", "$721.7 billion", "It rose to $721.7 billion in 2021.", 721.7e9, .usd, nil, .exact, .investment, .observation, 2021, "japan_fdi_us"),
        ("trade-2024", "$783.3 billion", "Japanese FDI in the United States reached $783.3 billion in 2022.", 783.3e9, .usd, nil, .exact, .investment, .observation, 2022, "japan_fdi_us"),
        ("trade-2024", "963,000", "Japanese companies employed 963,000 Americans in 2021.", 963_000, .count, "americans", .exact, .employment, .observation, 2021, "japan_jobs_us"),
        ("trade-2024", "$80.3 billion", "U.S. goods exports to Japan were $80.3 billion in 2022.", 80.3e9, .usd, nil, .exact, .trade, .observation, 2022, "us_exports_japan"),
        ("trade-2024", "¥211 billion", "Japan pays about ¥211 billion a year in host-nation support.", 211e9, .jpy, nil, .approximately, .security, .observation, 2023, "host_nation_support"),
        ("trade-2024", "¥1.5 trillion", "Japan pledged ¥1.5 trillion in assistance.", 1.5e12, .jpy, nil, .exact, .aid, .target, 2025, nil),
        ("trade-2024", "doubled", "Bilateral investment has doubled since 2010.", 2, .times, nil, .exact, .investment, .observation, 2022, nil),
        ("trade-2024", "10,000 acres", "U.S. forces use nearly 10,000 acres in Okinawa.", 10_000, "acres", nil, .nearly, .security, .observation, 2023, nil),
        ("survey-2024", "80 percent", "In 2023, 80 percent of Americans held a favorable view of Japan.", 80, .percent, nil, .exact, .survey, .observation, 2023, "favorable_view_japan"),
        ("survey-2024", "75 percent", "In 2024, 75 percent held a favorable view.", 75, .percent, nil, .exact, .survey, .observation, 2024, "favorable_view_japan"),
        ("survey-2024", "60 million", "Japan aims for 60 million visitors by 2030.", 60_000_000, .count, "visitors", .exact, .tourism, .target, 2030, "visitor_target"),
        ("survey-2024", "1,002", "The poll surveyed 1,002 adults.", 1_002, .count, "adults", .exact, .survey, .observation, 2024, nil),
    ]

    static var facts: [ReportFact] {
        var offsets: [String: Int] = [:]
        let locations = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.location) })
        let hashes = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.contentHash) })
        return rows.map { row in
            let start = offsets[row.0, default: 0]
            let end = start + row.1.unicodeScalars.count
            offsets[row.0] = end + 40
            var fact = Fact(
                document: row.0, text: row.1, start: start, end: end, sentence: row.2, value: row.3, unit: row.4,
                noun: row.5, qualifier: row.6, category: row.7, kind: row.8, year: row.9, metric: row.10
            )
            if row.1 == "3 to 5 million" {
                fact.low = 3_000_000
                fact.high = 5_000_000
            }
            fact.id = Fact.stableID(documentHash: hashes[row.0] ?? "", start: start, end: end)
            let overridden = row.1 == "963,000"
            return ReportFact(
                fact: fact, overridden: overridden,
                overrideNote: overridden ? "Year corrected from 2020 to 2021 by the reviewer." : nil,
                documentLocation: locations[row.0]
            )
        }
    }

    static func value(_ metric: String, year: Int, in facts: [ReportFact]) -> FigureValue? {
        guard let fact = facts.first(where: { $0.fact.metric == metric && $0.fact.year == year })?.fact else { return nil }
        return FigureValue(
            value: fact.value, qualifier: fact.qualifier, year: fact.year, document: fact.document,
            factID: fact.id, sentence: fact.sentence
        )
    }

    static func report() -> BriefingReport {
        let facts = self.facts
        func v(_ metric: String, _ year: Int) -> FigureValue? { value(metric, year: year, in: facts) }
        let keyFigures: [KeyFigure] = [
            KeyFigure(
                metric: "jet_alumni_us", label: "U.S. alumni of the JET Program", unit: .count, category: .exchange,
                latest: v("jet_alumni_us", 2023), previous: v("jet_alumni_us", 2020), change: 15_000, changePercent: 50,
                series: [.init(year: 2018, value: 28_000), .init(year: 2020, value: 30_000), .init(year: 2023, value: 45_000)]
            ),
            KeyFigure(
                metric: "japan_fdi_us", label: "Japanese direct investment in the U.S.", unit: .usd, category: .investment,
                latest: v("japan_fdi_us", 2022), previous: v("japan_fdi_us", 2021), change: 61.6e9, changePercent: 8.535,
                series: [.init(year: 2020, value: 644.7e9), .init(year: 2021, value: 721.7e9), .init(year: 2022, value: 783.3e9)]
            ),
            KeyFigure(
                metric: "japan_jobs_us", label: "U.S. jobs at Japanese companies", unit: .count, category: .employment,
                latest: v("japan_jobs_us", 2021), series: [.init(year: 2021, value: 963_000)]
            ),
            KeyFigure(
                metric: "us_exports_japan", label: "U.S. goods exports to Japan", unit: .usd, category: .trade,
                latest: v("us_exports_japan", 2022), series: [.init(year: 2022, value: 80.3e9)]
            ),
            KeyFigure(
                metric: "favorable_view_japan", label: "Americans with a favorable view of Japan", unit: .percent,
                category: .survey, latest: v("favorable_view_japan", 2024), previous: v("favorable_view_japan", 2023),
                change: -5, changePercent: -6.25,
                series: [.init(year: 2023, value: 80), .init(year: 2024, value: 75)]
            ),
            KeyFigure(
                metric: "visitor_target", label: "Japan's inbound visitor target", unit: .count, category: .tourism,
                isTarget: true, latest: v("visitor_target", 2030)
            ),
            KeyFigure(
                metric: "host_nation_support", label: "Japan's host-nation support", unit: .jpy, category: .security,
                latest: v("host_nation_support", 2023), source: "USTR fact sheet (2024)"
            ),
            KeyFigure(metric: "oda_total", label: "Japan's official development assistance", unit: .usd, category: .aid),
        ]
        let changes: [ChangeRow] = [
            ChangeRow(
                metric: "jet_alumni_us", label: "U.S. alumni of the JET Program", unit: .count,
                from: v("jet_alumni_us", 2020)!, to: v("jet_alumni_us", 2023)!, change: 15_000, changePercent: 50,
                conflicts: [FigureValue(value: 44_000, qualifier: .nearly, year: 2023, document: "jet-2023")]
            ),
            ChangeRow(
                metric: "japan_fdi_us", label: "Japanese direct investment in the U.S.", unit: .usd,
                from: v("japan_fdi_us", 2021)!, to: v("japan_fdi_us", 2022)!, change: 61.6e9, changePercent: 8.535,
                wording: "an increase of $61.6 billion"
            ),
            ChangeRow(
                metric: "favorable_view_japan", label: "Americans with a favorable view of Japan", unit: .percent,
                from: v("favorable_view_japan", 2023)!, to: v("favorable_view_japan", 2024)!, change: -5,
                changePercent: -6.25
            ),
        ]
        let counts = Dictionary(grouping: facts, by: \.fact.document).mapValues(\.count)
        return BriefingReport(
            title: "U.S.–Japan relations in numbers",
            description: "Numeric facts on trade, investment and exchange between the United States and Japan.",
            contact: "Briefing team <briefing@example.org>",
            pipeline: "us-japan", runID: "42", runDate: runDate,
            nextScheduledRun: Date(timeIntervalSince1970: 1_737_525_600),
            inputHashes: ["pipeline": "9f86d081884c7d65", "catalog": "60303ae22b998861", "extractor": "1.0.0"],
            documents: documents.map { ReportDocument(document: $0, factCount: counts[$0.id] ?? 0) },
            facts: facts, keyFigures: keyFigures, changes: changes
        )
    }
}
