import XCTest
import OGISchema
@testable import OGIETL

/// A cell text the section splitter found naming no section is passed over when it comes again;
/// one that names a section, even one it passed over, is read every time.
final class SectionMemoTests: XCTestCase {
    private let tokenizer = CellTokenizer(options: TestSupport.config.text)
    private let splitter = SectionSplitter(sections: TestSupport.config.sections)

    private func texts(_ tables: [CanonicalTable: CellRun]) -> [CanonicalTable: [String]] {
        tables.mapValues { run in run.map(run.string(of:)) }
    }

    private func split(_ text: String, _ remembered: inout ByteKeyTable) -> [CanonicalTable: [String]] {
        texts(splitter.split(tokenizer.cells(of: Array(text.utf8)), textsNamingNoSection: &remembered))
    }

    /// The tables as a single report is split, remembering nothing.
    private func splitAlone(_ text: String) -> [CanonicalTable: [String]] {
        var nothing = ByteKeyTable.none
        return split(text, &nothing)
    }

    private func contains(_ remembered: ByteKeyTable, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { remembered.contains($0) }
    }

    private let quotingReport = TestSupport.reportQuotingAHeading

    func testTextsThatNameNoSectionAreRememberedAndHeadingsAreNot() {
        var remembered = ByteKeyTable(capacity: 64)
        let first = split(quotingReport, &remembered)
        XCTAssertEqual(first, splitAlone(quotingReport))
        // Of the text cells before the end heading, only `规章` names nothing: the others are
        // headings, anchors, or the quoted heading. The cells after the end are not read.
        XCTAssertEqual(remembered.count, 1)
        XCTAssertTrue(contains(remembered, "规章"))
        XCTAssertEqual(split(quotingReport, &remembered), first)
        XCTAssertEqual(remembered.count, 1)
    }

    func testAHeadingPassedOverInOneReportStillOpensItsTableInTheNext() {
        var remembered = ByteKeyTable(capacity: 64)
        _ = split(quotingReport, &remembered)
        let lostHeading = """
            二、主动公开政府信息情况
            规章\t1
            见三、收到和处理政府信息公开申请情况
            （一）予以公开\t3
            五、存在的主要问题及改进情况
            """
        let tables = split(lostHeading, &remembered)
        XCTAssertEqual(tables[.activeDisclosure], ["二、主动公开政府信息情况", "规章", "1"])
        XCTAssertEqual(tables[.applications], ["见三、收到和处理政府信息公开申请情况", "（一）予以公开", "3"])
    }

    func testARememberedTextIsPassedOverWithoutBeingReadAgain() {
        // Were a heading remembered, its table would open only at the anchor after it.
        var remembered = ByteKeyTable(capacity: 64)
        _ = Array("三、收到和处理政府信息公开申请情况".utf8).withUnsafeBufferPointer { remembered.insert($0) }
        let tables = split(quotingReport, &remembered)
        XCTAssertEqual(tables[.activeDisclosure], ["二、主动公开政府信息情况", "规章", "1", "三、收到和处理政府信息公开申请情况"])
        XCTAssertEqual(tables[.applications], ["本年新收政府信息公开申请数量", "2"])
    }

    /// Split alone, the report reads as `LayoutTests` expects, and nothing is kept.
    func testASingleReportRemembersNothing() {
        var remembered = ByteKeyTable.none
        XCTAssertEqual(split(quotingReport, &remembered), [
            .activeDisclosure: ["二、主动公开政府信息情况", "规章", "1"],
            .applications: ["三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", "2"],
            .reviewsLitigation: ["四、政府信息公开行政复议、行政诉讼情况", "见三、收到和处理政府信息公开申请情况", "第二十条第（一）项", "0", "0"],
        ])
        XCTAssertEqual(remembered.count, 0)
    }
}
