import XCTest
@testable import OGIETL

/// A digit run is cut only where the template's sums allow it.
final class DigitRunSplitterTests: XCTestCase {
    private let row = DigitRunSplitter(blocks: 1, width: 7)
    private let appeals = DigitRunSplitter(blocks: 3, width: 5)

    private func splits(_ splitter: DigitRunSplitter, _ run: String) -> [[Int]] {
        splitter.splits(of: Array(run.utf8)).splits
    }

    func testRequestsRowRunIsCutWhereTheFirstSixSumToTheSeventh() {
        XCTAssertEqual(splits(row, "713000074"), [[71, 3, 0, 0, 0, 0, 74]])
        XCTAssertEqual(splits(row, "0000000"), [[0, 0, 0, 0, 0, 0, 0]])
    }

    func testRowRunWithTwoRowSumSplitsReturnsBoth() {
        XCTAssertEqual(splits(row, "110000011"), [[1, 10, 0, 0, 0, 0, 11], [11, 0, 0, 0, 0, 0, 11]])
    }

    func testFiguresWithLeadingZerosAreNeverCut() {
        XCTAssertEqual(splits(row, "00000011"), [])
        XCTAssertEqual(splits(DigitRunSplitter(blocks: 1, width: 2, sums: false), "0010"), [])
    }

    func testAppealsRunIsCutIntoThreeBlocksOfFive() {
        XCTAssertEqual(splits(appeals, "21317000001324019"), [[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]])
        XCTAssertEqual(splits(appeals, "11000110000000000"), [[1, 10, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                                                             [11, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
    }

    func testWithoutSumsEveryCutIsReturned() {
        XCTAssertEqual(splits(DigitRunSplitter(blocks: 1, width: 3, sums: false), "5119"), [[5, 1, 19], [5, 11, 9], [51, 1, 9]])
    }

    func testTheNextRowsNumberingIsTriedBothWays() {
        let result = row.splits(ofReadings: [Array("3700000372".utf8), Array("370000037".utf8)])
        XCTAssertEqual(result, DigitRunSplitter.Result(splits: [[37, 0, 0, 0, 0, 0, 37]], capped: false))
    }

    func testSearchStopsAtItsLimits() {
        let limited = DigitRunSplitter(blocks: 1, width: 3, sums: false, limit: 5)
        XCTAssertEqual(limited.splits(of: Array("123456789".utf8)), DigitRunSplitter.Result(splits: [[1, 2, 3456789], [1, 23, 456789], [1, 234, 56789], [1, 2345, 6789], [1, 23456, 789]], capped: true))
        let budgeted = DigitRunSplitter(blocks: 1, width: 7, budget: 1_000)
        XCTAssertTrue(budgeted.splits(of: Array(String(repeating: "1", count: 60).utf8)).capped)
    }

    func testRunTooLongForARowHasNoSplitAndEndsAtOnce() {
        let start = Date()
        XCTAssertEqual(row.splits(of: Array(String(repeating: "1", count: 200).utf8)), DigitRunSplitter.Result(splits: [], capped: false))
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.1)
    }
}
