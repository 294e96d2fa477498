import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// PDFs through pdftotext, old Word and WPS files through LibreOffice: every cell of a report
/// made from known values comes back, and a converter that is missing, fails or hangs costs
/// only its own report, with a message that says what to do.
final class ConvertedFormatTests: XCTestCase {
    private let fixtures: [ReportFixture] = [
        .sample(edition: .edition2021, seed: 21), .sample(edition: .edition2021, seed: 22),
        .sample(edition: .edition2019, seed: 23), .sample(edition: .edition2019, seed: 24),
    ]

    /// Each fixture as a .docx in one fresh directory, then converted by LibreOffice.
    private func converted(to format: String) throws -> [String] {
        let directory = try TestSupport.temporaryDirectory()
        let paths = try fixtures.enumerated().map { index, fixture in
            let path = "\(directory)/report-\(index).docx"
            try fixture.renderDocx().write(to: path)
            return path
        }
        return try ExternalTools.convert(paths, to: format)
    }

    private func read(_ path: String, as name: String? = nil, tools: PipelineConfig.ToolOptions = .standard) -> (document: SourceDocument?, error: ETLError?) {
        let read = SourceReader.read(SourceFile(relativePath: name ?? (path as NSString).lastPathComponent, absolutePath: path), tools: tools)
        return (read.document, read.error)
    }

    private func assertEveryCell(_ path: String, _ fixture: ReportFixture, format: String, file: StaticString = #filePath, line: UInt = #line) {
        let (document, error) = read(path)
        XCTAssertNil(error, "\(error?.description ?? "")", file: file, line: line)
        XCTAssertEqual(document?.encoding, "utf-8", file: file, line: line)
        guard let document else { return }
        fixture.assertEveryCellComesBack(TestSupport.normalizer.normalize(text: document.text), "\(format) \(fixture.edition.rawValue)", file: file, line: line)
    }

    func testPdfCellsComeBackExactly() throws {
        _ = try ExternalTools.require("pdftotext")
        for (path, fixture) in zip(try converted(to: "pdf"), fixtures) {
            assertEveryCell(path, fixture, format: "pdf")
        }
    }

    func testOldWordAndWpsCellsComeBackExactly() throws {
        let documents = try converted(to: "doc")
        for (path, fixture) in zip(documents.prefix(2), fixtures) {
            assertEveryCell(path, fixture, format: "doc")
        }
        let wps = (documents[2] as NSString).deletingPathExtension + ".wps"
        try FileManager.default.copyItem(atPath: documents[2], toPath: wps)
        assertEveryCell(wps, fixtures[2], format: "wps")
    }

    func testMissingPdftotextNamesTheFileThePackageAndTheSetting() throws {
        let path = try TestSupport.temporaryDirectory() + "/b.pdf"
        try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: path))
        var tools = PipelineConfig.ToolOptions.standard
        tools.pdftotext = "pdftotext-not-installed"
        XCTAssertEqual(read(path, as: "a/b.pdf", tools: tools).error?.description,
                       "The report 'a/b.pdf' is a PDF, and reading it needs 'pdftotext-not-installed', which was not found on PATH. Install poppler-utils (apt-get install poppler-utils) or set tools.pdftotext in pipeline.json.")
    }

    func testMissingLibreOfficeNamesThePackageForDocAndWps() throws {
        let directory = try TestSupport.temporaryDirectory()
        var tools = PipelineConfig.ToolOptions.standard
        tools.libreoffice = "/opt/nowhere/soffice"
        for name in ["old.doc", "kingsoft.wps"] { try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/" + name)) }
        XCTAssertEqual(read(directory + "/old.doc", tools: tools).error?.description,
                       "The report 'old.doc' is an old Word (.doc) document, and reading it needs '/opt/nowhere/soffice', which was not found. Install LibreOffice (apt-get install libreoffice-writer-nogui) or set tools.libreoffice in pipeline.json.")
        XCTAssertEqual(read(directory + "/kingsoft.wps", tools: tools).error?.description,
                       "The report 'kingsoft.wps' is a WPS Office document, and reading it needs '/opt/nowhere/soffice', which was not found. Install LibreOffice (apt-get install libreoffice-writer-nogui) or set tools.libreoffice in pipeline.json.")
    }

    func testConverterStillRunningAtTheDeadlineIsStoppedWithItsHelpersAndOnlyItsReportFails() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/slow.pdf"
        try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: path))
        let script = try ExternalTools.script("sleep 30 &\necho $! > '\(directory)/helper.pid'\nwait")
        let tools = PipelineConfig.ToolOptions(pdftotext: script, libreoffice: "soffice", timeoutSeconds: 1)
        let started = Date()
        XCTAssertEqual(read(path, tools: tools).error?.description,
                       "The report 'slow.pdf' was not converted: '\(script)' was still running after 1 second and was stopped. Raise tools.timeoutSeconds in pipeline.json if the file is very large.")
        XCTAssertLessThan(Date().timeIntervalSince(started), 4)
        let helper = Int32(String(decoding: try Data(contentsOf: URL(fileURLWithPath: directory + "/helper.pid")), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(helper, 0)
        XCTAssertTrue(exits(helper, within: 2), "the helper the converter started is still running")
    }

    /// A killed process takes a moment to become a zombie or vanish; poll rather than race it.
    private func exits(_ process: Int32, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8)
            if stat == nil || stat?.contains(") Z ") == true { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    func testConverterErrorIsQuotedInTheFailedReport() throws {
        let path = try TestSupport.temporaryDirectory() + "/broken.pdf"
        try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: path))
        let script = try ExternalTools.script("echo \"Syntax Error: Couldn't find trailer dictionary\" >&2\nexit 1")
        let tools = PipelineConfig.ToolOptions(pdftotext: script, libreoffice: "soffice", timeoutSeconds: 10)
        XCTAssertEqual(read(path, tools: tools).error?.description,
                       "The report 'broken.pdf' could not be converted by '\(script)': it exited with status 1 (Syntax Error: Couldn't find trailer dictionary). Check that the file opens in its own application; if it does, save it again and rerun.")
    }

    func testDamagedPdfIsAFailedReportWithPopplersReason() throws {
        _ = try ExternalTools.require("pdftotext")
        let path = try TestSupport.temporaryDirectory() + "/damaged.pdf"
        try Data("这不是PDF".utf8).write(to: URL(fileURLWithPath: path))
        let message = read(path).error?.description ?? ""
        XCTAssertTrue(message.hasPrefix("The report 'damaged.pdf' could not be converted by 'pdftotext': it exited with status 1 ("), message)
    }

    func testLargeOutputOnBothPipesDoesNotBlockTheConverter() throws {
        let script = try ExternalTools.script("head -c 3000000 /dev/zero | tr '\\0' a\nhead -c 300000 /dev/zero | tr '\\0' b >&2")
        guard case let .finished(status, output, errors) = ChildProcess.run(script, [], timeoutSeconds: 30) else {
            return XCTFail("the script did not finish")
        }
        XCTAssertEqual(status, 0)
        XCTAssertEqual(output.count, 3_000_000)
        XCTAssertEqual(errors.count, 300_000)
        XCTAssertEqual(Set(output), [UInt8(ascii: "a")])
    }
}
