import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Editions are decided by headings, table by table, and agency and year come from the title.
final class TemplateAndTitleTests: XCTestCase {
    private let parser = TitleParser(options: TestSupport.config.title)

    func testMixedEditionsAreReadTableByTableAndFlagged() throws {
        let text2021 = ReportFixture.sample(edition: .edition2021, seed: 3).renderTabSeparated()
        let text2019 = ReportFixture.sample(edition: .edition2019, seed: 3).renderTabSeparated()
        guard let requests2019 = text2019.range(of: "三、收到和处理"), let requests2021 = text2021.range(of: "三、收到和处理") else {
            return XCTFail("fixture lost its requests heading")
        }
        let mixed = String(text2021[..<requests2021.lowerBound]) + String(text2019[requests2019.lowerBound...])
        let report = TestSupport.normalize(mixed)
        XCTAssertEqual(report.activeDisclosureEdition, .edition2021)
        XCTAssertEqual(report.applicationsEdition, .edition2019)
        XCTAssertEqual(report.template, .edition2021)
        XCTAssertTrue(report.applications.contains { $0.row == .otherTotal })
        XCTAssertFalse(report.applications.contains { $0.row == .otherOther })
        XCTAssertEqual(report.findingLines, ["template.mixed info // expected=2021 actual=2019"])
    }

    func testProactiveEditionIsTheOneMostHeadingsNameAndTheFirstHeadingsOnATie() {
        XCTAssertEqual(ActiveDisclosureParser.majority([.edition2019, .edition2021, .edition2021]), .edition2021)
        XCTAssertEqual(ActiveDisclosureParser.majority([.edition2021, .edition2019, .edition2019]), .edition2019)
        XCTAssertEqual(ActiveDisclosureParser.majority([.edition2019, .edition2021]), .edition2019)
        XCTAssertEqual(ActiveDisclosureParser.majority([.edition2021, .edition2019, .edition2019, .edition2021]), .edition2021)
        XCTAssertNil(ActiveDisclosureParser.majority([]))
    }

    func testTitleWithAgencyAndYearOnOneLine() {
        XCTAssertEqual(parser.title(of: ["淄博市卫生健康委员会2022年政府信息公开工作年度报告"]),
                       TitleParser.Title(text: "淄博市卫生健康委员会2022年政府信息公开工作年度报告", agency: "淄博市卫生健康委员会", year: "2022"))
    }

    func testTitleSplitOverTwoLinesBorrowsTheAgencyLine() {
        XCTAssertEqual(parser.title(of: ["", "宁波市镇海区卫生健康局", "2022年度政府信息公开工作年度报告"])?.agency, "宁波市镇海区卫生健康局")
        XCTAssertEqual(parser.title(of: ["\t巨鹿县卫生健康局2022年", "", "政府信息公开工作年度报告"])?.year, "2022")
    }

    /// A line of markup alone (a markdown rule, a heading mark) is as blank as an empty one:
    /// the agency line above it is still borrowed, and it does not count towards `searchLines`.
    func testMarkupOnlyLinesAreBlankToTheTitleSearch() {
        XCTAssertEqual(parser.title(of: ["宁波市镇海区卫生健康局", "* * *", "## ", "**2022年度政府信息公开工作年度报告**"]),
                       TitleParser.Title(text: "宁波市镇海区卫生健康局2022年度政府信息公开工作年度报告", agency: "宁波市镇海区卫生健康局", year: "2022"))
        let rules = Array(repeating: "===", count: 20)
        XCTAssertEqual(parser.title(of: rules + ["某县审计局2023年政府信息公开工作年度报告"])?.agency, "某县审计局")
    }

    func testQuotesAndSeparatorsAroundTheAgencyAreDropped() {
        XCTAssertEqual(parser.parse("《某市统计局》：2022年政府信息公开工作年度报告").agency, "某市统计局")
        XCTAssertEqual(parser.parse("“某区, 司法局”2022年政府信息公开工作年度报告").agency, "某区 司法局")
    }

    func testTextWithoutAChineseCharacterIsNoAgency() {
        XCTAssertNil(parser.parse("No. 7：2022年政府信息公开工作年度报告").agency)
        XCTAssertEqual(parser.parse("No. 7：2022年政府信息公开工作年度报告").year, "2022")
    }

    func testYearPrintedBeforeTheAgency() {
        XCTAssertEqual(parser.parse("2021年北京市海淀区人民政府政府信息公开工作年度报告").agency, "北京市海淀区人民政府")
        XCTAssertEqual(parser.parse("北京市财政局关于2021年政府信息公开工作年度报告").agency, "北京市财政局")
    }

    func testTitleWithoutYearIsFlagged() {
        let report = TestSupport.normalize("某某局政府信息公开工作年度报告\n正文。\n")
        XCTAssertEqual(report.agency, "某某局")
        XCTAssertNil(report.year)
        XCTAssertTrue(report.findingLines.contains("title.year warning //year expected= actual=某某局政府信息公开工作年度报告"))
    }
}
