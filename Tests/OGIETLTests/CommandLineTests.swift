import XCTest
@testable import OGIETL

/// What cron sees: the exit codes the README documents, and nothing written when the run
/// could not start.
final class CommandLineTests: XCTestCase {
    private let fileManager = FileManager.default

    private func run(_ arguments: [String]) throws -> Int32 {
        try TestSupport.runBinary(arguments)
    }

    func testUnknownConfigKeyExitsTwoAndWritesNothing() throws {
        let root = try TestSupport.temporaryDirectory()
        let config = try String(contentsOfFile: TestSupport.configPath, encoding: .utf8)
            .replacingOccurrences(of: "\"gzipLevel\": 6", with: "\"gzipLevel\": 6, \"gzipLevle\": 9")
        try config.write(toFile: root + "/pipeline.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["ingest", TestSupport.samplesPath, "--out", root + "/out", "--config", root + "/pipeline.json"]), 2)
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: root), ["pipeline.json"])
    }

    func testMissingInputDirectoryExitsTwoAndWritesNothing() throws {
        let root = try TestSupport.temporaryDirectory()
        XCTAssertEqual(try run(TestSupport.ingestArguments(root + "/nowhere", root + "/out")), 2)
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: root), [])
    }

    func testStrictRunWithAFailedReportExitsOneButWritesTheOutput() throws {
        let input = try TestSupport.temporaryDirectory()
        try Data("会议纪要\n".utf8).write(to: URL(fileURLWithPath: input + "/notes.txt"))
        let output = try TestSupport.temporaryDirectory() + "/out"
        XCTAssertEqual(try run(TestSupport.ingestArguments(input, output)), 0)
        XCTAssertEqual(try run(TestSupport.ingestArguments(input, output) + ["--strict"]), 1)
        XCTAssertEqual(try TestSupport.gunzippedLines(output + "/reports.csv.gz").count, 2)
    }

    func testOutputDirectoryOfSomeoneElsesFilesExitsThreeAndLeavesNothingBeside() throws {
        let root = try TestSupport.temporaryDirectory()
        try fileManager.createDirectory(atPath: root + "/thesis", withIntermediateDirectories: false)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: root + "/thesis/notes.txt"))
        XCTAssertEqual(try run(TestSupport.ingestArguments(TestSupport.samplesPath, root + "/thesis")), 3)
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: root), ["thesis"])
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: root + "/thesis"), ["notes.txt"])
    }

    func testFormatsOptionLeavesOtherFormatsUnlisted() throws {
        let output = try TestSupport.temporaryDirectory() + "/out"
        XCTAssertEqual(try run(TestSupport.ingestArguments(TestSupport.samplesPath, output) + ["--formats", "pdf,docx"]), 0)
        XCTAssertEqual(try TestSupport.gunzippedLines(output + "/reports.csv.gz").count, 1)
        XCTAssertEqual(try run(TestSupport.ingestArguments(TestSupport.samplesPath, output) + ["--formats", "txt"]), 0)
        XCTAssertEqual(try TestSupport.gunzippedLines(output + "/reports.csv.gz").count, 6)
    }
}
