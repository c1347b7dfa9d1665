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
