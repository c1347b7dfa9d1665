import Testing

/// The scanner tries a rule only after a cheap test that the rule can match: a currency marker needs a number within
/// its reach, a unit or a trailing qualifier must start with a phrase's first element, a leading qualifier must end
/// with a phrase's last element, a ratio needs "in" or "out", a rank an ordinal suffix, a clock time an hour. Each
/// sentence here sits at the edge of one of those tests; the expected facts are those the scanner gave before the
/// tests were added.
struct ScanPrecheckTests {
    @Test(arguments: [
        // Currency markers. The longest reach: "U.S. $" then a sign, the number six tokens after "U".
        ("The fund paid U.S. $-5 million net.", ["-5000000 USD"]),
        ("Aid was U.S $ 40 million.", ["40000000 USD"]),
        ("Costs were S$10 million.", ["10000000 SGD"]),
        ("It cost USD 75 million.", ["75000000 USD"]),
        ("It cost RMB 5 billion.", ["5000000000 CNY"]),
        ("Revenue was USD five million.", ["5000000 USD"]),
        ("He had a $5 bill.", ["5 USD"]),
        ("The U.S. and Japan signed 3 accords.", ["3 count"]),
        // Units, scales and trailing or leading qualifiers.
        ("There were 5 or more.", ["5 count at_least"]),
        ("There were 10-plus guests.", ["10 count more_than"]),
        ("About 5 percent agreed.", ["5 percent approximately"]),
        ("It grew 3-fold.", ["3 times"]),
        ("It is 30 km2 wide.", ["30 square_km"]),
        ("It is 5 bn.", ["5000000000 count"]),
        ("It is 5 mln.", ["5000000 count"]),
        ("It is 5 lakh.", ["500000 count"]),
        // Ratios, ranks and clock times.
        ("One in five agreed.", ["20 percent"]),
        ("Two out of ten agreed.", ["20 percent"]),
        ("150 in 200 agreed.", ["150 count", "200 count"]),
        ("The 4th largest economy.", ["4 rank"]),
        ("The 5G network.", []),
        ("At 2 pm we met.", []),
        ("At 30 pm we met.", ["30 count"]),
    ])
    func factsAsBeforeThePrechecks(text: String, expected: [String]) {
        #expect(summary(text) == expected, "\(text)")
    }
}
