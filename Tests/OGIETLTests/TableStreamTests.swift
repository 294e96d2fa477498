import Foundation
import XCTest
@testable import OGIETL

/// A stream that must stop gives back, report by report, exactly the rows it was handed:
/// the table is then written from those frames, so one byte off would shift every row after.
final class TableStreamTests: XCTestCase {
    private func frames(of spill: SpillFile) throws -> [[UInt8]] {
        try spill.close()
        var reader = spill.reader(blockSize: 1 << 12)
        var frames: [[UInt8]] = []
        while let frame = try reader.next() { frames.append(Array(frame)) }
        return frames
    }

    /// Reports of every size: none, a short row, a row with a quoted line break, and rows of
    /// several blocks, so that some were compressed before the stream stopped and some not.
    private func reports() -> [[UInt8]] {
        let big = Array(String(repeating: "r-1,某局,2022,规章,12,,7.50\n", count: 12_000).utf8)
        return [[], Array("a,1\n".utf8), Array("b,\"x\ny\",2\n".utf8), big, [], big + Array("c,3\n".utf8), Array("d,4\n".utf8)]
    }

    /// A stream in a new folder, handed every report of `reports()`.
    private func filledStream() async throws -> (stream: TableStream, path: String, directory: String) {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/t.csv.gz"
        let stream = try TableStream(path: path, level: 6, header: Array("h1,h2\n".utf8), scratch: directory)
        for rows in reports() { try await stream.append(rows) }
        return (stream, path, directory)
    }

    func testAbandonedStreamGivesEveryReportsRowsBackInOrder() async throws {
        let (stream, path, directory) = try await filledStream()
        let spill = try SpillFile(directory: directory)
        try await stream.abandon(into: spill)
        XCTAssertEqual(try frames(of: spill), reports())
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    /// The emitter ends every stream before the across-report rules run, and abandons a
    /// stream only after, if the rules find a copy: the finished file is read back then.
    func testStreamAbandonedAfterItBeganFinishingStillGivesEveryRowBack() async throws {
        let (stream, path, directory) = try await filledStream()
        stream.beginFinishing()
        let spill = try SpillFile(directory: directory)
        try await stream.abandon(into: spill)
        XCTAssertEqual(try frames(of: spill), reports())
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testStreamAbandonedBeforeAnyReportGivesNothingBack() async throws {
        let directory = try TestSupport.temporaryDirectory()
        let stream = try TableStream(path: directory + "/t.csv.gz", level: 6, header: Array("h\n".utf8), scratch: directory)
        let spill = try SpillFile(directory: directory)
        try await stream.abandon(into: spill)
        XCTAssertEqual(try frames(of: spill), [])
    }

    func testFinishedStreamHoldsTheHeaderThenEveryRow() async throws {
        let (stream, path, _) = try await filledStream()
        _ = try await stream.finish()
        let reader = try GzipReader(path: path, blockSize: 1 << 12)
        var content: [UInt8] = []
        while let block = try reader.next() { content += block }
        XCTAssertEqual(content, Array("h1,h2\n".utf8) + reports().flatMap { $0 })
    }

    func testReadingBackATruncatedFileSaysWhichFileAndWhy() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/t.csv.gz"
        let writer = try GzipWriter(path: path, level: 6)
        try writer.write(Array(String(repeating: "行,1\n", count: 5_000).utf8))
        try writer.finish()
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        let reader = try GzipReader(path: path)
        XCTAssertThrowsError(try { while try reader.next() != nil {} }()) { error in
            XCTAssertEqual("\(error)", "The output file '\(path)' could not be written: reading back the rows compressed so far failed: the file ends before its gzip stream does. Check free space and permissions of the output directory.")
        }
    }
}
