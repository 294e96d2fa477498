import XCTest
import ZIPFoundation
@testable import OGIETL
@testable import OGIFixtures

/// A .docx without a zip end record is refused before ZIPFoundation sees it (its in-memory
/// archive would keep the bytes for the rest of the run); the test for a record is ZIPFoundation's own.
final class ZipEndRecordTests: XCTestCase {
    private func docxBytes() throws -> [UInt8] {
        let path = try TestSupport.temporaryDirectory() + "/report.docx"
        try ReportFixture.sample(edition: .edition2021, seed: 1).renderDocx().write(to: path)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// `PK 05 06`, an empty archive's counts and offsets, and a comment of `length` bytes.
    private func endRecord(commentLength: Int) -> [UInt8] {
        [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 16) + [UInt8(commentLength & 0xFF), UInt8(commentLength >> 8)]
    }

    func testEndRecordIsFoundInAWordDocumentAndZIPFoundationOpensIt() throws {
        let bytes = try docxBytes()
        XCTAssertTrue(ZipEndRecord.isPresent(in: bytes))
        XCTAssertNoThrow(try Archive(data: Data(bytes), accessMode: .read))
    }

    func testDocumentCutShortHasNoEndRecord() throws {
        let bytes = try docxBytes()
        XCTAssertFalse(ZipEndRecord.isPresent(in: Array(bytes.dropLast(1))))
        XCTAssertFalse(ZipEndRecord.isPresent(in: Array(bytes.dropLast(ZipEndRecord.size))))
        XCTAssertFalse(ZipEndRecord.isPresent(in: Array(bytes.prefix(21))))
    }

    func testRecordCountsOnlyWithItsWholeComment() throws {
        let whole = Array("prefix".utf8) + endRecord(commentLength: 5) + Array("note!".utf8)
        XCTAssertTrue(ZipEndRecord.isPresent(in: whole))
        XCTAssertNoThrow(try Archive(data: Data(whole), accessMode: .read))
        XCTAssertFalse(ZipEndRecord.isPresent(in: Array(whole.dropLast())))
        XCTAssertFalse(ZipEndRecord.isPresent(in: Array("prefix".utf8)))
    }

    /// A later signature decides even when its comment does not fit and an earlier record's would.
    func testOnlyTheLastSignatureDecides() throws {
        let bytes = endRecord(commentLength: 0) + endRecord(commentLength: 1)
        XCTAssertFalse(ZipEndRecord.isPresent(in: bytes))
        XCTAssertTrue(ZipEndRecord.isPresent(in: bytes + [0x21]))
    }
}
