import XCTest
@testable import OGIETL
import OGISchema

/// A directory nobody checked: every kind of bad file runs through `ogi-etl ingest` with exit 0,
/// each one accounted for in reports.csv.gz with its status and reason, and the good reports'
/// cells exactly as they are when read alone.
final class BadInputTests: XCTestCase {
    private let fileManager = FileManager.default

    private func sample(_ prefix: String) throws -> Data {
        let name = try fileManager.contentsOfDirectory(atPath: TestSupport.samplesPath).first { $0.hasPrefix(prefix) } ?? ""
        return try Data(contentsOf: URL(fileURLWithPath: TestSupport.samplesPath + "/" + name))
    }

    private func write(_ data: Data, _ path: String) throws {
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Cut inside the first character of the appeals heading: the first two tables survive.
    private func truncatedReport() throws -> Data {
        let report = try sample("002")
        let heading = try XCTUnwrap(report.range(of: Data("行政复议".utf8)))
        return report.prefix(heading.lowerBound + 2)
    }

    private func pngImage() -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
    }

    private func zipArchive() -> Data {
        Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) + Data("word/document.xml".utf8) + Data(repeating: 0x9C, count: 64)
    }

    private func badCorpus() throws -> String {
        let input = try TestSupport.temporaryDirectory()
        try write(Data(), input + "/empty.txt")
        try write(pngImage(), input + "/image.txt")
        try write(zipArchive(), input + "/archive.txt")
        try write(Data("会议纪要\n今天讨论了预算安排。\n".utf8), input + "/notes.txt")
        try write(try truncatedReport(), input + "/truncated.txt")
        try write(try sample("000"), input + "/locked.txt")
        try fileManager.setAttributes([.posixPermissions: 0], ofItemAtPath: input + "/locked.txt")
        try write(try sample("003"), input + "/年度 报告\n副本.txt")
        try write(try sample("004"), input + "/copy-a.txt")
        try write(try sample("004"), input + "/copy-b.txt")
        try write(try sample("004"), input + "/.hidden.txt")
        try write(try sample("004"), input + "/copy-a.txt~")
        try write(Data(), input + "/huge.txt")
        try FileHandle(forWritingAtPath: input + "/huge.txt").map { try $0.truncate(atOffset: 2 << 30); try $0.close() }
        try fileManager.createSymbolicLink(atPath: input + "/gone.txt", withDestinationPath: "missing.txt")
        try fileManager.createSymbolicLink(atPath: input + "/loop.txt", withDestinationPath: "loop.txt")
        try fileManager.createSymbolicLink(atPath: input + "/up", withDestinationPath: "..")
        return input
    }

    /// Physical lines joined back into records: a quoted file name may hold a line break.
    private func records(_ lines: [String]) -> [[String]] {
        var records: [[String]] = []
        var pending: String?
        for line in lines {
            let record = pending.map { $0 + "\n" + line } ?? line
            let open = record.filter { $0 == "\"" }.count % 2 == 1
            pending = open ? record : nil
            if !open { records.append(CSVRow.fields(of: record)) }
        }
        return records
    }

    private func reports(_ output: String) throws -> [String: [String]] {
        let rows = records(try TestSupport.gunzippedLines(output + "/reports.csv.gz"))
        let columns = CanonicalTable.reports.columns
        guard let status = columns.firstIndex(of: "status"), let message = columns.firstIndex(of: "message") else { return [:] }
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[1], [$0[status], $0[message]]) })
    }

    /// Data rows of the reports whose id starts with one of `prefixes`, header included.
    private func rows(_ output: String, _ table: CanonicalTable, of prefixes: [String]) throws -> [String] {
        try TestSupport.gunzippedLines(output + "/" + table.fileName).enumerated()
            .filter { index, line in index == 0 || prefixes.contains { line.hasPrefix($0) } }.map(\.element)
    }

    func testEveryBadFileIsAccountedForAndTheGoodReportsAreUnchanged() throws {
        let input = try badCorpus()
        let root = try TestSupport.temporaryDirectory()
        try fileManager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root)
        XCTAssertEqual(try TestSupport.runBinary(TestSupport.ingestArguments(input, root + "/out"), unprivileged: true), 0)
        XCTAssertEqual(try reports(root + "/out"), [
            "archive.txt": ["failed", "The report 'archive.txt' is a zip archive (perhaps a .docx or .xlsx file), not text. Convert it to text, or remove it from the input."],
            "copy-a.txt": ["ok", ""],
            "copy-b.txt": ["duplicate", "'copy-b.txt' has exactly the same bytes as 'copy-a.txt', which was kept as the first by path; this copy's rows are left out of the data tables."],
            "empty.txt": ["failed", "The report 'empty.txt' is empty (0 bytes). Download it again, or remove it from the input."],
            "gone.txt": ["failed", "The report 'gone.txt' could not be read: No such file or directory. Check that the file exists and is readable."],
            "huge.txt": ["failed", "The report 'huge.txt' is 2147483648 bytes, above the limit of 50000000 set by files.maxBytes; it was not read. Raise the limit in pipeline.json if this really is one report."],
            "image.txt": ["failed", "The report 'image.txt' is a PNG image, not text. Convert it to text, or remove it from the input."],
            "locked.txt": ["failed", "The report 'locked.txt' could not be read: Permission denied. Check that the file exists and is readable."],
            "loop.txt": ["failed", "The report 'loop.txt' could not be read: Too many levels of symbolic links. Check that the file exists and is readable."],
            "notes.txt": ["failed", "The report 'notes.txt' contains none of the three standard tables. Check that it is an annual report, or add its heading variants to pipeline.json."],
            "truncated.txt": ["partial", "Tables not found: reviews_litigation."],
            "年度 报告\n副本.txt": ["ok", ""],
        ])
        let reference = root + "/reference"
        XCTAssertEqual(try TestSupport.runBinary(TestSupport.ingestArguments(TestSupport.samplesPath, reference)), 0)
        let goodReports = ["223db6a8877d112a,", "842266c0e7b59bc0,"]
        for table in [CanonicalTable.activeDisclosure, .applications, .reviewsLitigation] {
            let read = try rows(root + "/out", table, of: goodReports)
            XCTAssertEqual(read.sorted(), try rows(reference, table, of: goodReports).sorted(), table.rawValue)
            XCTAssertGreaterThan(read.count, 1, table.rawValue)
        }
    }

    func testFileThatVanishesBetweenListingAndReadingFailsWithTheSystemsReason() throws {
        let input = try TestSupport.temporaryDirectory()
        try write(try sample("000"), input + "/report.txt")
        let files = try SourceDiscovery(selection: TestSupport.config.files).files(under: input)
        try fileManager.removeItem(atPath: input + "/report.txt")
        let read = SourceReader.read(try XCTUnwrap(files.first))
        XCTAssertEqual(read.error?.description, "The report 'report.txt' could not be read: No such file or directory. Check that the file exists and is readable.")
    }

    func testCutOffReportKeepsItsTablesAndSaysWhereItWasCut() throws {
        let input = try TestSupport.temporaryDirectory()
        try write(try truncatedReport(), input + "/cut.txt")
        let file = try XCTUnwrap(try SourceDiscovery(selection: TestSupport.config.files).files(under: input).first)
        let report = ReportReconciler.reconcile(file: file, read: SourceReader.read(file), normalizer: TestSupport.normalizer)
        XCTAssertEqual(report.status, .partial)
        XCTAssertEqual(report.normalized.tablesFound, [.activeDisclosure, .applications])
        XCTAssertEqual(report.findings.filter { $0.rule == "source.cut" }.map(\.message), [
            "The file ends in the middle of a character ('cut.txt' is 5716 bytes and its last 2 do not complete one); it was probably cut off while being saved, so tables after the cut are missing. The incomplete bytes were dropped.",
        ])
    }

    func testBinaryFilesAreNamedForWhatTheyAre() {
        XCTAssertEqual(BinarySignature.kind(of: Array(pngImage())), "a PNG image")
        XCTAssertEqual(BinarySignature.kind(of: Array("%PDF-1.7\n".utf8)), "a PDF document")
        XCTAssertEqual(BinarySignature.kind(of: [0x41, 0x00, 0x42]), "binary data (it contains NUL bytes)")
        XCTAssertNil(BinarySignature.kind(of: [0xFF, 0xFE, 0x41, 0x00]))
        XCTAssertNil(BinarySignature.kind(of: Array("一、总体情况".utf8)))
    }

    /// Only the first 8 KB are searched for a NUL byte, up to its last byte.
    func testANULByteCountsOnlyWithinTheFirstEightKilobytes() {
        var text = [UInt8](repeating: 0x41, count: BinarySignature.probeLength + 1)
        text[BinarySignature.probeLength] = 0
        XCTAssertNil(BinarySignature.kind(of: text))
        text[BinarySignature.probeLength - 1] = 0
        XCTAssertEqual(BinarySignature.kind(of: text), "binary data (it contains NUL bytes)")
        XCTAssertNil(BinarySignature.kind(of: []))
    }
}
