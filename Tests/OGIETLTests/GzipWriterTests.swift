import Foundation
import XCTest
@testable import OGIETL

final class GzipWriterTests: XCTestCase {
    private let scratchDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("GzipWriterTests-\(UUID().uuidString)", isDirectory: true)

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: scratchDirectory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratchDirectory)
    }

    private func scratchPath(_ name: String) -> String {
        scratchDirectory.appendingPathComponent(name).path
    }

    /// Many rows of mixed ASCII and Chinese text, well over 1 MB, like a real table dump.
    private func sampleRows() -> [String] {
        (0..<40_000).map { "第\($0)行\t政府信息公开\tapplications=\($0 * 7)\n" }
    }

    private func writeGzip(_ rows: [String], to path: String, bufferSize: Int = 1 << 18) throws -> GzipWriter {
        let writer = try GzipWriter(path: path, level: 6, bufferSize: bufferSize)
        for row in rows { try writer.write(row) }
        try writer.finish()
        return writer
    }

    /// Decompresses with the system gzip so the test checks real interoperability,
    /// not agreement of zlib with itself.
    private func gunzip(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "gzip -dc failed on \(path)")
        return data
    }

    func testSystemGzipRestoresExactBytesOfManySmallWrites() throws {
        let rows = sampleRows()
        let expected = Data(rows.joined().utf8)
        XCTAssertGreaterThan(expected.count, 1 << 20)
        let path = scratchPath("rows.tsv.gz")

        let writer = try writeGzip(rows, to: path)

        XCTAssertEqual(writer.uncompressedBytes, expected.count)
        XCTAssertEqual(writer.path, path)
        XCTAssertEqual(try gunzip(path), expected)
    }

    func testByteArrayAndStringWritesAreInterchangeable() throws {
        let path = scratchPath("mixed.gz")
        let writer = try GzipWriter(path: path, level: 9, bufferSize: 7)
        try writer.write("报告 ")
        try writer.write(Array("年度".utf8))
        try writer.write([UInt8]())
        try writer.write("\n")
        try writer.finish()
        XCTAssertEqual(try gunzip(path), Data("报告 年度\n".utf8))
    }

    func testEmptyOutputIsAValidGzipFile() throws {
        let path = scratchPath("empty.gz")
        let writer = try GzipWriter(path: path, level: 6)
        try writer.finish()
        XCTAssertEqual(try gunzip(path), Data())
    }

    func testHeaderHasGzipMagicDeflateMethodAndZeroMtime() throws {
        let path = scratchPath("header.gz")
        _ = try writeGzip(["中文 header check\n"], to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertGreaterThan(bytes.count, 10)
        XCTAssertEqual(Array(bytes[0..<3]), [0x1f, 0x8b, 0x08])
        XCTAssertEqual(Array(bytes[4..<8]), [0, 0, 0, 0])
    }

    func testSameInputGivesByteIdenticalFiles() throws {
        let rows = sampleRows()
        let first = scratchPath("first.gz")
        let second = scratchPath("second.gz")
        _ = try writeGzip(rows, to: first)
        _ = try writeGzip(rows, to: second, bufferSize: 4096)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
        let secondBytes = try Data(contentsOf: URL(fileURLWithPath: second))
        XCTAssertFalse(firstBytes.isEmpty)
        XCTAssertEqual(firstBytes, secondBytes)
    }

    func testFinishIsIdempotentAndLaterWritesAreRejected() throws {
        let path = scratchPath("twice.gz")
        let writer = try GzipWriter(path: path, level: 6)
        try writer.write("once\n")
        try writer.finish()
        let afterFirst = try Data(contentsOf: URL(fileURLWithPath: path))
        try writer.finish()
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), afterFirst)
        XCTAssertThrowsError(try writer.write("again\n"))
    }

    func testOpeningInsideMissingDirectoryThrowsOutputUnwritable() {
        let path = scratchPath("no-such-directory/out.gz")
        XCTAssertThrowsError(try GzipWriter(path: path, level: 6)) { error in
            XCTAssertEqual(
                error as? ETLError,
                .outputUnwritable(path: path, reason: "No such file or directory")
            )
        }
    }

    func testInvalidLevelThrowsCompressionFailedWithoutCreatingFile() {
        let path = scratchPath("bad-level.gz")
        XCTAssertThrowsError(try GzipWriter(path: path, level: 42)) { error in
            XCTAssertEqual(error as? ETLError, .compressionFailed(path: path, zlibCode: -2))  // Z_STREAM_ERROR
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
