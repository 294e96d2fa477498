import XCTest
@testable import OGIETL

/// Every identity reads its figures from one grid, read once per report.
final class FigureGridTests: XCTestCase {
    private let grid = FigureGrid([["3", "-2", "+4", "5"],
                                   ["1", nil, "7.5", "8"],
                                   ["1000000000000001", "1,000", "", "0"],
                                   ["1", "2", "3"]], columns: 4)

    func testEachCellHoldsTheWholeNumberPrintedOrNothing() {
        XCTAssertEqual((0..<4).map { grid[0, $0] }, [3, -2, 4, 5])
        XCTAssertEqual((0..<4).map { grid[1, $0] }, [1, nil, nil, 8])
        XCTAssertEqual((0..<4).map { grid[2, $0] }, [nil, nil, nil, 0])
        XCTAssertEqual((0..<4).map { grid[3, $0] }, [1, 2, 3, nil])
    }

    func testARowSumsItsLeadingCellsAgainstItsLastOnlyWhenAllAreNumbers() {
        XCTAssertEqual(grid.rowSum(0)?.sum, 5)
        XCTAssertEqual(grid.rowSum(0)?.stated, 5)
        XCTAssertNil(grid.rowSum(1))
        XCTAssertNil(grid.rowSum(2))
    }

    func testARowPrintedWithTooFewOrTooManyCellsIsNotSummed() {
        XCTAssertFalse(grid.isComplete(3))
        XCTAssertNil(grid.rowSum(3))
        let long = FigureGrid([["1", "2", "3", "6", "9"]], columns: 4)
        XCTAssertEqual((0..<4).map { long[0, $0] }, [1, 2, 3, 6])
        XCTAssertFalse(long.isComplete(0))
        XCTAssertNil(long.rowSum(0))
        XCTAssertTrue(FigureGrid([["1", "2", "3"]], columns: 3).isComplete(0))
        XCTAssertEqual(FigureGrid([["1", "2", "3"]], columns: 3).rowSum(0)?.sum, 3)
    }

    func testAColumnSumIsNilWhenAnyRowHoldsNoNumber() {
        XCTAssertEqual(grid.sum(0, over: [0, 1, 3]), 5)
        XCTAssertEqual(grid.sum(3, over: [0, 1, 2]), 13)
        XCTAssertNil(grid.sum(1, over: [0, 1]))
        XCTAssertEqual(grid.sum(1, over: []), 0)
    }

    func testStringsLendTheirBytesWhetherSmallOrLarge() {
        for text in ["", "7", "123456789012345", "1234567890123456", "规章", String(repeating: "行政复议", count: 20)] {
            XCTAssertEqual(text.withUTF8Bytes { Array($0) }, Array(text.utf8))
        }
    }
}
