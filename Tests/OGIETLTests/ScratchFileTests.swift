import XCTest
@testable import OGIETL

/// Scratch files live in the output's staging directory; when it cannot hold them the run
/// stops with the system's reason, naming the directory.
final class ScratchFileTests: XCTestCase {
    func testScratchFileInAMissingDirectoryNamesItAndTheReason() {
        XCTAssertThrowsError(try ScratchFile(directory: "/nonexistent/ogi-etl-staging")) { error in
            XCTAssertEqual((error as? ETLError)?.description,
                           "The output file '/nonexistent/ogi-etl-staging' could not be written: No such file or directory. Check free space and permissions of the output directory.")
        }
    }

    func testRecordsWrittenInPlaceAndAppendedReadBackExactly() throws {
        let file = try ScratchFile(directory: try TestSupport.temporaryDirectory(), bufferLimit: 5)
        try file.append([1, 2, 3, 4, 5, 6, 7])
        var tail: [UInt8] = []
        tail.appendLittleEndian(UInt16(0x0908))
        try file.append(tail)
        try file.seal()
        XCTAssertEqual(file.size, 9)
        XCTAssertEqual(file.read(20, at: 0), [1, 2, 3, 4, 5, 6, 7, 8, 9])
        var reader = ScratchFile.RecordReader(file, recordSize: 4, blockSize: 8)
        XCTAssertEqual([reader.next(), reader.next(), reader.next()].map { $0.map(Array.init) }, [[1, 2, 3, 4], [5, 6, 7, 8], nil])
        let facts = try CrossReportFacts(directory: try TestSupport.temporaryDirectory(), count: 3)
        try facts.record(.duplicate(of: 7), at: 2)
        var factReader = facts.reader()
        XCTAssertEqual([factReader.next(), factReader.next(), factReader.next(), factReader.next()], [.none, .none, .duplicate(of: 7), .none])
    }

    /// Positions asked in order are read on from the last; the same position again, or one
    /// before it, still gives that position's fact.
    func testFactsAskedByPositionComeFromReadingOnOrFromTheFile() throws {
        let facts = try CrossReportFacts(directory: try TestSupport.temporaryDirectory(), count: 6)
        try facts.record(.identicalCopy(of: 0), at: 1)
        try facts.record(.follows(2), at: 4)
        var reader = facts.reader()
        let asked = [1, 1, 3, 4, 2, 5, 9].map { reader.fact(at: $0) }
        XCTAssertEqual(asked, [.identicalCopy(of: 0), .identicalCopy(of: 0), .none, .follows(2), .none, .none, .none])
    }
}
