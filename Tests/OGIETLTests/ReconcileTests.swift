import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Each accounting identity fires on a table that breaks it, stays silent on a consistent
/// one, and repairs only what a row's own sum proves.
final class ReconcileTests: XCTestCase {
    private func checked(_ fixture: ReportFixture) -> NormalizedReport {
        var report = TestSupport.normalize(fixture.renderTabSeparated())
        ReportReconciler.check(&report)
        return report
    }

    private func rules(_ report: NormalizedReport) -> [String] {
        report.findings.filter { $0.rule != "template.year" }.map { "\($0.rule) \($0.row) \($0.column) \($0.expected)≠\($0.actual)" }
    }

    func testConsistentReportsInEveryLayoutProduceNoFindings() {
        for edition in TemplateEdition.allCases {
            for rendering in ReportFixture.sample(edition: edition, seed: 5).renderAll() {
                var report = TestSupport.normalize(rendering.text, html: rendering.fileExtension == "html")
                ReportReconciler.check(&report)
                XCTAssertEqual(rules(report).filter { !$0.hasPrefix("cells.aligned") }, [], "\(rendering.layout) \(edition)")
            }
        }
    }

    func testUnbalancedColumnFiresBalance() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 2)
        let values = fixture.applicationValues(.carriedForward)
        fixture.applications[.carriedForward] = [String(Int(values[0] ?? "0")! + 1)] + values.dropFirst().map { $0 } .prefix(5) + [String(Int(values[6] ?? "0")! + 1)]
        let new = Int(fixture.applicationValues(.newReceived)[0] ?? "") ?? -1
        let over = Int(fixture.applicationValues(.carriedOver)[0] ?? "") ?? -1
        let total = Int(fixture.applicationValues(.total)[0] ?? "") ?? -1
        let newAll = Int(fixture.applicationValues(.newReceived)[6] ?? "") ?? -1
        let overAll = Int(fixture.applicationValues(.carriedOver)[6] ?? "") ?? -1
        let totalAll = Int(fixture.applicationValues(.total)[6] ?? "") ?? -1
        XCTAssertEqual(rules(checked(fixture)), [
            "applications.balance total natural_person \(new + over)≠\(total + (Int(values[0] ?? "") ?? 0) + 1)",
            "applications.balance total total \(newAll + overAll)≠\(totalAll + (Int(values[6] ?? "") ?? 0) + 1)",
        ])
    }

    func testResultRowsThatDoNotAddUpFireResultsSum() {
        var fixture = ReportFixture.sample(edition: .edition2019, seed: 2)
        var row = fixture.applicationValues(.notProcessedDuplicate)
        row[1] = String(Int(row[1]!)! + 2)
        row[6] = String(Int(row[6]!)! + 2)
        fixture.applications[.notProcessedDuplicate] = row
        let stated = fixture.applicationValues(.total)[1]!
        let statedTotal = fixture.applicationValues(.total)[6]!
        XCTAssertEqual(rules(checked(fixture)), [
            "applications.results_sum total commercial_enterprise \(Int(stated)! + 2)≠\(stated)",
            "applications.results_sum total total \(Int(statedTotal)! + 2)≠\(statedTotal)",
        ])
    }

    func testRowWhoseTotalIsWrongFiresRowSum() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 4)
        fixture.applications[.deniedStateSecret] = ["1", "0", "0", "0", "0", "0", "3"]
        let findings = rules(checked(fixture))
        XCTAssertTrue(findings.contains("applications.row_sum denied_state_secret total 1≠3"), "\(findings)")
    }

    /// Two 19-digit figures fit in 64 bits, but not their sum: the run once stopped on an
    /// overflow trap here. Such figures stay in the output as printed and out of the sums.
    func testFiguresTooLargeToAddUpAreKeptButLeftOutOfTheIdentities() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 4)
        let huge = "5000000000000000000"
        let received = [huge, huge] + fixture.applicationValues(.newReceived).dropFirst(2)
        fixture.applications[.newReceived] = received
        let denied = fixture.applicationValues(.deniedStateSecret)
        fixture.applications[.deniedStateSecret] = Array(denied.dropLast()) + [nil]
        let reviews = [huge, huge] + fixture.reviews.dropFirst(2)
        fixture.reviews = Array(reviews)
        let report = checked(fixture)
        XCTAssertEqual(report.applications.first { $0.row == .newReceived }?.values.spellings, received)
        XCTAssertEqual(report.applications.first { $0.row == .deniedStateSecret }?.values.spellings, denied)
        XCTAssertEqual(report.reviews.first?.values.spellings, Array(reviews.prefix(5)))
        XCTAssertEqual(rules(report), ["cells.imputed denied_state_secret total \(denied[6] ?? "")≠"])
    }

    func testReviewBlockWhoseTotalIsWrongFiresReviewSum() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 4)
        fixture.reviews = ["1", "1", "0", "0", "3"] + Array(fixture.reviews.dropFirst(5))
        XCTAssertEqual(rules(checked(fixture)), ["reviews_litigation.sum administrative_review total 2≠3"])
    }

    func testNegativeOrFractionalDocumentCountsFireStock() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 4)
        fixture.active[0].values[.inForce] = "-2"
        fixture.active[1].values[.issued] = "1.5"
        XCTAssertEqual(rules(checked(fixture)), ["active_disclosure.stock regulations in_force ≠-2", "active_disclosure.stock normative_documents issued ≠1.5"])
    }

    /// A count `Int` reads is a count, however many digits; one it cannot is not a whole number.
    func testCountsAreReadAsIntReadsThem() {
        var report = NormalizedReport()
        report.activeDisclosure = [
            ActiveDisclosureRecord(item: .regulations, label: "规章", values: [
                .inForce: "123456789012345678", .issued: "1234567890123456789", .repealed: "99999999999999999999",
            ]),
            ActiveDisclosureRecord(item: .normativeDocuments, label: "行政规范性文件", values: [.issued: "+3", .inForce: "-0", .repealed: ""]),
        ]
        XCTAssertEqual(AccountingIdentities.stock(report).map(\.message), [
            "Item 'regulations' prints repealed '99999999999999999999', which is not a whole number; it is a count of documents or decisions.",
            "Item 'normative_documents' prints in_force '-0', which is negative; it is a count of documents or decisions.",
            "Item 'normative_documents' prints repealed '', which is not a whole number; it is a count of documents or decisions.",
        ])
    }

    func testNegativeNetChangeIn2019TemplateIsAllowed() {
        var fixture = ReportFixture.sample(edition: .edition2019, seed: 4)
        fixture.active[2].values[.netChange] = "-18"
        XCTAssertEqual(rules(checked(fixture)), [])
    }

    func testMissingTotalCellIsImputedAndFlagged() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 6)
        let row = fixture.applicationValues(.granted)
        fixture.applications[.granted] = Array(row.prefix(6)) + [nil]
        let report = checked(fixture)
        let granted = report.applications.first { $0.row == .granted }
        XCTAssertEqual(granted?.values.spellings, row)
        XCTAssertEqual(granted?.imputed, ["total"])
        XCTAssertEqual(rules(report), ["cells.imputed granted total \(row[6]!)≠"])
    }

    func testMissingApplicantCellIsImputedFromTheTotal() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 6)
        let row = fixture.applicationValues(.newReceived)
        fixture.applications[.newReceived] = [row[0], nil] + Array(row[2...])
        let report = checked(fixture)
        XCTAssertEqual(report.applications.first?.values.spellings, row)
        XCTAssertEqual(report.applications.first?.imputed, ["commercial_enterprise"])
    }

    func testTwoMissingCellsInARowAreNeverGuessed() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 6)
        let row = fixture.applicationValues(.newReceived)
        fixture.applications[.newReceived] = [row[0], nil, nil] + Array(row[3...])
        let report = checked(fixture)
        XCTAssertEqual(report.applications.first?.values.spellings, [row[0], nil, nil] + Array(row[3...]))
        XCTAssertEqual(report.applications.first?.imputed, [])
        XCTAssertEqual(rules(report), [])
    }

    func testStrayFigureIsDroppedOnlyWhenTheSumsSingleItOut() {
        var printed = TestSupport.normalize("某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t3\t9\t1\t0\t0\t0\t0\t4\n")
        ReportReconciler.check(&printed)
        XCTAssertEqual(printed.applications.first?.values, ["3", "1", "0", "0", "0", "0", "4"])
        XCTAssertTrue(printed.findings.contains { $0.rule == "cells.dropped" && $0.actual == "9" })

        var ambiguous = TestSupport.normalize("某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t1\t0\t0\t0\t1\t2\n")
        ReportReconciler.check(&ambiguous)
        XCTAssertEqual(ambiguous.applications.first?.values, ["1", "0", "1", "0", "0", "0", "1"])
        XCTAssertFalse(ambiguous.findings.contains { $0.rule == "cells.dropped" })
        XCTAssertTrue(ambiguous.findings.contains { $0.rule == "applications.row_sum" })
    }

    func testTemplateYearFlagsLateReportsOnTheOldTemplateAndEarlyReportsOnTheNewOne() {
        var late = NormalizedReport()
        late.year = "2022"
        late.template = .edition2019
        XCTAssertEqual(AccountingIdentities.templateYear(late).map(\.severity), [.info])
        var early = NormalizedReport()
        early.year = "2019"
        early.template = .edition2021
        XCTAssertEqual(AccountingIdentities.templateYear(early).map(\.severity), [.warning])
        early.year = "2021"
        XCTAssertEqual(AccountingIdentities.templateYear(early), [])
    }

    func testIdentitiesReadWholeNumbersAsIntDoesAndLeaveOutAnyBeyondTenToTheFifteenth() {
        let readings: [(String?, Int?)] = [
            ("0", 0), ("-0", 0), ("+7", 7), ("-18", -18), ("007", 7), ("00000000000000000000005", 5),
            ("1000000000000000", 1_000_000_000_000_000), ("-1000000000000000", -1_000_000_000_000_000),
            ("1000000000000001", nil), ("99999999999999999999999", nil), ("7.50", nil), ("", nil), ("-", nil),
            ("+", nil), ("1-2", nil), ("--1", nil), (" 1", nil), ("１２", nil), (nil, nil),
        ]
        for (text, value) in readings {
            XCTAssertEqual(AccountingIdentities.int(text.map { Figure(spelling: $0.utf8) }), value, "\(String(describing: text))")
        }
    }
}
