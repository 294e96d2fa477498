import OGISchema
import XCTest

/// Codes hash by case rather than by their raw String; they must still key dictionaries and
/// sets exactly as before: every case its own key, found again by an equal code, and ranked
/// by its place in `allCases`.
final class SchemaCodeTests: XCTestCase {
    private func assertEveryCaseIsItsOwnKey<Code: SchemaCode & CaseIterable>(_: Code.Type, count: Int,
                                                                             file: StaticString = #filePath, line: UInt = #line) {
        let cases = Array(Code.allCases)
        XCTAssertEqual(cases.count, count, file: file, line: line)
        XCTAssertEqual(MemoryLayout<Code>.size, 1, file: file, line: line)
        XCTAssertEqual(Set(cases).count, count, file: file, line: line)
        let names = Dictionary(uniqueKeysWithValues: cases.map { ($0, $0.rawValue) })
        for (index, code) in cases.enumerated() {
            XCTAssertEqual(names[Code(rawValue: code.rawValue) ?? code], code.rawValue, file: file, line: line)
            var byCase = Hasher()
            byCase.combine(UInt8(index))
            XCTAssertEqual(code.hashValue, byCase.finalize(), "\(code) hashes its case, not its raw String", file: file, line: line)
            XCTAssertEqual(code.ordinal, index, "\(code) is ranked by its place in allCases", file: file, line: line)
        }
    }

    func testEveryCodeOfEverySchemaEnumIsItsOwnKey() {
        assertEveryCaseIsItsOwnKey(ActiveDisclosureColumn.self, count: ActiveDisclosureColumn.allCases.count)
        assertEveryCaseIsItsOwnKey(ActiveDisclosureItem.self, count: ActiveDisclosureItem.allCases.count)
        assertEveryCaseIsItsOwnKey(ApplicationRow.self, count: 26)
        assertEveryCaseIsItsOwnKey(ApplicantColumn.self, count: 7)
        assertEveryCaseIsItsOwnKey(CanonicalTable.self, count: 5)
        assertEveryCaseIsItsOwnKey(ReportStatus.self, count: ReportStatus.allCases.count)
        assertEveryCaseIsItsOwnKey(ReviewProceeding.self, count: ReviewProceeding.allCases.count)
        assertEveryCaseIsItsOwnKey(ReviewOutcome.self, count: ReviewOutcome.allCases.count)
        assertEveryCaseIsItsOwnKey(TemplateEdition.self, count: 2)
    }

    func testSeveritiesAreDistinctKeys() {
        XCTAssertEqual(Set([Severity.error, .warning, .info, .error]).count, 3)
    }
}
