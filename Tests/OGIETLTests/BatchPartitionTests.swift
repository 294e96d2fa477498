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
            ApplicationRecord(row: .carriedOver, label: "", values: Array(repeating: Figure(carriedOver), count: 7)),
            ApplicationRecord(row: .carriedForward, label: "", values: Array(repeating: Figure(carriedForward), count: 7)),
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

    private func evaluate(_ records: [BatchRecord], recordsPerPartition: Int) throws -> (CrossReportRules.Outcome, BatchFile, String) {
        let scratch = try TestSupport.temporaryDirectory()
        let file = try BatchFile(directory: scratch)
        for record in records { try file.append(record) }
        try file.close()
        let outcome = try CrossReportRules.evaluate(batch: file, count: records.count, scratch: scratch, recordsPerPartition: recordsPerPartition)
        return (outcome, file, scratch)
    }

    /// The rules group records by sorting them on keys taken once; the keys compare field by
    /// field, the first deciding unless equal.
    func testRecordsSortByTheirKeysFieldByField() {
        let reports = [(5, 2001), (3, 2002), (5, 2000), (3, 2002), (5, 2001)].enumerated().map { index, pair in
            BatchRecord(report(agency: pair.0, year: pair.1, id: index + 1, carriedOver: 0, carriedForward: 0), position: index)
        }
        let sorted = reports.sorted(byKey: { BatchSortKey(first: UInt64($0.year ?? 0), second: -$0.position, third: 0) })
        XCTAssertEqual(sorted.map(\.position), [2, 4, 0, 3, 1])
        XCTAssertEqual(reports.sorted(byKey: { BatchSortKey(first: $0.identity, second: 0, third: $0.position) }).map(\.position), [0, 1, 2, 3, 4])
    }

    func testPartitionedRulesReachWhatTheRulesReachInOnePartition() throws {
        let records = batch().enumerated().map { BatchRecord($0.element, position: $0.offset) }
        let (partitioned, _, scratch) = try evaluate(records, recordsPerPartition: 8)
        let (whole, _, _) = try evaluate(records, recordsPerPartition: records.count)
        let facts = records.indices.map { partitioned.facts.fact(at: $0) }
        XCTAssertEqual(facts, records.indices.map { whole.facts.fact(at: $0) })
        XCTAssertEqual(partitioned.findingsByRule, whole.findingsByRule)
        XCTAssertEqual(partitioned.findingsByRule, ["reports.identical": 3, "reports.duplicate": 4, "applications.carry_over": 5 * 7])
        XCTAssertEqual(partitioned.duplicates, 7)
        XCTAssertEqual(partitioned.replacedStatuses, [.ok: 7])
        let flagged = Dictionary(uniqueKeysWithValues: facts.enumerated().filter { $0.element != .none }.map { ($0.offset, $0.element) })
        XCTAssertEqual(flagged, [
            3: .duplicate(of: 100), 28: .duplicate(of: 101), 53: .duplicate(of: 102), 78: .duplicate(of: 103),
            104: .identicalCopy(of: 0), 105: .identicalCopy(of: 35), 106: .identicalCopy(of: 70),
            2: .follows(1), 22: .follows(21), 42: .follows(41), 62: .follows(61), 82: .follows(81),
        ])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch), [])
    }

    func testFindingsAreWrittenFromTheFactsWithBothPaths() throws {
        let records = batch().enumerated().map { BatchRecord($0.element, position: $0.offset) }
        let (outcome, file, _) = try evaluate(records, recordsPerPartition: 8)
        let path = { (position: Int) in "r\(position).txt" }
        let carry = try CrossReportRules.findings(for: outcome.facts.fact(at: 42), of: BatchEntry(records[42], path: "r42.txt"), batch: file, path: path)
        XCTAssertEqual(carry.map(\.column), AccountingIdentities.applicantColumns)
        XCTAssertEqual(carry.first?.message, "Column 'natural_person': 'r41.txt' carries 2020 forward into 2021, but this report's carried_over is 2025.")
        let copy = try CrossReportRules.findings(for: outcome.facts.fact(at: 105), of: BatchEntry(records[105], path: "r105.txt"), batch: file, path: path)
        XCTAssertEqual(copy.map(\.message), ["'r105.txt' has exactly the same bytes as 'r35.txt', which was kept as the first by path; this copy's rows are left out of the data tables."])
        XCTAssertEqual(copy.map { [$0.expected, $0.actual] }, [[records[35].reportID, records[105].reportID]])
    }
}
