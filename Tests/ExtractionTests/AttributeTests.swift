import BriefingModel
import Testing

/// Counted noun, category, kind, year and subject (GUIDELINES.md fields).
struct AttributeTests {
    @Test func yearFromTheSentenceNotFromAPeriodStartOrBase() {
        #expect(facts("Japanese companies employed 963,000 workers in 2021.").first?.year == 2021)
        #expect(facts("Since 1987, more than 38,000 Americans have taught in Japan.").first?.year == 2024)
        #expect(facts("Eight in ten Americans (80%) agree, up 6 percentage points from 2021.", date: "2023")
            .map(\.year) == [2023, 2023, 2023])
        #expect(facts("Favorable view: 73 pct (2021: 71 pct).", date: "2023").map(\.year) == [2023, 2021])
        #expect(facts("Students: 13,959 in 2023/24, down from 16,054 in 2022/23.").map(\.year) == [2023, 2022])
        #expect(facts("Support in fiscal 2022 was JPY 205.6 billion.").first?.year == 2022)
    }

    @Test func targetsAndProjections() throws {
        let goal = try #require(onlyFact("The U.S. aims for 90 million visitors by 2027."))
        #expect(goal.kind == .target && goal.year == 2027 && goal.category == .tourism && goal.noun == "visitors")
        let pledge = try #require(onlyFact("Japan has pledged JPY 1.0551 trillion in host-nation support through FY2026."))
        #expect(pledge.kind == .target && pledge.year == 2026 && pledge.category == .security)
        let forecast = try #require(onlyFact("Arrivals are expected to reach nearly three million in 2025."))
        #expect(forecast.kind == .projection && forecast.year == 2025 && forecast.noun == "arrivals")
        #expect(facts("Some 55,000 U.S. troops serve in Japan.").first?.kind == .observation)
        #expect(facts("We welcomed 300 lawmakers last year, and we'll double that number.").map(\.kind)
            == [.observation, .projection])
    }

    @Test func grantsOnAnExchangePageAreExchangeAndARateIsNoPoll() {
        let page = """
        The Fulbright program remains the flagship of academic exchange; over 9,800 Japanese students and scholars \
        have received Fulbright grants since 1952.

        Grants awarded: 78
        Applicants: 412, an acceptance rate of 19 percent
        """
        #expect(facts(page).map(\.category) == [.exchange, .exchange, .exchange, .exchange])
        #expect(facts("Japan provided 1,200 grants in official development assistance.").first?.category == .aid)
    }

    @Test func aLabelsCountedNounIsTheLastOfItsPluralNouns() {
        #expect(facts("Alumni events held: 14 in six cities").map(\.noun) == ["events", "cities"])
        #expect(facts("Exchange events: 14").map(\.noun) == ["events"])
        #expect(facts("Sports Exchange Advisors: 8").map(\.noun) == ["advisors"])
        #expect(facts("Coordinators for International Relations: 432").map(\.noun) == ["coordinators"])
    }

    @Test func anAimGoesOnAfterAndWithABaseVerbOrABareFigure() {
        #expect(facts("The government aims to attract 60 million foreign visitors a year by 2030 and lift their "
                      + "annual spending to ¥15 trillion.").map(\.kind) == [.target, .target])
        #expect(facts("Arrivals are expected to reach 3 million in 2025 and grow to 3.5 million in 2026.")
            .map(\.kind) == [.projection, .projection])
        #expect(facts("Tokyo pledged $5 billion over five years at the summit in 2022 and $3 billion more for Africa.")
            .map(\.kind) == [.target, .target, .target])
        // A new subject after "and", or a comma before a bare figure, ends the aim.
        #expect(facts("The plan aims to attract 60 million visitors by 2030 and exports reached $5 billion in 2024.")
            .map(\.kind) == [.target, .observation])
        #expect(facts("Japan plans to raise exports to $10 billion in 2030 but imports fell to $4 billion in 2024.")
            .map(\.kind) == [.target, .observation])
        let goal = facts("The Government of Japan has set a goal of sending 500,000 Japanese students abroad and "
                         + "hosting 400,000 international students by 2033.")
        #expect(goal.map(\.kind) == [.target, .target] && goal.map(\.year) == [2033, 2033])
        // A target horizon stays with the statement that names it.
        let plan = facts("Japan plans to host 30,000 American students over the next ten years and will expand the JET "
                         + "Program to 2,000 U.S. participants annually by 2027.", date: "2024")
        #expect(plan.filter { $0.unit == .count }.map(\.year) == [2024, 2027])
    }

    @Test(arguments: [
        ("U.S. goods exports to Japan came to $75.7 billion.", Category.trade),
        ("Japan's direct investment position reached $783.3 billion.", .investment),
        ("Japanese-owned firms support 860,000 jobs.", .employment),
        ("There are more than 30,000 American alumni of the JET program.", .exchange),
        ("Of 640 young professionals surveyed, 71 percent agreed.", .survey),
        ("Japan welcomed 36.9 million international visitors.", .tourism),
        ("Approximately 54,000 U.S. military personnel are stationed in Japan.", .security),
        ("Japan disbursed $19.6 billion in official development assistance.", .aid),
        ("Individual membership costs 75 USD a year.", .other),
    ])
    func categories(text: String, category: Category) {
        #expect(facts(text).first?.category == category)
    }

    @Test func datedEntriesOnAListPage() {
        let text = "Roundtable\n\nOctober 3, 2024 | Washington, DC\n\nA dozen senior officials met.\n\n"
            + "Forum\n\nNovember 13, 2020 | Online\n\nMore than 40 participants joined."
        #expect(facts(text, date: "2025").map(\.year) == [2024, 2020])
        // On a list page a plain heading ends the entry before it; a page with one dated line keeps its sections.
        let page = text + "\n\nSupport our work\n\nAnnual membership is $50 for individuals."
        #expect(facts(page, date: "2025").map(\.year) == [2024, 2020, 2025])
        let poll = "Released September 10, 2024\n\nMain results\n\nSeventy-three percent of Americans hold a "
            + "favorable view of Japan."
        #expect(facts(poll, date: "2025").map(\.year) == [2024])
    }

    @Test func twoFiguresThenTwoYearsInOrder() {
        #expect(facts("The tariff fell from 4.8 percent to 2.6 percent between 2019 and 2023.").map(\.year)
            == [2019, 2023])
        #expect(facts("Arrivals were 2 million and 3 million in 2019 and 2023, respectively.").map(\.year)
            == [2019, 2023])
        // One year after two figures dates both.
        #expect(facts("Tariffs of 25% on steel and 10% on aluminum took effect in 2018.").map(\.year) == [2018, 2018])
    }

    @Test func peopleCountedBeforeWhoAreThoseCountedBefore() {
        let found = facts("Some 1.1 million Japanese traveled to the United States in 2022, still less than a third "
                          + "of the 3.75 million who came in 2019.")
        #expect(found.map(\.noun) == ["japanese", nil, "japanese"])
    }

    @Test func subjectAndProvenance() throws {
        let text = "There are more than 30,000 American alumni of the JET program."
        let fact = try #require(onlyFact(text))
        #expect(fact.subject == "American alumni of the JET program")
        #expect(fact.sentence == text)
        #expect(fact.document == "test")
        #expect(fact.id == Fact.stableID(documentHash: "test-hash", start: fact.start, end: fact.end))
        #expect(fact.metric == nil)
        #expect(fact.confidence > 0 && fact.confidence <= 1)
        // A subject never starts inside initials.
        #expect(facts("U.S. exports to Japan fell 4.2% last year.").first?.subject == "U.S. exports to Japan fell")
    }
}
