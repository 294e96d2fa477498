import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Every cell of the five real reports in samples/, as the reports print them. The expected
/// values were transcribed by reading each report, not produced by the tool.
final class SampleGoldenTests: XCTestCase {
    private func read(_ name: String) throws -> NormalizedReport {
        TestSupport.normalizer.normalize(text: try TestSupport.sampleText(name))
    }

    func testZiboReportOneCellPerLineWith2021Template() throws {
        let report = try read("000_ec8c00aafa0c72de.txt")
        XCTAssertEqual(report.title, "淄博市卫生健康委员会2022年政府信息公开工作年度报告")
        XCTAssertEqual(report.agency, "淄博市卫生健康委员会")
        XCTAssertEqual(report.year, "2022")
        XCTAssertEqual(report.template, .edition2021)
        XCTAssertEqual(report.applicationsEdition, .edition2021)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=0 repealed=0 in_force=0",
            "normative_documents 行政规范性文件: issued=0 repealed=0 in_force=8",
            "administrative_licensing 行政许可: decisions=0",
            "administrative_penalty 行政处罚: decisions=233",
            "administrative_coercion 行政强制: decisions=0",
            "administrative_fees 行政事业性收费: amount=0",
        ])
        XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2021, overrides: [
            .newReceived: "20 0 0 0 0 0 20",
            .granted: "11 0 0 0 0 0 11",
            .deniedThirdPartyRights: "5 0 0 0 0 0 5",
            .unavailableNotHeld: "2 0 0 0 0 0 2",
            .unavailableNeedsCreation: "1 0 0 0 0 0 1",
            .otherOther: "1 0 0 0 0 0 1",
            .total: "20 0 0 0 0 0 20",
        ]))
        XCTAssertEqual(report.reviewLines, [
            "administrative_review: 1 1 0 0 2",
            "litigation_direct: 0 0 0 0 0",
            "litigation_after_review: 0 0 0 0 0",
        ])
        XCTAssertEqual(report.findingLines, [])
    }

    func testJiyuanReportTabSeparatedWith2019TemplateAndOneReviewCellTooMany() throws {
        let report = try read("001_13863c369ac78f75.txt")
        XCTAssertEqual(report.title, "卫生健康委员会2019年政府信息公开工作年度报告")
        XCTAssertEqual(report.agency, "卫生健康委员会")
        XCTAssertEqual(report.year, "2019")
        XCTAssertEqual(report.template, .edition2019)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=0 newly_disclosed=0 disclosed_total=0",
            "normative_documents 规范性文件: issued=0 newly_disclosed=0 disclosed_total=6",
            "administrative_licensing 行政许可: prior_year_items=11 net_change=0 decisions=894",
            "other_management_services 其他对外管理服务事项: prior_year_items=0 net_change=0 decisions=0",
            "administrative_penalty 行政处罚: prior_year_items=113 net_change=0 decisions=57",
            "administrative_coercion 行政强制: prior_year_items=0 net_change=0 decisions=0",
            "administrative_fees 行政事业性收费: prior_year_items=0 net_change=0",
            "centralized_procurement 政府集中采购: projects=12 amount=71.8526",
        ])
        XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2019, overrides: [
            .newReceived: "1 0 0 1 0 0 2",
            .granted: "1 0 0 1 0 0 2",
            .total: "1 0 0 1 0 0 2",
        ]))
        XCTAssertEqual(report.reviewLines, [
            "administrative_review: 0 0 0 0 0",
            "litigation_direct: 0 0 0 0 0",
            "litigation_after_review: 0 0 0 0 0",
        ])
        XCTAssertEqual(report.findingLines, ["cells.count error reviews_litigation/figures/ expected=15 actual=16"])
        XCTAssertEqual(report.findings.first?.message,
                       "Row 'figures' (line 73) has 16 cells where the reviews_litigation table has 15 columns; the first 15 were kept and '0' dropped.")
    }

    func testZhenhaiReportWithSplitTitleAndARowThatLostItsTotal() throws {
        let report = try read("002_e1fdd1bd7c96d60e.txt")
        XCTAssertEqual(report.title, "宁波市镇海区卫生健康局2022年度政府信息公开工作年度报告")
        XCTAssertEqual(report.agency, "宁波市镇海区卫生健康局")
        XCTAssertEqual(report.year, "2022")
        XCTAssertEqual(report.template, .edition2021)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=0 repealed=0 in_force=0",
            "normative_documents 行政规范性文件: issued=0 repealed=0 in_force=0",
            "administrative_licensing 行政许可: decisions=1841",
            "administrative_penalty 行政处罚: decisions=304",
            "administrative_coercion 行政强制: decisions=0",
            "administrative_fees 行政事业性收费: amount=7.52",
        ])
        XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2021, overrides: [
            .newReceived: "1 0 0 0 0 0 1",
            .granted: "1 0 0 0 0 0 _",
            .total: "1 0 0 0 0 0 1",
        ]))
        XCTAssertEqual(report.reviewLines.count, 3)
        XCTAssertTrue(report.reviews.allSatisfy { $0.values == ["0", "0", "0", "0", "0"] })
        XCTAssertEqual(report.findingLines, ["cells.count error applications/granted/total expected=7 actual=6"])
        XCTAssertEqual(report.findings.first?.message,
                       "Row 'granted' (label '（一）予以公开', line 104) has 6 cells where the applications table has 7 columns; the figures were kept in the first 6 columns and 'total' left empty.")
    }

    func testHaiyangReportTabSeparatedWithSpacedLabels() throws {
        let report = try read("003_931eb61caecda62d.txt")
        XCTAssertEqual(report.title, "海阳市卫生健康局2023年政府信息公开工作年度报告")
        XCTAssertEqual(report.agency, "海阳市卫生健康局")
        XCTAssertEqual(report.year, "2023")
        XCTAssertEqual(report.template, .edition2021)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=0 repealed=0 in_force=0",
            "normative_documents 行政规范性文件: issued=0 repealed=0 in_force=0",
            "administrative_licensing 行政许可: decisions=0",
            "administrative_penalty 行政处罚: decisions=110",
            "administrative_coercion 行政强制: decisions=0",
            "administrative_fees 行政事业性收费: amount=0",
        ])
        XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2021))
        XCTAssertEqual(report.applications.map(\.label).prefix(5), [
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开",
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1.属于国家秘密",
        ])
        XCTAssertTrue(report.reviews.allSatisfy { $0.values == ["0", "0", "0", "0", "0"] })
        XCTAssertEqual(report.findingLines, [])
    }

    func testJuluReportIs2022On2019TemplateWithBrokenHeadingsAndReorderedReviewHeader() throws {
        let report = try read("004_bac1822890f7a1a1.txt")
        XCTAssertEqual(report.title, "巨鹿县卫生健康局2022年政府信息公开工作年度报告")
        XCTAssertEqual(report.agency, "巨鹿县卫生健康局")
        XCTAssertEqual(report.year, "2022")
        XCTAssertEqual(report.template, .edition2019)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=0 newly_disclosed=0 disclosed_total=0",
            "normative_documents 规范性文件: issued=0 newly_disclosed=0 disclosed_total=0",
            "administrative_licensing 行政许可: prior_year_items=0 net_change=0 decisions=0",
            "other_management_services 其他对外管理服务事项: prior_year_items=0 net_change=0 decisions=0",
            "administrative_penalty 行政处罚: prior_year_items=70 net_change=0 decisions=70",
            "administrative_coercion 行政强制: prior_year_items=0 net_change=0 decisions=0",
            "administrative_fees 行政事业性收费: prior_year_items=0 net_change=0",
            "centralized_procurement 政府集中采购: projects=0 amount=0",
        ])
        XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2019))
        XCTAssertTrue(report.reviews.allSatisfy { $0.values == ["0", "0", "0", "0", "0"] })
        XCTAssertEqual(report.findingLines, [])
    }
}
