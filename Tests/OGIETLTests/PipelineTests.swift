import XCTest
import Logging
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// The whole run: directory in, gzip tables out. These tests read the files back with the
/// system gzip, as a user's tools would.
final class PipelineTests: XCTestCase {
    private func run(_ input: String, workers: Int = 2) async throws -> (output: String, summary: RunSummary) {
        let output = try TestSupport.temporaryDirectory() + "/out"
        let loaded = try PipelineConfig.load(path: TestSupport.configPath)
        let pipeline = Pipeline(config: loaded.config, configBytes: loaded.bytes)
        let summary = try await pipeline.run(input: input, output: output, workers: workers, logger: Logger(label: "test"))
        return (output, summary)
    }

    private func table(_ output: String, _ table: CanonicalTable) throws -> [String] {
        try TestSupport.gunzippedLines(output + "/" + table.fileName)
    }

    private func copySamples(to directory: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesPath) {
            try FileManager.default.copyItem(atPath: TestSupport.samplesPath + "/" + name, toPath: directory + "/" + name)
        }
    }

    func testSamplesProduceEveryTableWithExactRowCountsAndTheFindingsTheirTextJustifies() async throws {
        let (output, summary) = try await run(TestSupport.samplesPath)
        XCTAssertEqual(summary.line, "5 reports: 5 ok, 0 partial, 0 failed; 5 findings (cells.count=2 cells.dropped=1 cells.imputed=1 template.year=1)")
        XCTAssertEqual(try table(output, .reports).count, 1 + 5)
        XCTAssertEqual(try table(output, .activeDisclosure).count, 1 + 6 + 8 + 6 + 6 + 8)
        XCTAssertEqual(try table(output, .applications).count, 1 + 25 + 23 + 25 + 25 + 23)
        XCTAssertEqual(try table(output, .reviewsLitigation).count, 1 + 15)
        XCTAssertEqual(try table(output, .checks), [
            "report_id,source_path,table,row,column,rule,severity,expected,actual,message",
            "34017488b56ae32f,001_13863c369ac78f75.txt,reviews_litigation,figures,,cells.count,error,15,16,Row 'figures' (line 73) has 16 cells where the reviews_litigation table has 15 columns; the first 15 were kept and '0' dropped.",
            "34017488b56ae32f,001_13863c369ac78f75.txt,reviews_litigation,figures,,cells.dropped,info,,0,\"Row 'figures' printed one figure too many; dropping figure 1 ('0') leaves the only figures whose sums hold, so those were kept.\"",
            "62436c9dfaad9563,002_e1fdd1bd7c96d60e.txt,applications,granted,total,cells.count,error,7,6,\"Row 'granted' (label '（一）予以公开', line 104) has 6 cells where the applications table has 7 columns; the figures were kept in the first 6 columns and 'total' left empty.\"",
            "62436c9dfaad9563,002_e1fdd1bd7c96d60e.txt,applications,granted,total,cells.imputed,info,1,,\"Row 'granted' had no figure in 'total'; applications.row_sum proves it is 1, which was filled in and marked in 'imputed'.\"",
            "842266c0e7b59bc0,004_bac1822890f7a1a1.txt,,,template,template.year,info,2021,2019,The 2022 report is written on the 2019 template; its tables are read by their 2019 headings.",
        ])
    }

    func testReportsTableRecordsIdentityTitleAndStatus() async throws {
        let (output, _) = try await run(TestSupport.samplesPath)
        let rows = try table(output, .reports)
        XCTAssertEqual(rows[0], "report_id,source_path,source_sha256,bytes,encoding,format,title,agency,year,template,status,message,findings")
        XCTAssertEqual(rows[3], "62436c9dfaad9563,002_e1fdd1bd7c96d60e.txt,62436c9dfaad956398c0fca51e8e6670d2d927dec7e9cf9f1bf577f4638b503a,7408,utf-8,text,宁波市镇海区卫生健康局2022年度政府信息公开工作年度报告,宁波市镇海区卫生健康局,2022,2021,ok,,2")
    }

    func testDataRowsStartWithReportKeyKeepEmptyCellsEmptyAndMarkImputedCells() async throws {
        let (output, _) = try await run(TestSupport.samplesPath)
        let applications = try table(output, .applications)
        XCTAssertEqual(applications[0], "report_id,agency,year,template,row,row_label,natural_person,commercial_enterprise,research_institution,social_welfare_org,legal_service_org,other_org,total,imputed")
        XCTAssertTrue(applications.contains("62436c9dfaad9563,宁波市镇海区卫生健康局,2022,2021,granted,（一）予以公开,1,0,0,0,0,0,1,total"))
        let active = try table(output, .activeDisclosure)
        XCTAssertTrue(active.contains("34017488b56ae32f,卫生健康委员会,2019,2019,centralized_procurement,政府集中采购,,,,,,,,,12,71.8526,"))
        XCTAssertTrue(active.contains("62436c9dfaad9563,宁波市镇海区卫生健康局,2022,2021,administrative_fees,行政事业性收费,,,,,,,,,,7.52,"))
    }

    func testOutputBytesAreIdenticalForOneTwoAndSixteenWorkers() async throws {
        let input = try TestSupport.generatedCorpus(seeds: 8)
        try copySamples(to: input)
        var digests: [[String]] = []
        for workers in [1, 2, 16] {
            let (output, _) = try await run(input, workers: workers)
            digests.append(try (CanonicalTable.allCases.map(\.fileName) + ["manifest.json"]).map { name in
                SHA256.hexDigest([UInt8](try Data(contentsOf: URL(fileURLWithPath: output + "/" + name))))
            })
        }
        XCTAssertEqual(digests[0], digests[1])
        XCTAssertEqual(digests[0], digests[2])
    }

    func testUnreadableAndNonReportFilesAreRecordedAsFailedAndTheRunGoesOn() async throws {
        let input = try TestSupport.temporaryDirectory()
        try copySamples(to: input)
        let badBytes: [UInt8] = [0x41, 0xFF, 0xFE, 0x42]
        let notes = Array("会议纪要\n今天开会。\n".utf8)
        try Data(badBytes).write(to: URL(fileURLWithPath: input + "/bad-bytes.txt"))
        try Data(notes).write(to: URL(fileURLWithPath: input + "/notes.txt"))
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: input + "/.hidden.txt"))
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: input + "/report.txt~"))
        let (output, summary) = try await run(input)
        XCTAssertEqual(summary.statuses, [.ok: 5, .failed: 2])
        let rows = try table(output, .reports)
        XCTAssertEqual(rows.count, 1 + 7)
        let badHash = SHA256.hexDigest(badBytes)
        XCTAssertEqual(rows[6], "\(badHash.prefix(16)),bad-bytes.txt,\(badHash),4,,text,,,,,failed,\"The report 'bad-bytes.txt' is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030 (first undecodable byte at offset 1). Convert it to UTF-8.\",0")
        let notesHash = SHA256.hexDigest(notes)
        XCTAssertEqual(rows[7], "\(notesHash.prefix(16)),notes.txt,\(notesHash),\(notes.count),utf-8,text,,,,,failed,\"The report 'notes.txt' contains none of the three standard tables. Check that it is an annual report, or add its heading variants to pipeline.json.\",4")
    }

    func testReportWithOnlyTheRequestsTableIsPartialAndNamesWhatIsMissing() async throws {
        let input = try TestSupport.temporaryDirectory()
        let full = String(decoding: try TestSupport.sampleText("001_13863c369ac78f75.txt"), as: UTF8.self)
        guard let start = full.range(of: "三、收到和处理"), let end = full.range(of: "四、政府信息公开行政复议") else {
            return XCTFail("sample 001 lost its headings")
        }
        let cut = "某局2019年政府信息公开工作年度报告\n" + full[start.lowerBound..<end.lowerBound]
        try Data(cut.utf8).write(to: URL(fileURLWithPath: input + "/cut.txt"))
        let (output, _) = try await run(input)
        let row = try table(output, .reports)[1]
        XCTAssertTrue(row.hasSuffix(",某局2019年政府信息公开工作年度报告,某局,2019,2019,partial,\"Tables not found: active_disclosure, reviews_litigation.\",2"), row)
        XCTAssertEqual(try table(output, .checks).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[5] }, ["table.missing", "table.missing"])
    }

    func testManifestListsRowCountsAndChecksumsOfEveryFile() async throws {
        let (output, _) = try await run(TestSupport.samplesPath)
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/manifest.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        XCTAssertEqual(manifest.inputCount, 5)
        XCTAssertEqual(manifest.schemaVersion, canonicalSchemaVersion)
        XCTAssertEqual(manifest.files.map(\.name), CanonicalTable.allCases.map(\.fileName))
        XCTAssertEqual(manifest.files.map(\.rows), [5, 34, 121, 15, 5])
        for file in manifest.files {
            XCTAssertEqual(file.sha256, SHA256.hexDigest([UInt8](try Data(contentsOf: URL(fileURLWithPath: output + "/" + file.name)))))
        }
    }

    func testOutputInsideInputIsRefusedBeforeAnythingIsWritten() async throws {
        let input = try TestSupport.temporaryDirectory()
        let loaded = try PipelineConfig.load(path: TestSupport.configPath)
        let pipeline = Pipeline(config: loaded.config, configBytes: loaded.bytes)
        do {
            _ = try await pipeline.run(input: input, output: input + "/out", workers: 1, logger: Logger(label: "test"))
            XCTFail("expected a refusal")
        } catch {
            XCTAssertEqual(error, .outputInsideInput(output: input + "/out", input: input))
            XCTAssertEqual(error.description, "The output directory '\(input)/out' is inside the input directory '\(input)'. Choose an output directory outside the inputs so the next run does not read its own output.")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: input + "/out"))
    }

    func testMissingInputDirectoryIsAConfigurationError() async throws {
        let loaded = try PipelineConfig.load(path: TestSupport.configPath)
        let pipeline = Pipeline(config: loaded.config, configBytes: loaded.bytes)
        do {
            _ = try await pipeline.run(input: "/nonexistent/reports", output: NSTemporaryDirectory() + "x", workers: 1, logger: Logger(label: "test"))
            XCTFail("expected a refusal")
        } catch {
            XCTAssertEqual(error.description, "The input directory '/nonexistent/reports' does not exist or is not a directory. Pass the folder that holds the reports.")
        }
    }

    func testFileAboveTheSizeLimitIsRefusedWithoutBeingRead() async throws {
        let input = try TestSupport.temporaryDirectory()
        try copySamples(to: input)
        try Data(repeating: 0x41, count: 2_000).write(to: URL(fileURLWithPath: input + "/huge.txt"))
        var config = try PipelineConfig.load(path: TestSupport.configPath)
        config.config.files.maxBytes = 1_500
        let output = try TestSupport.temporaryDirectory() + "/out"
        _ = try await Pipeline(config: config.config, configBytes: config.bytes).run(input: input, output: output, workers: 2, logger: Logger(label: "test"))
        XCTAssertEqual(try table(output, .reports).first { $0.contains("huge.txt") },
                       ",huge.txt,,2000,,text,,,,,failed,\"The report 'huge.txt' is 2000 bytes, above the limit of 1500 set by files.maxBytes; it was not read. Raise the limit in pipeline.json if this really is one report.\",0")
    }

    func testTextThatASpreadsheetWouldRunIsProtectedButFiguresAreNot() {
        XCTAssertEqual(String(decoding: CSVRow.line(["=HYPERLINK(\"x\")", "-18", "+3", "@SUM", "-abc", "规章", "7.52"], protectFormulas: true), as: UTF8.self),
                       "\"'=HYPERLINK(\"\"x\"\")\",-18,'+3,'@SUM,'-abc,规章,7.52\n")
    }

    /// Figures are copied as they are; anything else in a figure column is written as text is.
    func testFigureFieldsAreWrittenAsTextWouldBe() {
        var row = CSVRow(protectFormulas: true)
        row.field("规章")
        for value in ["12", nil, "7.50", "-18", "0", "1,000", "3a", "=1", "", "+3"] as [Figure?] { row.figure(value) }
        row.endRow()
        row.figure(nil)
        row.figure("5")
        row.endRow()
        XCTAssertEqual(String(decoding: row.bytes, as: UTF8.self), "规章,12,,7.50,-18,0,\"1,000\",3a,'=1,,'+3\n,5\n")
    }

    func testFormulaLikeFileNameIsProtectedInEveryTableThatNamesIt() async throws {
        let input = try TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(atPath: TestSupport.samplesPath + "/000_ec8c00aafa0c72de.txt", toPath: input + "/=cmd.txt")
        let (output, _) = try await run(input)
        XCTAssertTrue(try table(output, .reports)[1].hasPrefix("9f941c50f5e57ec8,'=cmd.txt,"))
    }
}
