import XCTest
@testable import OGIETL

/// A line the tokenizer has read before gives exactly the cells reading it again would.
final class LineMemoTests: XCTestCase {
    private let tokenizer = CellTokenizer(options: TestSupport.config.text)

    /// Lines of every kind the tokenizer tells apart: tab and pipe rows, `pdftotext` columns,
    /// figures with units or glued to their label, blank markers, a span to strip, page
    /// furniture, a ruled line, a prose paragraph too long to be remembered.
    private let lines = [
        "二、主动公开政府信息情况",
        "规章\t2\t0\t4",
        "| 行政规范性文件 | 6 | - | 25 |",
        "        行政事业性收费                              12.8",
        "行政事业性收费\t251000元",
        "（一）予以公开数量713000074",
        "\t[bookmark: _GoBack]3",
        "- 3 -",
        "------------------",
        "规章 0 0 3",
        "",
        String(repeating: "本机关坚持以公开为常态、不公开为例外。", count: 12),
    ]

    private func assertSameCells(_ remembered: CellRun, _ read: CellRun, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Array(remembered), Array(read), file: file, line: line)
        XCTAssertEqual(remembered.text, read.text, file: file, line: line)
    }

    func testALineReadBeforeGivesTheCellsReadingItAgainWould() {
        var memo = LineMemo()
        let first = Array(lines.joined(separator: "\n").utf8)
        assertSameCells(tokenizer.cells(of: first, lines: &memo), tokenizer.cells(of: first))
        XCTAssertEqual(memo.count, lines.count - 1)
        // The same lines in another order, lower down, each twice: all but the prose come back
        // from the memo, on their own line numbers.
        let second = Array((["某局2023年报告", "说明"] + lines.reversed().flatMap { [$0, $0] }).joined(separator: "\r\n").utf8)
        let remembered = tokenizer.cells(of: second, lines: &memo)
        assertSameCells(remembered, tokenizer.cells(of: second))
        XCTAssertEqual(memo.count, lines.count + 1)
        XCTAssertEqual(remembered.filter { $0.kind == .number }.map(\.line), [7, 7, 7, 8, 8, 8, 13, 14, 15, 16, 17, 18, 19, 20, 21, 21, 22, 22, 23, 23, 23, 24, 24, 24])
    }

    func testAMemoThatIsFullStartsAgainAndStillReadsEveryLine() {
        var memo = LineMemo()
        let rows = (0...LineMemo.capacity).map { "规章\t\($0)\t0\t4" }
        let text = Array(rows.joined(separator: "\n").utf8)
        assertSameCells(tokenizer.cells(of: text, lines: &memo), tokenizer.cells(of: text))
        XCTAssertEqual(memo.count, 1)
        // The line remembered after emptying is found again, not added twice.
        let last = Array(rows[rows.count - 1].utf8)
        assertSameCells(tokenizer.cells(of: last, lines: &memo), tokenizer.cells(of: last))
        XCTAssertEqual(memo.count, 1)
        assertSameCells(tokenizer.cells(of: text, lines: &memo), tokenizer.cells(of: text))
        XCTAssertEqual(memo.count, 2)
    }

    func testAMemoForOneReportRemembersNothing() {
        var memo = LineMemo.none
        let text = Array("规章\t2\t0\t4\n规章\t2\t0\t4".utf8)
        assertSameCells(tokenizer.cells(of: text, lines: &memo), tokenizer.cells(of: text))
        XCTAssertEqual(memo.count, 0)
    }

    func testLinesThatDifferInOneByteAreDifferentLines() {
        var memo = LineMemo()
        for row in ["规章\t2\t0\t4", "规章\t2\t0\t5", "规章\t2\t0\t4 ", "规章\t2\t0", "规章 2\t0\t4"] {
            let text = Array(row.utf8)
            assertSameCells(tokenizer.cells(of: text, lines: &memo), tokenizer.cells(of: text))
        }
        XCTAssertEqual(memo.count, 5)
    }
}
