import XCTest
@testable import OGIETL

/// Figures below a thousand are looked up rather than decoded; every figure must read back
/// exactly as printed either way.
final class FigureStringsTests: XCTestCase {
    private func string(_ text: String) -> String {
        let bytes = Array(("x" + text + "y").utf8)
        return FigureStrings.string(bytes, 1..<(bytes.count - 1))
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
}
