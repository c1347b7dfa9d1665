import Testing

@testable import Extraction

/// The unit constants are written as packed words; each must be the unit its spelling packs to.
struct UnitNameTests {
    @Test func constantsPackTheirSpelling() {
        let constants: [(UnitName, String)] = [
            (.count, "count"), (.percent, "percent"), (.rank, "rank"), (.times, "times"), (.pounds, "pounds"),
            (.gbp, "GBP"), (.cny, "CNY"), (.km, "km"), (.meters, "meters"), (.miles, "miles"), (.feet, "feet"),
            (.centimeters, "centimeters"),
        ]
        for (constant, spelling) in constants {
            #expect(constant == UnitName(spelling), "\(spelling)")
            #expect(constant.spelling == spelling)
        }
    }
}
