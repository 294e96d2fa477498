import XCTest
@testable import OGIETL

/// The index the workers' memos share: keys are found again by their bytes alone.
final class ByteKeyTableTests: XCTestCase {
    private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    func testKeysAreNumberedInTheOrderAddedAndFoundAgainByTheirBytes() {
        var table = ByteKeyTable(capacity: 8)
        for (number, text) in ["规章", "规章 ", "行政规范性文件", ""].enumerated() {
            let location = withBytes(text) { table.locate($0) }
            XCTAssertNil(location.index, text)
            XCTAssertEqual(withBytes(text) { table.add($0, at: location) }, number)
        }
        XCTAssertEqual(withBytes("行政规范性文件") { table.locate($0).index }, 2)
        XCTAssertEqual(withBytes("规章 ") { table.locate($0).index }, 1)
        XCTAssertEqual(withBytes("") { table.locate($0).index }, 3)
        XCTAssertNil(withBytes("规 章") { table.locate($0).index })
        XCTAssertEqual(table.count, 4)
        XCTAssertEqual(table.keyBytes, 6 + 7 + 21)
    }

    func testKeysThatDifferInOneByteAreDifferentKeys() {
        var table = ByteKeyTable(capacity: 4)
        XCTAssertEqual(withBytes("0\t0\t1") { table.insert($0)?.index }, 0)
        XCTAssertTrue(withBytes("0\t0\t1") { table.contains($0) })
        XCTAssertFalse(withBytes("0\t0\t2") { table.contains($0) })
        XCTAssertFalse(withBytes("0\t0\t1 ") { table.contains($0) })
    }

    func testAFullSetEmptiesItselfBeforeTakingTheNextKey() {
        var table = ByteKeyTable(capacity: 3)
        func insert(_ text: String) -> String? {
            withBytes(text) { table.insert($0).map { "\($0.index)" + ($0.emptiedFirst ? " after emptying" : "") } }
        }
        XCTAssertEqual(["一", "二", "三", "二"].map(insert), ["0", "1", "2", nil])
        XCTAssertEqual(table.count, 3)
        XCTAssertEqual(insert("四"), "0 after emptying")
        XCTAssertEqual(table.count, 1)
        XCTAssertTrue(withBytes("四") { table.contains($0) })
        XCTAssertFalse(withBytes("一") { table.contains($0) })
        XCTAssertEqual(table.keyBytes, 3)
    }

    func testATableThatKeepsNothingHoldsNoKey() {
        var table = ByteKeyTable.none
        XCTAssertNil(withBytes("规章") { table.insert($0) })
        XCTAssertEqual(table.count, 0)
        XCTAssertFalse(withBytes("规章") { table.contains($0) })
    }
}
