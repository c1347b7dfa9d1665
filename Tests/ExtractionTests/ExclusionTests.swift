import BriefingModel
import Testing

/// Numbers that are not facts (GUIDELINES.md "Never a fact"), each family with a near miss that is a fact.
struct ExclusionTests {
    @Test(arguments: [
        "The treaty was signed in 1960.", "Since 1952, ties have grown.", "The event ran March 9–31, 2021.",
        "Posted 11/20/2025.", "Data for 2019–2020 are final.", "The FY2021 budget passed.",
        "Enrollment in 2022/23 was final.", "Updated 2025-03-05.",
    ])
    func yearsAndDates(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test(arguments: [
        "The 60th anniversary was marked.", "The 38th Annual Dinner is in June.", "It marked the 50thanniversary.",
        "The 7th Meeting was held online.",
    ])
    func eventOrdinals(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test(arguments: [
        "Leaders met at the G7 summit.", "The G-20 debt framework was discussed.", "COVID-19 halted travel.",
        "Section 301 actions were possible.", "Article 5 applies to the islands.", "They met after TICAD 8.",
        "He took Japan 101 online.", "Visit Expo 2025 in Osaka.", "The shift to 5G networks continues.",
        "The 2028 Los Angeles Olympics are coming.", "See the data (version 2.1).", "Brief No. 9 is out.",
    ])
    func namesAndIdentifiers(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test(arguments: [
        "Write to 2201 C Street NW, Washington, DC 20520.", "Tel. (202) 555-0134 | Fax (202) 555-0187",
        "Call +1 (212) 555-0163 today.", "Tokyo 105-0001, Japan.", "See https://data.example.org/v3/table-2025.csv now.",
        "Mail press@jtpb-na.example for details.", "Doors open at 10:00 a.m. sharp.", "We meet at 2 pm.",
        "Page 1 of 1", "(see p. 14)", "[3] Institute of International Education.",
    ])
    func addressesPhonesLinksClocksAndPages(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test(arguments: [
        "Japan is one of the largest donors.", "Our two nations are close.", "Hundreds of viewers joined.",
        "Millions of individual connections matter.", "It was a two-way street.", "We met in one room.",
    ])
    func idioms(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test(arguments: [
        "Among Americans aged 18 to 29, support is lower.", "Of those 65 and older, most agree.",
        "Support among 18- to 29-year-olds rose.", "Many 18-29 year olds agree.", "Adults ages 18-34 were asked.",
        "Between the ages of 18 and 24, most use the app.", "He was 54 years old at the time.",
        "Voters aged 65+ turned out.", "It is a 70-year-old alliance.", "Children under 15 years of age ride free.",
    ])
    func agesOfPeople(text: String) {
        #expect(facts(text).isEmpty)
    }

    /// Each age word, bound and follower the scanner tests through a bit filter before its set ("age", "through",
    /// "above", "below", "or", "year") still makes an age.
    @Test(arguments: [
        "Workers age 40 and up were asked.", "Adults ages 18 through 29 were asked.", "Americans above 65 agree.",
        "Respondents below 30 disagree.", "Voters over 65 agree.", "Those 65 or younger agree.",
        "Many 18 year olds agree.", "She was 54 years old then.",
    ])
    func everyAgeWord(text: String) {
        #expect(facts(text).isEmpty)
    }

    @Test func listNumbersButNotTheirContent() {
        #expect(summary("1. Business Outlook Luncheon with 300 guests") == ["300 count"])
        #expect(summary("(2) Choose up to 4 tickets per member.") == ["4 count at_most"])
    }

    @Test func nearMissesAreFacts() {
        #expect(summary("In 2023, 2,884 citizens took part.") == ["2884 count"])
        #expect(summary("The number range is 1000-5000.") == ["3000 count [1000–5000]"])
        #expect(summary("Japan hosts 22 overseas offices.") == ["22 count"])
        // Phone words before counts that are no phone numbers.
        #expect(summary("A call for 3,000 more troops was rejected.") == ["3000 count"])
        #expect(summary("Mobile phone subscriptions reached 190 million.") == ["190000000 count"])
        #expect(summary("Telephone interviews with 1,012 adults were held.") == ["1012 count"])
        // Ages next to figures: only the figures.
        #expect(summary("Among those aged 18 to 29, 51 percent agree.") == ["51 percent"])
        #expect(summary("Between the ages of 18 and 24, 60% use it.") == ["60 percent"])
        #expect(summary("The program has 54 years of history.") == ["54 years"])
    }
}
