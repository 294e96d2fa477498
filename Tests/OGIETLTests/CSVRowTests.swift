import XCTest
@testable import OGIETL

/// The row writer tests eight bytes at a time for a byte that needs quotes; these put each
/// such byte, and bytes below `-` that need none, at every place around a word's edges.
final class CSVRowTests: XCTestCase {
    private func written(_ fields: [String]) -> String {
        String(decoding: CSVRow.line(fields), as: UTF8.self)
    }

    func testAQuotingByteIsFoundAtEveryPlaceInALabel() {
        for special in [",", "\"", "\n", "\r"] {
            for position in 0...20 {
                let label = String(repeating: "x", count: position) + special + String(repeating: "规", count: 5)
                let expected = "\"" + label.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                XCTAssertEqual(written(["a", label]), "a,\(expected)\n", "'\(special.debugDescription)' at byte \(position)")
            }
        }
    }

    func testBytesBelowTheCommaThatNeedNoQuotesAreWrittenBare() {
        for filler in [" ", "!", "#", "(", "\t", "+"] {
            for position in 0...20 {
                let label = String(repeating: "x", count: position) + filler + String(repeating: "项", count: 5)
                XCTAssertEqual(written([label]), label + "\n", "'\(filler.debugDescription)' at byte \(position)")
            }
        }
    }

    func testQuotesAreDoubledAcrossWordEdges() {
        XCTAssertEqual(written(["行政\"复议\"决定书", "1234567\"89"]), "\"行政\"\"复议\"\"决定书\",\"1234567\"\"89\"\n")
    }

    func testFiguresOfEveryLengthAreCopiedWhole() {
        var row = CSVRow(capacity: 1)
        let figures = (1...20).map { String(repeating: "9", count: $0) } + ["3.1415926535", "0"]
        for figure in figures { row.figure(Figure(spelling: figure.utf8)) }
        row.endRow()
        XCTAssertEqual(String(decoding: row.bytes, as: UTF8.self), figures.joined(separator: ",") + "\n")
    }

    func testAKeyIsCopiedBeforeEachRowWithOneComma() {
        var key = CSVRow(protectFormulas: true)
        key.fields(["id", "=agency", "2021"])
        var rows = CSVRow(protectFormulas: true, capacity: 4)
        for code in ["new_received", "total"] {
            rows.fields(of: key)
            rows.field(code)
            rows.figure("7")
            rows.figure(nil)
            rows.endRow()
        }
        XCTAssertEqual(String(decoding: rows.bytes, as: UTF8.self), "id,'=agency,2021,new_received,7,\nid,'=agency,2021,total,7,\n")
    }
}
