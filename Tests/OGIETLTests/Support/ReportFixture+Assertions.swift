import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

extension ReportFixture {
    /// Every cell the fixture printed comes back exactly, identity included, and a consistent
    /// report draws no warning or error.
    func assertEveryCellComesBack(_ report: NormalizedReport, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(report.agency, agency, context, file: file, line: line)
        XCTAssertEqual(report.year, String(year), context, file: file, line: line)
        XCTAssertEqual(report.template, edition, context, file: file, line: line)
        XCTAssertEqual(report.activeDisclosure.map(\.item), expectedActive.map(\.item), context, file: file, line: line)
        for (record, expected) in zip(report.activeDisclosure, expectedActive) {
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: record.values.map { ($0.key, $0.value.description) }), expected.values, "\(context) \(record.item)", file: file, line: line)
        }
        XCTAssertEqual(report.applications.map(\.row), expectedApplications.map(\.row), context, file: file, line: line)
        for (record, expected) in zip(report.applications, expectedApplications) {
            XCTAssertEqual(record.values.spellings, expected.values, "\(context) \(record.row)", file: file, line: line)
        }
        XCTAssertEqual(report.reviews.map(\.proceeding), expectedReviews.map(\.proceeding), context, file: file, line: line)
        for (record, expected) in zip(report.reviews, expectedReviews) {
            XCTAssertEqual(record.values.spellings, expected.values.map { Optional($0) }, "\(context) \(record.proceeding)", file: file, line: line)
        }
        XCTAssertEqual(report.findings.filter { $0.severity != .info }.map(\.message), [], context, file: file, line: line)
    }
}
