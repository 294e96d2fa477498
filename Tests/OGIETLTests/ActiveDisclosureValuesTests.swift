import XCTest
@testable import OGIETL
import OGISchema

/// A proactive row's figures keep one slot per column, in the order the CSV writes them.
final class ActiveDisclosureValuesTests: XCTestCase {
    func testEachColumnIsStoredAtItsPlaceInTheSchema() {
        for (place, column) in ActiveDisclosureColumn.allCases.enumerated() {
            var values = ActiveDisclosureValues()
            values[column] = "7"
            var expected = [String?](repeating: nil, count: ActiveDisclosureColumn.allCases.count)
            expected[place] = "7"
            XCTAssertEqual(values.inColumnOrder.spellings, expected, "\(column)")
            XCTAssertEqual(values[column], "7")
        }
    }

    func testFiguresAreListedInSchemaOrderWhateverOrderTheyWereStoredIn() {
        var values: ActiveDisclosureValues = [.amount: "2.5", .issued: "3", .inForce: "", .repealed: "0"]
        values[.repealed] = nil
        XCTAssertEqual(values.map(\.key), [.issued, .inForce, .amount])
        XCTAssertEqual(values.map(\.value), ["3", "", "2.5"])
        XCTAssertNil(values[.netChange])
    }

    func testRowsWithTheSameFiguresAreEqualAndAnEmptyRowIsEmpty() {
        XCTAssertEqual([.issued: "1", .repealed: "2"] as ActiveDisclosureValues, [.repealed: "2", .issued: "1"])
        XCTAssertNotEqual([.issued: "1"] as ActiveDisclosureValues, [.issued: "1", .repealed: "0"])
        XCTAssertTrue(ActiveDisclosureValues().isEmpty)
        XCTAssertFalse(([.netChange: "-1"] as ActiveDisclosureValues).isEmpty)
    }
}
