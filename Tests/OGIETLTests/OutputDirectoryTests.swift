import XCTest
import Logging
@testable import OGIETL

/// Replacing the output: only a complete run is ever visible, and nothing that is not ours is
/// ever deleted.
final class OutputDirectoryTests: XCTestCase {
    private func ingest(_ input: String, into output: String) async throws {
        let loaded = try PipelineConfig.load(path: TestSupport.configPath)
        _ = try await Pipeline(config: loaded.config, configBytes: loaded.bytes)
            .run(input: input, output: output, workers: 2, logger: Logger(label: "test"))
    }

    private func siblings(of output: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent).sorted()
    }

    func testSecondRunReplacesTheFirstAndLeavesOnlyTheLockBeside() async throws {
        let output = try TestSupport.temporaryDirectory() + "/out"
        try await ingest(TestSupport.samplesPath, into: output)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: output + "/leftover.txt"))
        try await ingest(TestSupport.samplesPath, into: output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output).sorted(), [
            "active_disclosure.csv.gz", "applications.csv.gz", "checks.csv.gz", "manifest.json", "reports.csv.gz", "reviews_litigation.csv.gz",
        ])
        XCTAssertEqual(try siblings(of: output), [".out.lock", "out"])
    }

    func testStagingLeftByAKilledRunIsRemovedByTheNext() async throws {
        let output = try TestSupport.temporaryDirectory() + "/out"
        let staging = (output as NSString).deletingLastPathComponent + "/.out.staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        try Data("half".utf8).write(to: URL(fileURLWithPath: staging + "/reports.csv.gz"))
        try await ingest(TestSupport.samplesPath, into: output)
        XCTAssertEqual(try siblings(of: output), [".out.lock", "out"])
    }

    func testDirectoryNotWrittenByOGIETLIsNeverReplaced() async throws {
        let output = try TestSupport.temporaryDirectory() + "/thesis"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        try Data("chapter 1".utf8).write(to: URL(fileURLWithPath: output + "/draft.txt"))
        do {
            try await ingest(TestSupport.samplesPath, into: output)
            XCTFail("the run replaced a directory it did not write")
        } catch let error as ETLError {
            XCTAssertEqual(error.description, "The output directory '\(output)' already exists and holds files that ogi-etl did not write (it has no manifest.json); it was left untouched. Pass a new or empty directory as --out.")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), ["draft.txt"])
    }

    func testSecondRunIntoTheSameOutputWhileTheFirstHoldsTheLockIsRefused() throws {
        let output = try TestSupport.temporaryDirectory() + "/out"
        let first = try OutputDirectory(final: output)
        defer { first.discard() }
        XCTAssertThrowsError(try OutputDirectory(final: output)) { error in
            XCTAssertEqual((error as? ETLError)?.description, "Another ogi-etl run holds the lock '\((output as NSString).deletingLastPathComponent)/.out.lock' and is writing the same output directory. Wait for it to finish, or give this run another --out.")
        }
    }

    func testProgressBarShowsShareAndCounts() {
        XCTAssertEqual(ProgressBar.line(done: 0, total: 200), "[..............................] 0% 0/200 reports")
        XCTAssertEqual(ProgressBar.line(done: 67, total: 200), "[##########....................] 33% 67/200 reports")
        XCTAssertEqual(ProgressBar.line(done: 200, total: 200), "[##############################] 100% 200/200 reports")
        XCTAssertEqual(ProgressBar.line(done: 0, total: 0), "[##############################] 100% 0/0 reports")
    }
}
