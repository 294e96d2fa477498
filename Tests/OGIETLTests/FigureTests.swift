import XCTest
@testable import OGIETL

/// A figure is packed four bits a character, or kept whole when it cannot be; either way it
/// must read back, compare and add up exactly as printed.
final class FigureTests: XCTestCase {
    private func figure(_ text: String) -> Figure {
        let bytes = Array(("x" + text + "y").utf8)
        return bytes.withUnsafeBufferPointer { Figure($0, 1..<(bytes.count - 1)) }
    }

    func testPackedFiguresReadBackAsPrinted() {
        for text in ["0", "7", "507", "713000074", "7.50", "-18", "05", "0.5", "-0", "71.8526"] {
            XCTAssertFalse(figure(text).isLongSpelling, text)
            XCTAssertEqual(figure(text).description, text)
            XCTAssertEqual(figure(text).count, text.utf8.count, text)
        }
    }

    func testThirtyCharactersArePackedAndLongerSpellingsAreKeptWhole() {
        let thirty = String(repeating: "1234567890", count: 3)
        XCTAssertFalse(figure(thirty).isLongSpelling)
        XCTAssertEqual(figure(thirty).description, thirty)
        let longer = thirty + "1"
        XCTAssertTrue(figure(longer).isLongSpelling)
        XCTAssertEqual(figure(longer).description, longer)
        XCTAssertEqual(figure(longer).count, 31)
    }

    func testSpellingsWithOtherCharactersAreKeptWhole() {
        for text in ["1a", "一", "", "+3", "1,000", " 1"] {
            XCTAssertEqual(figure(text).isLongSpelling, !text.isEmpty, text)
            XCTAssertEqual(figure(text).description, text)
        }
    }

    /// Equal spellings are equal figures, so sets of rows (the surplus repair) find them once.
    func testEqualSpellingsAreEqualFiguresWhateverTheirForm() {
        let long = String(repeating: "9", count: 40)
        XCTAssertEqual(figure(long), figure(long))
        XCTAssertEqual(Set([figure(long), figure(long), figure("12"), Figure(12)]).count, 2)
        XCTAssertNotEqual(figure(long), figure(long + "9"))
        XCTAssertNotEqual(figure("05"), figure("5"))
        XCTAssertEqual(Figure(-18), "-18")
    }

    func testWholeNumbersAreReadFromTheDigitsAndNothingElseIsOne() {
        let readings: [(String, Int?)] = [
            ("0", 0), ("05", 5), ("-18", -18), ("-0", 0), ("7.50", nil), ("-", nil), ("1-2", nil), ("", nil),
            ("+3", 3), ("1000000000000000", 1_000_000_000_000_000), ("1000000000000001", nil),
            (String(repeating: "0", count: 35) + "42", 42),
        ]
        for (text, value) in readings {
            XCTAssertEqual(figure(text).wholeNumber, value, text)
        }
    }

    /// Only a spelling a CSV reader types as a number is written without the text rules.
    func testOnlyDigitsAndPointsStartingWithADigitArePlainNumbers() {
        XCTAssertEqual(["12", "7.50", "0", "-18", "1-2", ".5", "1a", "+3"].map { figure($0).isPlainNumber },
                       [true, true, true, false, false, false, false, false])
        XCTAssertEqual(["12", "0", String(repeating: "9", count: 18), String(repeating: "9", count: 19), "-1", "1.5"].map { figure($0).isSmallCount },
                       [true, true, true, false, false, false])
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
