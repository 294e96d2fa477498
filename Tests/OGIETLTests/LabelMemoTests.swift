import XCTest
@testable import OGIETL
import OGIFixtures
import OGISchema

/// A label read once is looked up afterwards by the bytes its reading depends on, and only by those.
final class LabelMemoTests: XCTestCase {
    /// Text cells on `lines`, one per line, at the given centres; `lead` puts other text before
    /// them in the buffer, so the cells lie at other offsets.
    private func cells(_ texts: [String], lines: [Int], centers: [Int]? = nil, lead: String = "") -> CellRun {
        var list = CellList()
        if !lead.isEmpty { list.append(.text, lead, line: 1) }
        for (index, text) in texts.enumerated() { list.append(.text, text, line: lines[index], center: centers?[index] ?? 0) }
        let run = CellRun(list)
        return run.run((lead.isEmpty ? 0 : 1)..<run.count)
    }

    func testCellsThatJoinToTheSameTextAreDifferentKeys() {
        let split = LabelKey(texts: cells(["（一）予", "以公开"], lines: [1, 2]))
        XCTAssertNotEqual(split, LabelKey(texts: cells(["（一）予以", "公开"], lines: [1, 2])))
        XCTAssertNotEqual(split, LabelKey(texts: cells(["（一）予以公开"], lines: [1])))
        XCTAssertEqual(split, LabelKey(texts: cells(["（一）予", "以公开"], lines: [7, 9], lead: "其他文字")))
        // A control byte equal to a kind's code inside a text still does not look like a new cell.
        let kindCode = String(UnicodeScalar(Cell.Kind.text.rawValue))
        XCTAssertNotEqual(LabelKey(texts: cells(["予" + kindCode + "以"], lines: [1])), LabelKey(texts: cells(["予", "以"], lines: [1, 1])))
        // Nor does one followed by four zero bytes: the length before each text is what parts them.
        let zeros = String(repeating: "\u{0}", count: 4)
        XCTAssertNotEqual(LabelKey(texts: cells(["予" + kindCode + zeros + "以"], lines: [1])), LabelKey(texts: cells(["予", "以"], lines: [1, 1])))
    }

    func testAProseBreakIsNotAnEmptyTextCell() {
        var prose = CellList()
        prose.append(.prose, "", line: 1)
        var empty = CellList()
        empty.append(.text, "", line: 1)
        XCTAssertNotEqual(LabelKey(texts: CellRun(prose)), LabelKey(texts: CellRun(empty)))
    }

    /// The same label cells read as the item's own line when the figures follow on that line,
    /// and from the last heading on when the figures are printed on the line below.
    func testTheSameProactiveLabelIsReadAgainWhenItsFiguresMoveToAnotherLine() {
        let parser = ActiveDisclosureParser(labels: TestSupport.config.activeDisclosure, units: UnitSpelling(units: TestSupport.config.text.units))
        func table(figuresOnLine figureLine: Int) -> [String] {
            var list = CellList()
            list.append(.text, "第二十条第（一）项", line: 1)
            for heading in ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"] { list.append(.text, heading, line: 2) }
            list.append(.text, "1.规章", line: 3)
            for figure in ["2", "0", "4"] { list.append(.number, figure, line: figureLine) }
            return parser.parse(CellRun(list)).records.map { "\($0.item.rawValue) \($0.label)" }
        }
        XCTAssertEqual(table(figuresOnLine: 3), ["regulations 1.规章"])
        XCTAssertEqual(table(figuresOnLine: 4), ["regulations 规章"])
        XCTAssertEqual(table(figuresOnLine: 3), ["regulations 1.规章"])
    }

    func testALayoutKeyCountsLinesFromTheFirstCellAndKeepsCentresAndTheFiguresLine() {
        let heading = ["本年新", "制作数量"]
        let key = LabelKey(layout: cells(heading, lines: [5, 6], centers: [10, 12]), figureLine: 6)
        XCTAssertEqual(key, LabelKey(layout: cells(heading, lines: [15, 16], centers: [10, 12], lead: "表"), figureLine: 16))
        XCTAssertNotEqual(key, LabelKey(layout: cells(heading, lines: [5, 7], centers: [10, 12]), figureLine: 6))
        XCTAssertNotEqual(key, LabelKey(layout: cells(heading, lines: [5, 6], centers: [10, 14]), figureLine: 6))
        XCTAssertNotEqual(key, LabelKey(layout: cells(heading, lines: [5, 6], centers: [10, 12]), figureLine: 7))
        XCTAssertNotEqual(key, LabelKey(layout: cells(heading, lines: [5, 6], centers: [10, 12]), figureLine: nil))
        XCTAssertEqual(LabelKey(texts: cells(heading, lines: [5, 6], centers: [10, 12])),
                       LabelKey(texts: cells(heading, lines: [8, 8], centers: [30, 2])))
    }

    func testAMemoReadsEachLabelOnceAndStartsAgainWhenFull() {
        let memo = LabelMemo<String>(capacity: 2)
        var reads: [String] = []
        func value(_ text: String) -> String {
            memo.value(for: LabelKey(texts: cells([text], lines: [1]))) {
                reads.append(text)
                return "read " + text
            }
        }
        XCTAssertEqual([value("甲"), value("甲"), value("乙")], ["read 甲", "read 甲", "read 乙"])
        XCTAssertEqual(reads, ["甲", "乙"])
        XCTAssertEqual(memo.count, 2)
        XCTAssertEqual(value("丙"), "read 丙")
        XCTAssertEqual(memo.count, 1)
        XCTAssertEqual(value("甲"), "read 甲")
        XCTAssertEqual(reads, ["甲", "乙", "丙", "甲"])
    }

    func testAKeyTooLongToBeALabelIsReadEveryTime() {
        let memo = LabelMemo<Int>()
        let key = LabelKey(texts: cells([String(repeating: "说明", count: LabelKey.longestRemembered / 6 + 1)], lines: [1]))
        var reads = 0
        for _ in 0..<2 { _ = memo.value(for: key) { reads += 1; return reads } }
        XCTAssertEqual(reads, 2)
        XCTAssertEqual(memo.count, 0)
    }

    /// The second table's labels come from the memo; its findings still name its own lines.
    func testALabelSeenBeforeIsReportedAtItsOwnLine() {
        let parser = ApplicationsParser(labels: TestSupport.config.applications)
        func table(at line: Int) -> TableReading<ApplicationRecord> {
            var list = CellList()
            list.append(.text, "一、本年新收政府信息公开申请数量", line: line)
            for figure in ["3", "0", "1", "0", "0", "0", "4"] { list.append(.number, figure, line: line) }
            list.append(.text, "（八）会议纪要", line: line + 1)
            for figure in ["1", "0", "0", "0", "0", "0", "1"] { list.append(.number, figure, line: line + 1) }
            return parser.parse(CellRun(list))
        }
        for line in [3, 40] {
            let reading = table(at: line)
            XCTAssertEqual(reading.records.map(\.row), [.newReceived])
            XCTAssertEqual(reading.records.first?.label, "一、本年新收政府信息公开申请数量")
            XCTAssertEqual(reading.records.first?.values, ["3", "0", "1", "0", "0", "0", "4"])
            XCTAssertEqual(reading.findings.map(\.message), [
                "The row labelled '（八）会议纪要' at line \(line + 1) matches no row of the applications table, so its figures [1 0 0 0 0 0 1] were not read; if it is a label variant, add it to pipeline.json.",
            ])
        }
        XCTAssertEqual(parser.labelReading(of: RowChunk(labelCells: cells(["（八）会议纪要"], lines: [1]), values: CellRun())),
                       .unrecognised(label: "（八）会议纪要"))
    }

    /// Every layout of both templates and the real samples, read one after another by one
    /// normalizer and one line memo that fill up as they go, and each by a normalizer of its own.
    func testANormalizerThatHasReadOtherReportsReadsEachAsAFreshOneDoes() throws {
        var texts: [(name: String, bytes: [UInt8])] = []
        for edition in [TemplateEdition.edition2021, .edition2019] {
            for seed in 1...3 {
                for rendering in ReportFixture.sample(edition: edition, seed: seed).renderAll() {
                    let bytes = Array(rendering.text.utf8)
                    texts.append(("\(edition.rawValue) \(seed) \(rendering.layout)",
                                  rendering.fileExtension == "html" ? HTMLFlattener.text(of: bytes) : bytes))
                }
            }
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.samplesPath).sorted() {
            texts.append((name, Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.samplesPath + "/" + name)))))
        }
        let shared = ReportNormalizer(config: TestSupport.config)
        var lines = LineMemo()
        for _ in 0..<2 {
            for text in texts {
                XCTAssertEqual(shared.normalize(text: text.bytes, lines: &lines), ReportNormalizer(config: TestSupport.config).normalize(text: text.bytes), text.name)
            }
        }
        XCTAssertGreaterThan(lines.count, 0)
    }
}
