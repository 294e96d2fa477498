import XCTest
import Logging
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Whole runs over Word files and PDFs next to text reports: the tables hold every cell,
/// `reports.format` says where each report came from, and a missing converter fails only the
/// reports that need it.
final class FormatPipelineTests: XCTestCase {
    private func run(_ input: String, edit: (inout PipelineConfig) -> Void = { _ in }) async throws -> (output: String, summary: RunSummary) {
        var loaded = try PipelineConfig.load(path: TestSupport.configPath)
        edit(&loaded.config)
        let output = try TestSupport.temporaryDirectory() + "/out"
        let summary = try await Pipeline(config: loaded.config, configBytes: loaded.bytes).run(input: input, output: output, workers: 2, logger: Logger(label: "test"))
        return (output, summary)
    }

    private func rows(_ output: String, _ table: CanonicalTable) throws -> [[String]] {
        try TestSupport.gunzippedLines(output + "/" + table.fileName).dropFirst().map { CSVRow.fields(of: $0) }
    }

    private func copySamples(to directory: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesPath) {
            try FileManager.default.copyItem(atPath: TestSupport.samplesPath + "/" + name, toPath: directory + "/" + name)
        }
    }

    /// Every figure of the fixture as the data tables print it: key, row name, values.
    private func assertTablesHoldEveryCell(_ output: String, _ fixture: ReportFixture, reportID: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let key = [reportID, fixture.agency, String(fixture.year), fixture.edition.rawValue]
        let applications = try rows(output, .applications).filter { $0[0] == reportID }.map { Array($0[0..<5]) + Array($0[6...]) }
        XCTAssertEqual(applications, fixture.expectedApplications.map { key + [$0.row.rawValue] + $0.values.map { $0 ?? "" } + [""] }, file: file, line: line)
        let reviews = try rows(output, .reviewsLitigation).filter { $0[0] == reportID }
        XCTAssertEqual(reviews, fixture.expectedReviews.map { key + [$0.proceeding.rawValue] + $0.values + [""] }, file: file, line: line)
        let active = try rows(output, .activeDisclosure).filter { $0[0] == reportID }.map { Array($0[0..<5]) + Array($0[6...]) }
        XCTAssertEqual(active, fixture.expectedActive.map { entry in
            key + [entry.item.rawValue] + ActiveDisclosureColumn.allCases.map { entry.values[$0] ?? "" } + [""]
        }, file: file, line: line)
    }

    private func reportRow(_ output: String, _ path: String) throws -> [String] {
        try rows(output, .reports).first { $0[1] == path } ?? []
    }

    func testDocxReportFillsEveryTableCellAndRecordsItsFormat() async throws {
        let input = try TestSupport.temporaryDirectory()
        try copySamples(to: input)
        let fixture = ReportFixture.sample(edition: .edition2019, seed: 31)
        try fixture.renderDocx().write(to: input + "/word/report.docx")
        let (output, summary) = try await run(input)
        XCTAssertEqual(summary.statuses, [.ok: 6])
        let row = try reportRow(output, "word/report.docx")
        XCTAssertEqual(Array(row[4...]), ["utf-8", "docx", fixture.title, fixture.agency, String(fixture.year), "2019", "ok", "", "0"])
        try assertTablesHoldEveryCell(output, fixture, reportID: row[0])
        XCTAssertEqual(try reportRow(output, "002_e1fdd1bd7c96d60e.txt")[5], "text")
    }

    func testPdfReportFillsEveryTableCellAndRecordsItsFormat() async throws {
        _ = try ExternalTools.require("pdftotext")
        let input = try TestSupport.temporaryDirectory()
        let fixture = ReportFixture.sample(edition: .edition2021, seed: 32)
        try fixture.renderDocx().write(to: input + "/report.docx")
        _ = try ExternalTools.convert([input + "/report.docx"], to: "pdf")
        try FileManager.default.removeItem(atPath: input + "/report.docx")
        let (output, _) = try await run(input)
        let row = try reportRow(output, "report.pdf")
        XCTAssertEqual(Array(row[4...]), ["utf-8", "pdf", fixture.title, fixture.agency, String(fixture.year), "2021", "ok", "", "0"])
        try assertTablesHoldEveryCell(output, fixture, reportID: row[0])
    }

    func testMissingPdftotextFailsOnlyThePdfAndTheRunCompletes() async throws {
        let input = try TestSupport.temporaryDirectory()
        try copySamples(to: input)
        let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
        try FileManager.default.createDirectory(atPath: input + "/a", withIntermediateDirectories: true)
        try Data(pdf).write(to: URL(fileURLWithPath: input + "/a/b.pdf"))
        let (output, summary) = try await run(input) { $0.tools.pdftotext = "/nonexistent/pdftotext" }
        XCTAssertEqual(summary.statuses, [.ok: 5, .failed: 1])
        let hash = SHA256.hexDigest(pdf)
        XCTAssertEqual(try TestSupport.gunzippedLines(output + "/reports.csv.gz").last,
                       "\(hash.prefix(16)),a/b.pdf,\(hash),\(pdf.count),,pdf,,,,,failed,\"The report 'a/b.pdf' is a PDF, and reading it needs '/nonexistent/pdftotext', which was not found. Install poppler-utils (apt-get install poppler-utils) or set tools.pdftotext in pipeline.json.\",0")
    }

    func testUpperCaseExtensionsAsServedByGovernmentSitesAreRead() async throws {
        let input = try TestSupport.temporaryDirectory()
        let fixture = ReportFixture.sample(edition: .edition2021, seed: 34)
        try fixture.renderDocx().write(to: input + "/REPORT.DOCX")
        try FileManager.default.copyItem(atPath: TestSupport.samplesPath + "/003_931eb61caecda62d.txt", toPath: input + "/NOTICE.TXT")
        let (output, summary) = try await run(input)
        XCTAssertEqual(summary.statuses, [.ok: 2])
        XCTAssertEqual(try rows(output, .reports).map { [$0[1], $0[5]] }, [["NOTICE.TXT", "text"], ["REPORT.DOCX", "docx"]])
    }

    func testFormatsLeftOutOfTheSelectionAreNotListed() async throws {
        let input = try TestSupport.temporaryDirectory()
        try copySamples(to: input)
        try ReportFixture.sample(edition: .edition2021, seed: 33).renderDocx().write(to: input + "/report.docx")
        try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: input + "/report.pdf"))
        let (output, summary) = try await run(input) { $0.files.formats = [.text, .docx] }
        XCTAssertEqual(summary.statuses, [.ok: 6])
        XCTAssertEqual(try rows(output, .reports).map { $0[5] }, ["text", "text", "text", "text", "text", "docx"])
    }
}
