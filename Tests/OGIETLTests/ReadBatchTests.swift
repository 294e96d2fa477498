import Foundation
import XCTest
@testable import OGIETL

/// Reports are read in batches so their bytes can share the SHA-256 lanes; a batch must keep
/// the path order, stay small in memory, and read each file exactly as reading it alone does.
final class ReadBatchTests: XCTestCase {
    private func list(sizes: [Int]) throws -> SourceFileList {
        var sorter = SourceFileSorter(scratch: try TestSupport.temporaryDirectory(), budget: 1 << 20)
        for (index, size) in sizes.enumerated() {
            try sorter.add(relativePath: String(format: "r%03d.txt", index), modified: 0, size: size)
        }
        return try sorter.list(root: "/in")
    }

    private func batchStarts(_ files: SourceFileList) -> [[String]] {
        var batches: [[String]] = []
        var first = 0
        while first < files.count {
            let batch = Pipeline.batch(of: files, from: first)
            batches.append(batch.map(\.relativePath))
            first += batch.count
        }
        return batches
    }

    /// A batch's files come from one read of their entries and one of their paths; each must
    /// be the file that reading its position alone gives, and a range past the end stops there.
    func testFilesReadTogetherAreTheFilesReadOneByOne() throws {
        var sorter = SourceFileSorter(scratch: try TestSupport.temporaryDirectory(), budget: 1 << 20)
        for index in 0..<50 {
            let name = String(repeating: "年报", count: index % 7) + "/r\(index).txt"
            try sorter.add(relativePath: name, modified: 1_600_000_000 + index, size: 100 * index)
        }
        let files = try sorter.list(root: "/in")
        XCTAssertEqual(files.files(at: 3..<40), (3..<40).map { files[$0] })
        XCTAssertEqual(files.files(at: 45..<77), (45..<50).map { files[$0] })
        XCTAssertEqual(files.files(at: 50..<82), [])
        XCTAssertEqual(files.files(at: 0..<1).first?.relativePath, files[0].relativePath)
        // In path order the last is the longest folder name's first report, r6.
        XCTAssertEqual(files.files(at: 49..<50).map(\.relativePath), [String(repeating: "年报", count: 6) + "/r6.txt"])
        XCTAssertEqual(files.files(at: 49..<50).map(\.size), [600])
    }

    func testBatchesHoldThirtyTwoConsecutiveFiles() throws {
        let batches = batchStarts(try list(sizes: Array(repeating: 1_000, count: 70)))
        XCTAssertEqual(batches.map(\.count), [32, 32, 6])
        XCTAssertEqual(batches.flatMap { $0 }, (0..<70).map { String(format: "r%03d.txt", $0) })
    }

    /// Files of the given sizes, written under a new folder, in order.
    private func writtenFiles(sizes: [Int]) throws -> [SourceFile] {
        let directory = try TestSupport.temporaryDirectory()
        return try sizes.enumerated().map { index, size in
            let name = String(format: "r%03d.txt", index)
            try Data(repeating: 0x41, count: size).write(to: URL(fileURLWithPath: directory + "/" + name))
            return SourceFile(relativePath: name, absolutePath: directory + "/" + name)
        }
    }

    /// A worker reads a batch a few files at a time: each load stops before a file that would
    /// take it past its budget, unless that file comes first.
    func testALoadStopsBeforeItsBudgetUnlessOneFileAloneIsLarger() throws {
        let files = try writtenFiles(sizes: [3_000, 2_000, 5_000, 10, 1_000, 3_000, 1])
        var loads: [[String]] = []
        var next = 0
        while next < files.count {
            let readings = SourceReader.read(files[next...], maxBytes: .max, tools: .standard, byteBudget: 4_000)
            loads.append(files[next..<(next + readings.count)].map(\.relativePath))
            next += readings.count
        }
        XCTAssertEqual(loads, [["r000.txt"], ["r001.txt"], ["r002.txt"], ["r003.txt", "r004.txt"], ["r005.txt", "r006.txt"]])
    }

    /// The listing asks no file's size or time; reading it does, with `fstat`, and a file
    /// above the limit is refused by that size without being read.
    func testAFilesSizeAndTimeComeFromReadingIt() throws {
        let files = try writtenFiles(sizes: [1_200, 3_000])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: files[0].absolutePath)
        let readings = SourceReader.read(files, maxBytes: 2_000)
        XCTAssertEqual([files[0].size, files[0].modified], [0, 0])
        XCTAssertEqual(readings[0].document.map { [$0.file.size, $0.file.modified] }, [1_200, 1_600_000_000])
        XCTAssertEqual(readings[1].bytes, 3_000)
        XCTAssertEqual(readings[1].error?.description, ETLError.sourceTooLarge(path: "r001.txt", bytes: 3_000, limit: 2_000).description)
    }

    /// Enough files to fill the lanes: text of many lengths, an empty file, a missing one and
    /// one over the size limit, each read the same in a batch as alone.
    func testReadingABatchGivesEachFileWhatReadingItAloneGives() throws {
        let directory = try TestSupport.temporaryDirectory()
        var files: [SourceFile] = []
        for (index, length) in [0, 3, 55, 64, 700, 5_000, 64 * 1_000, 200].enumerated() {
            let name = "r\(index).txt"
            let text = String(repeating: "报告 \(index)\n", count: length / 10 + 1).utf8.prefix(length)
            XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text)))
            files.append(SourceFile(relativePath: name, absolutePath: directory + "/" + name))
        }
        files.append(SourceFile(relativePath: "missing.txt", absolutePath: directory + "/missing.txt"))
        XCTAssertTrue(FileManager.default.createFile(atPath: directory + "/big.txt", contents: Data(repeating: 0x41, count: 90_000)))
        files.insert(SourceFile(relativePath: "big.txt", absolutePath: directory + "/big.txt"), at: 3)
        let batch = SourceReader.read(files, maxBytes: 80_000)
        XCTAssertEqual(batch.count, files.count)
        for (file, reading) in zip(files, batch) {
            let alone = SourceReader.read(file, maxBytes: 80_000)
            XCTAssertEqual(reading.sha256, alone.sha256, file.relativePath)
            XCTAssertEqual(reading.bytes, alone.bytes, file.relativePath)
            XCTAssertEqual(reading.error?.description, alone.error?.description, file.relativePath)
            XCTAssertEqual(reading.document?.text, alone.document?.text, file.relativePath)
        }
        XCTAssertEqual([batch[0].sha256, batch[1].sha256, batch[3].sha256], [
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            SHA256.hexDigest(Array("报".utf8)),
            "",
        ])
        XCTAssertEqual(batch[0].error?.description, ETLError.sourceEmpty(path: "r0.txt").description)
        XCTAssertEqual(batch[3].error?.description, ETLError.sourceTooLarge(path: "big.txt", bytes: 90_000, limit: 80_000).description)
    }
}
