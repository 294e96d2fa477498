import XCTest
@testable import OGIETL
import OGISchema

/// The across-report rules read the batch from disk one partition at a time; they must reach
/// exactly what they reach with every record in memory.
final class BatchPartitionTests: XCTestCase {
    private func report(agency: Int, year: Int, id: Int, modified: Int = 0, carriedOver: Int, carriedForward: Int) -> ProcessedReport {
        var normalized = NormalizedReport()
        normalized.agency = "某市第\(agency)局"
        normalized.year = String(year)
        normalized.applications = [
            ApplicationRecord(row: .carriedOver, label: "", values: Array(repeating: String(carriedOver), count: 7)),
            ApplicationRecord(row: .carriedForward, label: "", values: Array(repeating: String(carriedForward), count: 7)),
        ]
        var file = SourceFile(relativePath: "r.txt", absolutePath: "/r.txt")
        file.modified = modified
        return ProcessedReport(file: file, reportID: BatchRecord.hex(UInt64(id)), sha256: "", byteCount: 1, encoding: "UTF-8",
                               normalized: normalized, status: .ok, message: "")
    }

    /// 20 agencies × 2019–2023, each year carrying the last one's figure over, except a break
    /// in 2021 for every fourth agency; a second, newer 2022 report for every fifth; and a
    /// byte-identical copy of the 2019 report of every seventh.
    private func batch() -> [ProcessedReport] {
        var reports: [ProcessedReport] = []
        for agency in 0..<20 {
            for year in 2019...2023 {
                let broken = agency % 4 == 0 && year == 2021
                reports.append(report(agency: agency, year: year, id: agency * 100 + year,
                                      carriedOver: year - 1 + (broken ? 5 : 0), carriedForward: year))
            }
        }
        for agency in stride(from: 0, to: 20, by: 5) {
            reports.append(report(agency: agency, year: 2022, id: 9_000 + agency, modified: 1, carriedOver: 2021, carriedForward: 2022))
        }
        for agency in stride(from: 0, to: 20, by: 7) {
            reports.append(report(agency: agency, year: 2019, id: agency * 100 + 2019, carriedOver: 2018, carriedForward: 2019))
        }
        return reports
    }

    /// The rules over every record at once, as they ran before the batch moved to disk.
    private func inMemory(_ records: [BatchRecord], path: (Int) -> String) -> CrossReportRules.Outcome {
        var outcome = CrossReportRules.Outcome()
        CrossReportRules.markIdenticalCopies(in: records.filter { CrossReportRules.identityKey($0) != nil }, path: path, into: &outcome)
        let identical = outcome.duplicates
        CrossReportRules.compareAgencyYears(in: records.filter { CrossReportRules.agencyKey($0, excluding: identical) != nil },
                                            path: path, into: &outcome)
        return outcome
    }

    func testPartitionedRulesReachWhatTheRulesReachInMemory() throws {
        let records = batch().enumerated().map { BatchRecord($0.element, position: $0.offset) }
        let scratch = try TestSupport.temporaryDirectory()
        let file = try BatchFile(directory: scratch)
        for record in records { try file.append(record) }
        try file.close()
        let path = { (position: Int) in "r\(position).txt" }
        let partitioned = try CrossReportRules.evaluate(batchFile: file, count: records.count, scratch: scratch,
                                                        recordsPerPartition: 8, path: path)
        XCTAssertEqual(partitioned, inMemory(records, path: path))
        let rules = partitioned.findings.values.joined().map(\.rule)
        XCTAssertEqual(Dictionary(rules.map { ($0, 1) }, uniquingKeysWith: +),
                       ["reports.identical": 3, "reports.duplicate": 4, "applications.carry_over": 5 * 7])
        XCTAssertEqual(partitioned.duplicates, [3, 28, 53, 78, 104, 105, 106])
        XCTAssertEqual(partitioned.replacedStatuses, [.ok: 7])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [])
    }
}
