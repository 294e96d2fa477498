import XCTest
@testable import OGIETL

/// Figures below a thousand are looked up rather than decoded; every figure must read back
/// exactly as printed either way.
final class FigureStringsTests: XCTestCase {
    private func string(_ text: String) -> String {
        let bytes = Array(("x" + text + "y").utf8)
        return bytes.withUnsafeBufferPointer { FigureStrings.string($0, 1..<(bytes.count - 1)) }
    }

    func testFiguresBelowAThousandReadBackAsPrinted() {
        for value in [0, 1, 9, 10, 99, 100, 507, 999] {
            XCTAssertEqual(string(String(value)), String(value))
        }
    }

    func testOtherFiguresAreDecodedAsPrinted() {
        for text in ["1000", "713000074", "7.50", "-18", "05", "0.5", "", "1a", "一"] {
            XCTAssertEqual(string(text), text)
        }
    }

    /// A row's figures are read from a run cut out of the report: cells are counted from the
    /// run's start, and a blank, a label, a figure with a unit and a cell past the end are nil.
    func testARowsFiguresAreItsNumberCellsInOrderAndNilForAnyOther() {
        var list = CellList()
        list.append(.text, "规章", line: 1)
        list.append(.number, "12", line: 1)
        list.append(.blank, "-", line: 1)
        list.append(.text, "件", line: 1)
        list.appendFigure("251000", unit: "元", line: 1, center: 0)
        list.append(.number, "1000", line: 1)
        let row = CellRun(list).run(1..<6)
        XCTAssertEqual(row.figures(7), ["12", nil, nil, nil, "1000", nil, nil])
        XCTAssertEqual(row.figures(2), ["12", nil])
        XCTAssertEqual(row.figures(0), [])
    }
}
