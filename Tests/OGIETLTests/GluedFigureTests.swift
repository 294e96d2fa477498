import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Tables saved from web pages lose the separators between cells; the tables' own sums cut the
/// digit runs back into cells, and every recovered cell is marked and explained.
final class GluedFigureTests: XCTestCase {
    /// 40 requests from people and 10 from companies; the granted row's run `110000011` reads
    /// as 1, 10, … or 11, 0, …, and only the column identities say which.
    private let known = ReportFixture.glued(applications: [
        .newReceived: [40, 10, 0, 0, 0, 0, 50],
        .granted: [1, 10, 0, 0, 0, 0, 11],
        .partiallyGranted: [2, 0, 0, 0, 0, 0, 2],
        .unavailableNotHeld: [37, 0, 0, 0, 0, 0, 37],
        .total: [40, 10, 0, 0, 0, 0, 50],
    ], reviews: [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19])

    private func checked(_ text: String) -> NormalizedReport {
        var report = TestSupport.normalize(text)
        ReportReconciler.check(&report)
        return report
    }

    private func messages(_ report: NormalizedReport, table: CanonicalTable, row: String) -> [String] {
        report.findings.filter { $0.table == table.rawValue && $0.row == row }.map { "\($0.rule) \($0.severity.rawValue) \($0.expected) \($0.actual): \($0.message)" }
    }

    func testGluedRequestsTableIsReadCellExactInBothRenderings() {
        for oneLine in [false, true] {
            let report = checked(known.renderGlued(oneLine: oneLine))
            XCTAssertEqual(report.applicationLines, applicationLines(edition: .edition2021, overrides: [
                .newReceived: "40 10 0 0 0 0 50", .granted: "1 10 0 0 0 0 11", .partiallyGranted: "2 0 0 0 0 0 2",
                .unavailableNotHeld: "37 0 0 0 0 0 37", .total: "40 10 0 0 0 0 50",
            ]), "oneLine: \(oneLine)")
            XCTAssertEqual(Set(report.applications.map(\.imputed)), [AccountingIdentities.applicantColumns])
            XCTAssertEqual(report.findings.filter { $0.table == "applications" && $0.rule != "cells.split" }, [], "oneLine: \(oneLine)")
            XCTAssertEqual(report.findings.filter { $0.rule == "cells.split" && $0.table == "applications" }.count, ApplicationRow.printed(in: .edition2021).count)
        }
    }

    func testGluedRowWithOneRowSumSplitIsCutByItsRowSum() {
        let report = checked(known.renderGlued(oneLine: false))
        XCTAssertEqual(messages(report, table: .applications, row: "new_received"), [
            "cells.split info 40;10;0;0;0;0;50 4010000050: Row 'new_received' was printed as the digit run '4010000050' with no separators; the only split whose row sum holds is 40, 10, 0, 0, 0, 0, 50.",
        ])
    }

    func testGluedRowWithTwoRowSumSplitsIsSettledByColumnIdentities() {
        let report = checked(known.renderGlued(oneLine: false))
        XCTAssertEqual(report.applications.first { $0.row == .granted }?.values, ["1", "10", "0", "0", "0", "0", "11"])
        XCTAssertEqual(messages(report, table: .applications, row: "granted"), [
            "cells.split info 1;10;0;0;0;0;11 110000011: Row 'granted' was printed as the digit run '110000011' with no separators; 2 splits make its row sum hold (1, 10, 0, 0, 0, 0, 11; 11, 0, 0, 0, 0, 0, 11), and the only one the column identities allow is 1, 10, 0, 0, 0, 0, 11.",
        ])
    }

    func testNextRowsNumberingStuckToTheDigitsIsReadAsItsLabel() {
        let report = checked(known.renderGlued(oneLine: true))
        XCTAssertEqual(messages(report, table: .applications, row: "unavailable_not_held"), [
            "cells.split info 37;0;0;0;0;0;37 3700000372: Row 'unavailable_not_held' was printed as the digit run '3700000372' with no separators, whose last digit '2' is the numbering of the next row; the only split whose row sum holds is 37, 0, 0, 0, 0, 0, 37.",
        ])
        XCTAssertEqual(report.applications.first { $0.row == .unavailableNeedsCreation }?.label, "2.没有现成信息需要另行制作")
    }

    func testRowsWhoseSplitsTheIdentitiesCannotSeparateAreLeftEmpty() {
        let fixture = ReportFixture.glued(applications: [
            .newReceived: [12, 10, 0, 0, 0, 0, 22],
            .granted: [1, 10, 0, 0, 0, 0, 11],
            .otherOther: [11, 0, 0, 0, 0, 0, 11],
            .total: [12, 10, 0, 0, 0, 0, 22],
        ])
        let report = checked(fixture.renderGlued(oneLine: false))
        let empty = [Figure?](repeating: nil, count: 7)
        XCTAssertEqual(report.applications.first { $0.row == .granted }?.values, empty)
        XCTAssertEqual(report.applications.first { $0.row == .otherOther }?.values, empty)
        XCTAssertEqual(report.applications.first { $0.row == .otherOther }?.imputed, [])
        XCTAssertEqual(messages(report, table: .applications, row: "granted"), [
            "cells.ambiguous warning  110000011: Row 'granted' was printed as the digit run '110000011' with no separators; 2 splits make its row sum hold (1, 10, 0, 0, 0, 0, 11; 11, 0, 0, 0, 0, 0, 11) and the column identities allow 2 of them, so its cells were left empty.",
        ])
        XCTAssertEqual(report.findings.filter { $0.rule.hasPrefix("applications.") }, [])
    }

    func testRowWhoseSplitsAllBreakTheColumnIdentitiesIsLeftEmpty() {
        let fixture = ReportFixture.glued(applications: [
            .newReceived: [41, 10, 0, 0, 0, 0, 51],
            .granted: [1, 10, 0, 0, 0, 0, 11],
            .partiallyGranted: [2, 0, 0, 0, 0, 0, 2],
            .unavailableNotHeld: [37, 0, 0, 0, 0, 0, 37],
            .total: [41, 10, 0, 0, 0, 0, 51],
        ])
        let report = checked(fixture.renderGlued(oneLine: false))
        XCTAssertEqual(report.applications.first { $0.row == .granted }?.values, [Figure?](repeating: nil, count: 7))
        XCTAssertEqual(messages(report, table: .applications, row: "granted"), [
            "cells.ambiguous warning  110000011: Row 'granted' was printed as the digit run '110000011' with no separators; 2 splits make its row sum hold (1, 10, 0, 0, 0, 0, 11; 11, 0, 0, 0, 0, 0, 11) but none of them satisfies the column identities, so its cells were left empty.",
        ])
    }

    func testRunThatNoSplitMakesHoldIsLeftEmpty() {
        let report = checked("某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量713000075\n")
        XCTAssertEqual(report.applications.first?.values, [Figure?](repeating: nil, count: 7))
        XCTAssertEqual(messages(report, table: .applications, row: "new_received"), [
            "cells.unsplit warning  713000075: Row 'new_received' was printed as the digit run '713000075' with no separators; no split into 7 figures makes its row sum hold, so its cells were left empty.",
        ])
    }

    func testAppealsRunIsCutIntoItsThreeProceedings() {
        let report = checked(known.renderGlued(oneLine: false))
        XCTAssertEqual(report.reviewLines, ["administrative_review: 2 1 3 1 7", "litigation_direct: 0 0 0 0 0", "litigation_after_review: 13 2 4 0 19"])
        XCTAssertEqual(report.reviews.map(\.imputed), Array(repeating: AccountingIdentities.outcomeColumns, count: 3))
        XCTAssertEqual(messages(report, table: .reviewsLitigation, row: "figures"), [
            "cells.split info 2;1;3;1;7;0;0;0;0;0;13;2;4;0;19 21317000001324019: The appeals figures were printed as the digit run '21317000001324019' with no separators; the only split whose sums hold (each proceeding's four outcomes add up to its total) is 2, 1, 3, 1, 7 / 0, 0, 0, 0, 0 / 13, 2, 4, 0, 19.",
        ])
    }

    func testAmbiguousAppealsRunIsLeftEmptyButTheTableIsFound() {
        let fixture = ReportFixture.glued(applications: [:], reviews: [11, 0, 0, 0, 11] + Array(repeating: 0, count: 10))
        let report = checked(fixture.renderGlued(oneLine: false))
        XCTAssertEqual(report.reviewLines, ["administrative_review: _ _ _ _ _", "litigation_direct: _ _ _ _ _", "litigation_after_review: _ _ _ _ _"])
        XCTAssertTrue(report.tablesFound.contains(.reviewsLitigation))
        XCTAssertEqual(messages(report, table: .reviewsLitigation, row: "figures"), [
            "cells.ambiguous warning  11000110000000000: The appeals figures were printed as the digit run '11000110000000000' with no separators; 2 splits make every proceeding's sum hold (1, 10, 0, 0, 11 / 0, 0, 0, 0, 0 / 0, 0, 0, 0, 0; 11, 0, 0, 0, 11 / 0, 0, 0, 0, 0 / 0, 0, 0, 0, 0), so its cells were left empty.",
        ])
    }

    func testProactiveRunIsCutOnlyWhenOneCutIsPossible() {
        var fixture = known
        fixture.active[0].values = [.issued: "0", .repealed: "0", .inForce: "2"]
        fixture.active[1].values = [.issued: "5", .repealed: "1", .inForce: "19"]
        let report = checked(fixture.renderGlued(oneLine: false))
        XCTAssertEqual(Array(report.activeLines.prefix(2)), ["regulations 规章: issued=0 repealed=0 in_force=2", "normative_documents 行政规范性文件: "])
        XCTAssertEqual(report.activeDisclosure.prefix(2).map(\.imputed), [["issued", "repealed", "in_force"], []])
        XCTAssertEqual(messages(report, table: .activeDisclosure, row: "regulations"), [
            "cells.split info 0;0;2 002: Item 'regulations' was printed as the digit run '002' with no separators; the only way to cut it into 3 figures is 0, 0, 2.",
        ])
        XCTAssertEqual(messages(report, table: .activeDisclosure, row: "normative_documents"), [
            "cells.ambiguous warning  5119: Item 'normative_documents' was printed as the digit run '5119' with no separators; it can be cut into 3 figures in 3 ways (5, 1, 19; 5, 11, 9; 51, 1, 9) and this table has no sums to tell them apart, so its cells were left empty.",
        ])
    }

    func testASingleFigureUnderSeveralColumnsIsNotTakenForARun() {
        let report = checked("某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t102\n")
        XCTAssertEqual(report.activeLines, ["regulations 规章: issued=102"])
        XCTAssertFalse(report.findings.contains { $0.rule == "cells.split" || $0.rule == "cells.ambiguous" })
    }
}
