import XCTest
@testable import OGIETL
import OGISchema

/// Cell forms real reports print: units inside the cell, blank markers, signs, separators,
/// full-width digits, long decimals and misspelt labels.
final class CellFormTests: XCTestCase {
    private let title = "某局2022年政府信息公开工作年度报告\n"

    private func checked(_ text: String) -> NormalizedReport {
        var report = TestSupport.normalize(title + text)
        ReportReconciler.check(&report)
        return report
    }

    private func fees(_ amount: String) -> NormalizedReport {
        checked("二、主动公开政府信息情况\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t\(amount)\n")
    }

    private func unitFindings(_ report: NormalizedReport) -> [String] {
        report.findings.filter { $0.rule.hasPrefix("units.") }.map { "\($0.rule) \($0.severity.rawValue) \($0.row)/\($0.column) \($0.expected) \($0.actual): \($0.message)" }
    }

    func testAmountInYuanIsConvertedToTenThousandYuanExactly() {
        let report = fees("251000元")
        XCTAssertEqual(report.activeLines, ["administrative_fees 行政事业性收费: amount=25.1"])
        XCTAssertEqual(unitFindings(report), [
            "units.converted info administrative_fees/amount 25.1 251000元: Item 'administrative_fees' prints amount '251000元'; the column is counted in '万元', so the decimal point was moved 4 places to the left: 25.1.",
        ])
        XCTAssertEqual(fees("75394432.52元").activeLines, ["administrative_fees 行政事业性收费: amount=7539.443252"])
        let glued = checked("二、主动公开政府信息情况\n第二十条第（八）项\n信息内容本年收费金额（单位：万元）\n行政事业性收费251000元\n")
        XCTAssertEqual(glued.activeLines, ["administrative_fees 行政事业性收费: amount=25.1"])
    }

    func testAmountInTenThousandYuanOnlyLosesItsUnit() {
        let report = fees("7.50万元")
        XCTAssertEqual(report.activeLines, ["administrative_fees 行政事业性收费: amount=7.50"])
        XCTAssertEqual(unitFindings(report), [])
    }

    func testUnknownUnitLeavesTheCellEmpty() {
        let report = fees("3.5亿元")
        XCTAssertEqual(report.activeLines, ["administrative_fees 行政事业性收费: "])
        XCTAssertEqual(unitFindings(report), [
            "units.unknown warning administrative_fees/amount  3.5亿元: Item 'administrative_fees' prints amount '3.5亿元'; the unit '亿元' is not in text.units, so the cell was left empty.",
        ])
    }

    func testUnitOnACountLeavesTheCellEmpty() {
        let report = checked("二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t12元\n")
        XCTAssertEqual(report.activeLines, ["administrative_licensing 行政许可: "])
        XCTAssertEqual(unitFindings(report), [
            "units.unexpected warning administrative_licensing/decisions  12元: Item 'administrative_licensing' prints decisions '12元', a count with a unit; only the amount column takes one, so the cell was left empty.",
        ])
    }

    func testUnitOnARequestsCountIsNotReadAsTheCountButTheRowSumMayProveIt() {
        let report = checked("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t5元\t0\t0\t0\t0\t0\t5\n")
        XCTAssertEqual(report.applicationLines, ["new_received: 5 0 0 0 0 0 5"])
        XCTAssertEqual(report.applications.first?.imputed, ["natural_person"])
        XCTAssertEqual(report.findings.filter { $0.rule.hasPrefix("units.") || $0.rule == "cells.imputed" }.map(\.message), [
            "Row 'new_received' prints '5元', a count with a unit; the applications table counts requests and cases, so the cell was left empty.",
            "Row 'new_received' had no figure in 'natural_person'; applications.row_sum proves it is 5, which was filled in and marked in 'imputed'.",
        ])
    }

    func testDecimalPointMovesByDigitsNeverThroughFloatingPoint() {
        XCTAssertEqual(UnitSpelling.shifted("251000", by: -4), "25.1")
        XCTAssertEqual(UnitSpelling.shifted("75394432.52", by: -4), "7539.443252")
        XCTAssertEqual(UnitSpelling.shifted("5", by: -4), "0.0005")
        XCTAssertEqual(UnitSpelling.shifted("0", by: -4), "0")
        XCTAssertEqual(UnitSpelling.shifted("10000", by: -4), "1")
        XCTAssertEqual(UnitSpelling.shifted("1.5", by: 2), "150")
        XCTAssertEqual(UnitSpelling.shifted("7.50", by: 0), "7.50")
    }

    func testSignsSeparatorsFullWidthDigitsAndLongDecimalsAreOneCellEach() {
        let report = checked("""
            二、主动公开政府信息情况
            第二十条第（五）项
            信息内容\t上一年项目数量\t本年增/减\t处理决定数量
            行政许可\t1,234\t-18\t１２
            其他对外管理服务事项\t5\t+3\t0
            第二十条第（九）项
            信息内容\t采购项目数量\t采购总金额
            政府集中采购\t3\t24252.311082

            """)
        XCTAssertEqual(report.activeLines, [
            "administrative_licensing 行政许可: prior_year_items=1234 net_change=-18 decisions=12",
            "other_management_services 其他对外管理服务事项: prior_year_items=5 net_change=3 decisions=0",
            "centralized_procurement 政府集中采购: projects=3 amount=24252.311082",
        ])
        XCTAssertEqual(report.findings.filter { $0.rule.hasPrefix("cells.") || $0.rule.hasPrefix("active_disclosure.") }, [])
    }

    func testBlankMarkersAreEmptyCellsNeverZero() {
        let report = checked("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t&nbsp;\t/\t无\n行政规范性文件\t—\t-\t3\n")
        XCTAssertEqual(report.activeLines, ["regulations 规章: ", "normative_documents 行政规范性文件: in_force=3"])
    }

    /// One Shanghai report prints no 总计 on any result row: each is filled only because its
    /// own row sum proves it, and a row missing a second cell stays empty.
    func testBlankTotalColumnIsFilledOnlyWhereASumProvesIt() {
        let report = checked("""
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t
            二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t
            三、本年度办理结果\t（一）予以公开\t2\t1\t0\t0\t0\t0\t/
            （二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t/\t0\t0\t0\t0\t/

            """)
        XCTAssertEqual(report.applicationLines, [
            "new_received: 3 1 0 0 0 0 4", "carried_over: 0 0 0 0 0 0 0", "granted: 2 1 0 0 0 0 3", "partially_granted: 1 _ 0 0 0 0 _",
        ])
        XCTAssertEqual(report.applications.map(\.imputed), [["total"], ["total"], ["total"], []])
    }

    func testMisspeltRowLabelStillFindsItsRow() {
        let report = checked("三、收到和处理政府信息公开申请情况\n（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n2.其他法律行政止公开\t1\t0\t0\t0\t0\t0\t1\n")
        XCTAssertEqual(report.applicationLines, ["denied_state_secret: 0 0 0 0 0 0 0", "denied_prohibited_by_law: 1 0 0 0 0 0 1"])
        XCTAssertEqual(report.applications.last?.label, "2.其他法律行政止公开")
    }
}
