import XCTest
import Logging
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// The batch is one dataset: duplicates of one agency and year, and figures that must carry
/// from one year's report into the next.
final class CrossReportTests: XCTestCase {
    private func ingest(_ files: [String: String]) async throws -> (output: String, summary: RunSummary) {
        let input = try TestSupport.temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: input + "/" + name)) }
        let output = try TestSupport.temporaryDirectory() + "/out"
        let loaded = try PipelineConfig.load(path: TestSupport.configPath)
        let summary = try await Pipeline(config: loaded.config, configBytes: loaded.bytes)
            .run(input: input, output: output, workers: 2, logger: Logger(label: "test"))
        return (output, summary)
    }

    private func rows(_ output: String, _ table: CanonicalTable) throws -> [[String]] {
        try TestSupport.gunzippedLines(output + "/" + table.fileName).dropFirst().map { CSVRow.fields(of: $0) }
    }

    private func fixture(agency: String, year: Int, seed: Int) -> ReportFixture {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: seed)
        fixture.agency = agency
        fixture.year = year
        return fixture
    }

    func testTwoCopiesOfOneReportKeepTheOneWithFewerErrors() async throws {
        let clean = fixture(agency: "某市卫生健康局", year: 2022, seed: 3)
        var broken = clean
        broken.applications[.granted] = ["9"] + Array(clean.applicationValues(.granted).dropFirst())
        let (output, summary) = try await ingest(["a-broken.txt": broken.renderTabSeparated(), "b-clean.html": clean.renderHTML()])
        let reports = try rows(output, .reports)
        XCTAssertEqual(reports.map { [$0[1], $0[10]] }, [["a-broken.txt", "duplicate"], ["b-clean.html", "ok"]])
        XCTAssertTrue(reports[0][11].hasPrefix("'a-broken.txt' reports the same agency and year as 'b-clean.html', which was kept"))
        let keptID = reports[1][0]
        XCTAssertEqual(Set(try rows(output, .applications).map { $0[0] }), [keptID])
        XCTAssertEqual(Set(try rows(output, .activeDisclosure).map { $0[0] }), [keptID])
        XCTAssertEqual(Set(try rows(output, .reviewsLitigation).map { $0[0] }), [keptID])
        XCTAssertTrue(try rows(output, .checks).contains { $0[1] == "a-broken.txt" && $0[5] == "reports.duplicate" && $0[6] == "warning" })
        XCTAssertEqual(summary.statuses, [.ok: 1, .duplicate: 1])
    }

    /// Without copies the data tables are compressed while the run goes on; a copy sends them
    /// through the spill files instead. Both paths must write the same rows.
    func testDataTablesAreTheSameWhetherCompressedDuringTheRunOrAfterIt() async throws {
        let reports = (1...3).map { fixture(agency: "某县第\($0)局", year: 2022, seed: $0).renderTabSeparated() }
        let distinct = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ("r\($0.offset).txt", $0.element) })
        let (streamed, _) = try await ingest(distinct)
        let (spilled, _) = try await ingest(distinct.merging(["z-copy.txt": reports[0]]) { first, _ in first })
        for table in CanonicalTable.dataTables {
            let rows = try TestSupport.gunzippedLines(streamed + "/" + table.fileName)
            XCTAssertEqual(rows.count, 1 + 3 * (table == .reviewsLitigation ? 3 : table == .applications ? 25 : 6), "\(table)")
            XCTAssertEqual(rows, try TestSupport.gunzippedLines(spilled + "/" + table.fileName), "\(table)")
        }
    }

    func testOnlyACopyOrASecondReportOfOneAgencyAndYearIsAPossibleCopy() {
        var copies = PossibleCopies(expectedReports: 5)
        let first = fixture(agency: "某县甲局", year: 2022, seed: 1)
        let reportsAndExpectations: [(ReportFixture, String, Bool)] = [
            (first, "a", false),
            (fixture(agency: "某县甲局", year: 2021, seed: 2), "b", false),
            (fixture(agency: "某县乙局", year: 2022, seed: 3), "c", false),
            (first, "a", true),
            (fixture(agency: "某县乙局", year: 2022, seed: 4), "d", true),
        ]
        for (index, (fixture, id, expected)) in reportsAndExpectations.enumerated() {
            var normalized = NormalizedReport()
            normalized.agency = fixture.agency
            normalized.year = String(fixture.year)
            let report = ProcessedReport(file: SourceFile(relativePath: "\(index).txt", absolutePath: "/\(index).txt"),
                                         reportID: String(repeating: id, count: 16), sha256: "", byteCount: 1, encoding: "UTF-8",
                                         normalized: normalized, status: .ok, message: "")
            XCTAssertEqual(copies.isPossibleCopy(BatchRecord(report, position: index)), expected, "report \(index)")
        }
    }

    /// Only another dated report of an agency already seen can be compared with it, in any year;
    /// an undated report shares nothing.
    func testOnlyASecondDatedReportOfAnAgencySharesIt() {
        var copies = PossibleCopies(expectedReports: 5)
        let reportsAndExpectations: [(agency: String?, year: Int?, shares: Bool)] = [
            ("某县甲局", 2022, false), ("某县乙局", 2022, false), (nil, 2022, false), ("某县丙局", nil, false),
            ("某县甲局", 2019, true), ("某县丙局", 2020, false), ("某县乙局", 2022, true),
        ]
        for (index, expectation) in reportsAndExpectations.enumerated() {
            var normalized = NormalizedReport()
            normalized.agency = expectation.agency
            normalized.year = expectation.year.map(String.init)
            let report = ProcessedReport(file: SourceFile(relativePath: "\(index).txt", absolutePath: "/\(index).txt"),
                                         reportID: String(repeating: "a", count: 16), sha256: "", byteCount: 1, encoding: "UTF-8",
                                         normalized: normalized, status: .ok, message: "")
            XCTAssertEqual(copies.sharesAgency(BatchRecord(report, position: index)), expectation.shares, "report \(index)")
        }
    }

    /// Sized for its keys, the filter takes none of 100,000 new keys for a seen one here, and
    /// knows every key it was given.
    func testCopyFilterRemembersEveryKeyAndRarelyImaginesOne() {
        var filter = BloomFilter(expectedKeys: 100_000)
        let keys = (0..<UInt64(100_000)).map { $0 &* 0x2545_F491_4F6C_DD1D }
        XCTAssertEqual(keys.filter { filter.insert($0) }.count, 0)
        XCTAssertEqual(keys.filter { filter.insert($0) }.count, 100_000)
        XCTAssertEqual(filter.byteCount, 512 * 1024)
        XCTAssertEqual(BloomFilter(expectedKeys: 100_000_000).byteCount, 4 << 20)
    }

    func testBatchRecordKeepsSmallWideAndMissingFiguresExactly() throws {
        var normalized = NormalizedReport()
        let values: [Figure?] = ["0", "32766", "32767", "-32768", "2147483647", nil, "7.5"]
        normalized.applications = [ApplicationRecord(row: .carriedOver, label: "", values: values)]
        let report = ProcessedReport(file: SourceFile(relativePath: "a.txt", absolutePath: "/a.txt"), reportID: "00000000000000aa",
                                     sha256: "", byteCount: 1, encoding: "UTF-8", normalized: normalized, status: .ok, message: "")
        let written = BatchRecord(report, position: 41)
        let record = try XCTUnwrap(BatchRecord(bytes: written.bytes[...]))
        XCTAssertEqual(BatchEntry(record, path: "a.txt").carriedOver, [0, 32766, 32767, -32768, 2_147_483_647, nil, nil])
        XCTAssertEqual(BatchEntry(record, path: "a.txt").carriedForward, Array(repeating: nil, count: 7))
        XCTAssertEqual([record.position, record.errorFindings, record.rowCount(.applications)], [41, 0, 1])
        XCTAssertEqual(record.reportID, "00000000000000aa")
        XCTAssertEqual(record.status, .ok)
        XCTAssertNil(BatchRecord(bytes: written.bytes.dropLast()))
    }

    func testAgencyNamesMatchAcrossSpacesAndFullWidthForms() {
        // FNV-1a of the UTF-8 of `海阳市卫生健康局(AB)`, worked out apart from the code.
        XCTAssertEqual(BatchRecord.agencyHash(of: "海阳市 卫生健康局（ＡＢ）"), 0x86C1_AD9B_87FD_DB20)
        XCTAssertEqual(BatchRecord.agencyHash(of: "\u{3000}海阳市卫生健康局\u{00A0}(AB)\t"), 0x86C1_AD9B_87FD_DB20)
        // A scalar outside the Basic Multilingual Plane hashes its four bytes.
        XCTAssertEqual(BatchRecord.agencyHash(of: "𠀀 局"), 0x034D_41BE_DB5F_F1F9)
        XCTAssertEqual(BatchRecord.agencyHash(of: nil), 0)
        XCTAssertEqual(BatchRecord.agencyHash(of: " \u{3000}"), 0)
    }

    func testBrokenCarryOverBetweenConsecutiveYearsIsAWarningOnTheLaterReport() async throws {
        let first = fixture(agency: "某区教育局", year: 2022, seed: 4)
        var second = fixture(agency: "某区教育局", year: 2023, seed: 5)
        var over = first.applicationValues(.carriedForward)
        over[0] = String((Int(over[0] ?? "0") ?? 0) + 2)
        over[6] = String((Int(over[6] ?? "0") ?? 0) + 2)
        second.applications[.carriedOver] = over
        // carried_forward rises with carried_over so the 2023 report still balances on its own.
        var forward = second.applicationValues(.carriedForward)
        forward[0] = String((Int(forward[0] ?? "0") ?? 0) + 2)
        forward[6] = String((Int(forward[6] ?? "0") ?? 0) + 2)
        second.applications[.carriedForward] = forward
        let (output, _) = try await ingest(["2022.txt": first.renderTabSeparated(), "2023.txt": second.renderTabSeparated()])
        let carry = try rows(output, .checks).filter { $0[5] == "applications.carry_over" }
        XCTAssertEqual(carry.map { [$0[1], $0[4], $0[6], $0[7], $0[8]] }, [
            ["2023.txt", "natural_person", "warning", first.applicationValues(.carriedForward)[0] ?? "", over[0] ?? ""],
            ["2023.txt", "total", "warning", first.applicationValues(.carriedForward)[6] ?? "", over[6] ?? ""],
        ])
    }

    func testStockOfDocumentsInForceMustFollowFromLastYear() async throws {
        var first = fixture(agency: "某县司法局", year: 2022, seed: 6)
        var second = fixture(agency: "某县司法局", year: 2023, seed: 7)
        first.active[0].values = [.issued: "1", .repealed: "0", .inForce: "10"]
        first.active[1].values = [.issued: "2", .repealed: "1", .inForce: "20"]
        second.active[0].values = [.issued: "3", .repealed: "1", .inForce: "12"]
        second.active[1].values = [.issued: "4", .repealed: "2", .inForce: "25"]
        let (output, _) = try await ingest(["x2022.txt": first.renderTabSeparated(), "x2023.txt": second.renderTabSeparated()])
        let flow = try rows(output, .checks).filter { $0[5] == "active_disclosure.stock_flow" }
        XCTAssertEqual(flow.map { [$0[1], $0[3], $0[7], $0[8]] }, [["x2023.txt", "normative_documents", "22", "25"]])
    }

    func testConsistentSeriesAndDifferentAgenciesProduceNoBatchFindings() async throws {
        let (output, summary) = try await ingest([
            "a.txt": fixture(agency: "甲局", year: 2022, seed: 1).renderTabSeparated(),
            "b.txt": fixture(agency: "乙局", year: 2022, seed: 1).renderMarkdown(),
        ])
        XCTAssertEqual(summary.statuses, [.ok: 2])
        XCTAssertEqual(try rows(output, .checks).filter { $0[5].hasPrefix("reports.") || $0[5].hasSuffix("carry_over") || $0[5].hasSuffix("stock_flow") }.count, 0)
    }
}
