import XCTest
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Reports generated from known values in every layout users have: the parser must return
/// every cell, whatever the layout, and say nothing is wrong with a consistent report.
final class LayoutTests: XCTestCase {
    private func assertEveryCellComesBack(_ fixture: ReportFixture, layout: String, text: String, html: Bool,
                                          file: StaticString = #filePath, line: UInt = #line) {
        fixture.assertEveryCellComesBack(TestSupport.normalize(text, html: html), "\(layout) \(fixture.edition.rawValue)", file: file, line: line)
    }

    private func assertAllLayouts(_ fixture: ReportFixture, file: StaticString = #filePath, line: UInt = #line) {
        for rendering in fixture.renderAll() {
            assertEveryCellComesBack(fixture, layout: rendering.layout, text: rendering.text,
                                     html: rendering.fileExtension == "html", file: file, line: line)
        }
    }

    func testHTMLColumnSpansAreFoundInLongAttributesAndSkippedBlocksAreSkipped() {
        let style = String(repeating: "mso-border-alt:solid windowtext .5pt;", count: 20)
        let html = """
            <html><HEAD><style>td { content: "</td>" }</style></HEAD><body><!-- <td>note</td> --><table>\
            <tr><td style="\(style)" COLSPAN='3'>甲</td><td>1</td></tr>\
            <tr><td class="c1" title='a > b' colspan="2">乙</td><td style="x">2</td></tr></table></body></html>
            """
        let text = String(decoding: HTMLFlattener.text(of: Array(html.utf8)), as: UTF8.self)
        XCTAssertEqual(text, "\n\n\n甲\t\t\t1\n\n乙\t\t2\n\n\n")
    }

    func testTableElementNamesArePackedAsTheirText() {
        XCTAssertEqual(HTMLElementName.tableCell, HTMLElementName("td"))
        XCTAssertEqual(HTMLElementName.tableHeaderCell, HTMLElementName("TH"))
        XCTAssertEqual(HTMLElementName.tableRow, HTMLElementName("tr"))
        XCTAssertEqual(HTMLElementName.tableRow.bytes, Array("tr".utf8))
        XCTAssertNotEqual(HTMLElementName.tableRow, HTMLElementName("tt"))
    }

    /// A tag's name runs over letters, digits, `-` and `:` (Word's `o:p`), and ends at any other
    /// byte; the tag ends at the first `>` outside quotes.
    func testTagNamesKeepDigitsHyphensAndNamespacePrefixes() {
        let cases: [(String, String?, Int)] = [
            ("<o:p>", "o:p", 5), ("<H1 class=x>", "h1", 12), ("<x-tag/>", "x-tag", 8), ("</ST1:CHSDATE>", "st1:chsdate", 14),
            ("<a=b>", "a", 5), ("<p title='>' id=\"a>b\">", "p", 22), ("<span\tstyle=\"a\">", "span", 16),
        ]
        for (html, name, end) in cases {
            let tag = HTMLTag.read(Array(html.utf8), at: 0)
            XCTAssertEqual(tag?.name.bytes, name.map { Array($0.utf8) }, html)
            XCTAssertEqual(tag?.end, end, html)
        }
        XCTAssertNil(HTMLTag.read(Array("< p>".utf8), at: 0))
        XCTAssertNil(HTMLTag.read(Array("<_p>".utf8), at: 0))
        XCTAssertNil(HTMLTag.read(Array("<p title='>".utf8), at: 0))
    }

    /// A name is packed from two whole words unless it is within 16 bytes of the page's end,
    /// where it is packed byte by byte: both must give the same name, of any length up to 16.
    func testElementNamesPackTheSameAtThePageEndAsInside() {
        for name in ["P", "o:p", "TD", "Section", "st1:chsdate", "ABCDEFGH", "abcdefghi", "h1-x:0123456789z"] {
            let inside = Array(name.utf8) + Array(repeating: UInt8(ascii: "Z"), count: 16)
            let atEnd = Array(name.utf8)
            let packedInside = inside.withUnsafeBufferPointer { HTMLElementName($0, 0..<name.utf8.count) }
            let packedAtEnd = atEnd.withUnsafeBufferPointer { HTMLElementName($0, 0..<name.utf8.count) }
            XCTAssertEqual(packedInside, packedAtEnd, name)
            XCTAssertEqual(packedInside.bytes, Array(name.lowercased().utf8), name)
        }
        let seventeen = Array("abcdefghijklmnopq".utf8)
        XCTAssertEqual(seventeen.withUnsafeBufferPointer { HTMLElementName($0, 0..<17) }, .long)
    }

    func testEveryLayoutOf2021TemplateReturnsEveryCell() {
        for seed in 1...4 { assertAllLayouts(.sample(edition: .edition2021, seed: seed)) }
    }

    func testEveryLayoutOf2019TemplateReturnsEveryCell() {
        for seed in 1...4 { assertAllLayouts(.sample(edition: .edition2019, seed: seed)) }
    }

    func testBlankCellsStayEmptyInEveryLayout() {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 7)
        fixture.applications[.carriedOver]?[2] = nil
        fixture.applications[.deniedStateSecret]?[6] = nil
        assertAllLayouts(fixture)
    }

    func testMarkdownPipeTableReturnsEveryCell() {
        let fixture = ReportFixture.sample(edition: .edition2019, seed: 11)
        assertEveryCellComesBack(fixture, layout: "markdown", text: fixture.renderMarkdown(), html: false)
    }

    func testPdftotextLayoutWithLabelsWrappedBeforeAndAfterFiguresReturnsEveryCell() {
        let fixture = ReportFixture.sample(edition: .edition2021, seed: 12)
        assertEveryCellComesBack(fixture, layout: "pdftotext", text: fixture.renderPdftotextLayout(), html: false)
    }

    func testHTMLPageIgnoresScriptsStylesAndNavigation() {
        let fixture = ReportFixture.sample(edition: .edition2021, seed: 13)
        assertEveryCellComesBack(fixture, layout: "html", text: fixture.renderHTML(), html: true)
    }

    func testAppealsFiguresAreNamedProceedingThenOutcomeInTemplateOrder() {
        XCTAssertEqual(ReviewsParser.columns.count, 15)
        XCTAssertEqual(Array(ReviewsParser.columns.prefix(6)), [
            "administrative_review.upheld", "administrative_review.corrected", "administrative_review.other",
            "administrative_review.pending", "administrative_review.total", "litigation_direct.upheld",
        ])
        XCTAssertEqual(ReviewsParser.columns.last, "litigation_after_review.total")
    }

    /// A table opens once: its heading or anchor printed again inside a later table (a
    /// cross-reference) is that table's text, and the end heading closes the last one.
    func testATableOpensOnceAndItsHeadingLaterIsTextOfTheTableThen() {
        let text = TestSupport.reportQuotingAHeading
        let cells = CellTokenizer(options: TestSupport.config.text).cells(of: Array(text.utf8))
        var remembered = ByteKeyTable.none
        let tables = SectionSplitter(sections: TestSupport.config.sections).split(cells, textsNamingNoSection: &remembered)
        func texts(_ table: CanonicalTable) -> [String] { tables[table].map { run in run.map(run.string(of:)) } ?? [] }
        XCTAssertEqual(texts(.activeDisclosure), ["二、主动公开政府信息情况", "规章", "1"])
        XCTAssertEqual(texts(.applications), ["三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", "2"])
        XCTAssertEqual(texts(.reviewsLitigation), ["四、政府信息公开行政复议、行政诉讼情况", "见三、收到和处理政府信息公开申请情况",
                                                  "第二十条第（一）项", "0", "0"])
        XCTAssertEqual(tables.count, 3)
    }

    func testColumnCentresAreWorkedOutOnlyForATableWithAShortRow() {
        let tokenizer = CellTokenizer(options: TestSupport.config.text)
        func rows(_ text: String) -> [RowChunk] {
            RowChunk.chunks(of: tokenizer.cells(of: Array(text.utf8))).filter { !$0.values.isEmpty }
        }
        let full = "规章      2      1      4\n文件      6      1     25\n"
        XCTAssertNil(ColumnAlignment.forShortRows(of: rows(full), count: 3))
        let alignment = ColumnAlignment.forShortRows(of: rows(full + "其他      3             5\n"), count: 3)
        XCTAssertEqual(alignment?.centers, [21, 35, 49])
    }

    func testPdftotextBlankCellInProactiveTableIsPlacedByColumn() {
        let text = """
        某局2022年政府信息公开工作年度报告
        二、主动公开政府信息情况
                                         第二十条第（一）项
                  信息内容           本年制发件数      本年废止件数      现行有效件数
                    规章                  2                                   4
                 行政规范性文件           6                 1                 25
        """
        let report = TestSupport.normalize(text)
        XCTAssertEqual(report.activeLines, [
            "regulations 规章: issued=2 in_force=4",
            "normative_documents 行政规范性文件: issued=6 repealed=1 in_force=25",
        ])
        XCTAssertEqual(report.findings.first?.message,
                       "Row 'regulations' (label '规章', line 5) prints 2 figures; they were placed by column position under the rows printed in full, leaving 'repealed' blank.")
    }
}
