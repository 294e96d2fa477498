import XCTest
@testable import OGIETL

/// How single cells and lines are read, whatever the layout.
final class CellReadingTests: XCTestCase {
    private func canonical(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return NumberSpelling.canonical(bytes, 0..<bytes.count)
    }

    private func cells(_ text: String) -> [String] {
        let cells = CellTokenizer(options: TestSupport.config.text).cells(of: Array(text.utf8))
        return cells.map { cell in
            switch cell.kind {
            case .number: return "#\(cells.string(of: cell))"
            case .blank: return "_"
            case .text: return cells.string(of: cell)
            case .prose: return "…"
            }
        }
    }

    func testFiguresKeepTheirPrintedDigits() {
        XCTAssertEqual(canonical("71.8526"), "71.8526")
        XCTAssertEqual(canonical("7.50"), "7.50")
        XCTAssertEqual(canonical("-18"), "-18")
        XCTAssertEqual(canonical("+3"), "3")
        XCTAssertEqual(canonical("1,234,567"), "1234567")
        XCTAssertEqual(canonical("１２３"), "123")
        XCTAssertEqual(canonical("24252.311082"), "24252.311082")
    }

    func testFullWidthSignsPointsAndLongFiguresAreSpelledInASCII() {
        XCTAssertEqual(canonical("－１２"), "-12")
        XCTAssertEqual(canonical("＋７"), "7")
        XCTAssertEqual(canonical("1,234．5"), "1234.5")
        XCTAssertEqual(canonical("１２３４５６７８９"), "123456789")
        XCTAssertEqual(canonical("-12,345,678,901.25"), "-12345678901.25")
        XCTAssertNil(canonical("1,2345"))
        XCTAssertNil(canonical("１２３４５６７８９项"))
    }

    func testRowChunksIndexTheirCellsFromZeroAndLeaveOutEmptyCellsBetweenLabels() {
        var list = CellList()
        for (kind, text, line) in [(Cell.Kind.text, "申请", 1), (.blank, "", 1), (.text, "情况", 2), (.number, "1", 2),
                                   (.number, "2", 2), (.text, "其他", 3), (.number, "3", 3)] {
            list.append(kind, text, line: line)
        }
        let cells = CellRun(list)
        let chunks = RowChunk.chunks(of: cells)
        XCTAssertEqual(chunks.count, 2)
        XCTAssertEqual(chunks[0].labelCells.map(cells.string(of:)), ["申请", "情况"])
        XCTAssertEqual(chunks[0].label.text, "申请情况")
        XCTAssertEqual(chunks[0].values.indices, 0..<2)
        XCTAssertEqual(chunks[0].values.string(of: chunks[0].values[1]), "2")
        XCTAssertEqual(chunks[0].figures(3), ["1", "2", nil])
        XCTAssertEqual(chunks[1].labelCells.map(cells.string(of:)), ["其他"])
        XCTAssertEqual(chunks[1].values.map(cells.string(of:)), ["3"])
        XCTAssertEqual(chunks[1].values[0].line, 3)
    }

    func testTextThatMerelyContainsDigitsIsNotAFigure() {
        XCTAssertNil(canonical("1."))
        XCTAssertNil(canonical("2022年"))
        XCTAssertNil(canonical("1,23"))
        XCTAssertNil(canonical("3.5.1"))
        XCTAssertNil(canonical(""))
    }

    func testTabsPipesAndRunsOfSpacesSeparateCellsButSingleSpacesDoNot() {
        XCTAssertEqual(cells("规章\t0\t\t3"), ["规章", "#0", "_", "#3"])
        XCTAssertEqual(cells("| 规章 | 0 |  | 3 |"), ["规章", "#0", "_", "#3"])
        XCTAssertEqual(cells("   三、本 年度办 理结果    (一) 予以公开      5    1"), ["三、本 年度办 理结果", "(一) 予以公开", "#5", "#1"])
        XCTAssertEqual(cells("规章 0 0 3"), ["规章", "#0", "#0", "#3"])
    }

    func testConverterDebrisAroundFiguresIsRemoved() {
        XCTAssertEqual(cells("\t[bookmark: _GoBack]0\n\t\u{3000}0\n\t\u{00A0} 0\n0\u{00A0}\u{00A0} "), ["#0", "#0", "#0", "#0"])
    }

    func testBlankMarkersAreEmptyCellsNotZeros() {
        XCTAssertEqual(cells("行政许可\t-\t/\t无\t—"), ["行政许可", "_", "_", "_", "_"])
    }

    func testRuledLinesAndPageNumbersAreNotCells() {
        XCTAssertEqual(cells("--------\t----\t---------\n|---|:---:|\n                  - 3 -\n第 4 页\n\u{0C}规章  1"), ["规章", "#1"])
    }

    /// Lines of figures alone are passed over without the patterns, because every configured
    /// pattern needs a character that is not a digit; a pattern of digits alone still applies.
    func testALineOfFiguresIsPageFurnitureOnlyWhenAPatternIsDigitsAlone() {
        XCTAssertEqual(cells("12\n3 / 12\n第 4 页\n7"), ["#12", "#7"])
        var options = TestSupport.config.text
        options.pageFurniture = ["#"]
        let tokenized = CellTokenizer(options: options).cells(of: Array("12\n规章 3\n 4 5 ".utf8))
        XCTAssertEqual(tokenized.map { tokenized.string(of: $0) }, ["规章", "3"])
    }

    func testEveryKindOfWhitespaceIsTrimmedFromEitherEndOfACell() {
        XCTAssertEqual(cells("\u{FEFF}\u{3000}规章\u{00A0}\t0\u{3000}\t\u{00A0}3\u{FEFF}"), ["规章", "#0", "#3"])
        XCTAssertEqual(cells("规章 \u{3000}\u{00A0}\u{FEFF}"), ["规章"])
        XCTAssertEqual(cells("收费0\u{00A0}"), ["收费", "#0"])
    }

    func testALineIsAPipeRowWhenItStartsWithAPipeOrHoldsTwo() {
        func isPipeRow(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(LineShape.isPipeRow) }
        XCTAssertTrue(isPipeRow("\u{3000} |规章"))
        XCTAssertTrue(isPipeRow("规章 | 0 | 3"))
        XCTAssertFalse(isPipeRow("规章 | 0"))
        XCTAssertFalse(isPipeRow(" \t\u{00A0}"))
        XCTAssertEqual(cells("规章 | 0"), ["规章 |", "#0"])
    }

    func testCRLFAndLoneCRBreakLines() {
        XCTAssertEqual(CellTokenizer(options: TestSupport.config.text).cells(of: Array("a\r\nb\rc\nd\u{0C}e\n\r\nf".utf8)).map(\.line), [1, 2, 3, 4, 5, 7])
    }

    func testDigitsGluedToALabelAreCutOffAsAFigure() {
        XCTAssertEqual(cells("一、本年新收政府信息公开申请数量713000074"), ["一、本年新收政府信息公开申请数量", "#713000074"])
        XCTAssertEqual(cells("数量 713000074二、上年结转"), ["数量", "#713000074", "二、上年结转"])
        XCTAssertEqual(cells("规章000"), ["规章", "#000"])
        XCTAssertEqual(cells("行政事业性收费71.8526"), ["行政事业性收费", "#71.8526"])
    }

    func testTheNextRowsNumberingStuckToTheDigitsStartsTheNextLabel() {
        let tokens = CellTokenizer(options: TestSupport.config.text).cells(of: Array("相关政府信息3700000372.没有现成信息需要另行制作".utf8))
        XCTAssertEqual(tokens.map(tokens.string(of:)), ["相关政府信息", "3700000372", "2.没有现成信息需要另行制作"])
        XCTAssertEqual(tokens.map(\.sharedDigits), [0, 1, 0])
        XCTAssertEqual(tokens.map(\.isGlued), [false, true, false])
    }

    /// A unit is read only at the end of a cell, wherever the spaces fall; a glued run is cut
    /// only before a numbering mark, of either kind, and not before other text.
    func testUnitsEndTheCellAndGluedRunsEndAtANumberingMark() {
        let priced = CellTokenizer(options: TestSupport.config.text).cells(of: Array("行政事业性收费 251000 元 ".utf8))
        XCTAssertEqual(priced.map(priced.string(of:)), ["行政事业性收费", "251000"])
        XCTAssertEqual(priced.last.flatMap(priced.unit(of:)), "元")
        XCTAssertEqual(cells("收费251000元整"), ["收费251000元整"])
        XCTAssertEqual(cells("数量713000074二、上年结转"), ["数量", "#713000074", "二、上年结转"])
        XCTAssertEqual(cells("数量713000074（一）办理"), ["数量", "#713000074", "（一）办理"])
        XCTAssertEqual(cells("数量713000074件办理"), ["数量713000074件办理"])
    }

    func testDigitsInProseAndRowNumberingAreNotGluedFigures() {
        XCTAssertEqual(cells("全年通过政府网站主动公开政府信息262条"), ["全年通过政府网站主动公开政府信息262条"])
        XCTAssertEqual(cells("（三）不予公开1.属于国家秘密"), ["（三）不予公开1.属于国家秘密"])
        XCTAssertEqual(cells("计划2024年组织专题培训2次。"), ["计划2024年组织专题培训2次。"])
        XCTAssertEqual(cells("规章 0 0 3"), ["规章", "#0", "#0", "#3"])
    }

    func testMalformedUTF8IsReadAsAReplacementCharacterBeforeCellsAreKeyed() {
        let heading = "某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        let text = Array((heading + "规").utf8) + [0xE8] + Array("章\t4\t1\t9\n".utf8)
        let report = ReportNormalizer(config: TestSupport.config).normalize(text: text)
        XCTAssertEqual(report.activeLines, ["regulations 规\u{FFFD}章: issued=4 repealed=1 in_force=9"])
    }

    func testEveryCellOfAReportSharesOneTextBuffer() {
        let cells = CellTokenizer(options: TestSupport.config.text).cells(of: Array("规章\t１２\t-\n收费 251000元".utf8))
        XCTAssertEqual(cells.map(\.textRange), [0..<6, 6..<8, 8..<9, 9..<15, 15..<21])
        XCTAssertEqual(cells.map(\.kind), [.text, .number, .blank, .text, .number])
        XCTAssertEqual(String(decoding: cells.text, as: UTF8.self), "规章12-收费251000元")
        XCTAssertEqual(cells.unit(of: cells[4]), "元")
        XCTAssertEqual(cells.printed(cells[4]), "251000元")
        XCTAssertEqual(cells.run(3..<5).map(cells.string(of:)), ["收费", "251000"])
    }

    func testCellIsAPlainValueOfThirtyTwoBytes() {
        XCTAssertEqual(MemoryLayout<Cell>.stride, 32)
        XCTAssertTrue(_isPOD(Cell.self))
    }
}
