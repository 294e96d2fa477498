@testable import OGIETL
import OGISchema
import XCTest

/// The summary is counted from each report's tally, taken by the worker, so the emitter never
/// holds a report's records.
final class RunSummaryTests: XCTestCase {
    private func report(status: ReportStatus, findings: [(rule: String, severity: Severity)]) -> ProcessedReport {
        var normalized = NormalizedReport()
        normalized.findings = findings.map { Finding(table: .applications, rule: $0.rule, severity: $0.severity, message: "m") }
        return ProcessedReport(file: SourceFile(relativePath: "a.txt", absolutePath: "/a.txt"), reportID: String(repeating: "a", count: 16),
                               sha256: "", byteCount: 1, encoding: "UTF-8", normalized: normalized, status: status, message: "")
    }

    func testTallyKeepsTheStatusEveryFindingRuleInOrderAndTheErrorCount() {
        let tally = ReportTally(report(status: .partial, findings: [
            ("cells.count", .warning), ("identity.total", .error), ("cells.count", .info), ("table.missing", .error),
        ]))
        XCTAssertEqual(tally.status, .partial)
        XCTAssertEqual(tally.findingRules, ["cells.count", "identity.total", "cells.count", "table.missing"])
        XCTAssertEqual(tally.errorFindings, 2)
    }

    func testSummaryAddsUpTalliesByStatusRuleAndErrors() {
        var summary = RunSummary()
        summary.count(ReportTally(report(status: .ok, findings: [])))
        summary.count(ReportTally(report(status: .partial, findings: [("cells.count", .warning), ("identity.total", .error)])))
        summary.count(ReportTally(report(status: .ok, findings: [("cells.count", .info)])))
        XCTAssertEqual(summary.reports, 3)
        XCTAssertEqual(summary.statuses, [.ok: 2, .partial: 1])
        XCTAssertEqual(summary.findingsByRule, ["cells.count": 2, "identity.total": 1])
        XCTAssertEqual(summary.errorFindings, 1)
        XCTAssertEqual(summary.line, "3 reports: 2 ok, 1 partial, 0 failed; 3 findings (cells.count=2 identity.total=1)")
    }
}
