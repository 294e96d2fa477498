import XCTest
@testable import OGIETL
import OGISchema

/// Rows are recognised by their own label, however a converter broke or decorated it.
final class LabelMatchingTests: XCTestCase {
    private let matcher = LabelMatcher(TestSupport.config.applications.rows.map { ($0.row, $0.labels) })

    private func row(_ printed: String) -> ApplicationRow? {
        let blob = LabelBlob(text: printed)
        return blob.segments().reversed().lazy.compactMap { segment in
            var key: [UInt32] = []
            segment.appendKey(to: &key)
            return self.matcher.bestMatch(for: key)
        }.first
    }

    func testALabelsKeyIsItsIdeographsInOrderWithTheirDisplayPositions() {
        let blob = LabelBlob(text: "（一）本年 制发件数 2")
        let ideographs = Array("一本年制发件数".unicodeScalars.map(\.value))
        XCTAssertEqual(blob.key(), ideographs)
        XCTAssertEqual(blob.keyWithPositions().key, ideographs)
        XCTAssertEqual(blob.keyWithPositions().positions, [1, 3, 4, 5, 6, 7, 8])
    }

    func testTheLastNumberedPieceIsTheRowsOwnLabel() {
        XCTAssertEqual(row("三、本年度办理结果（一）予以公开"), .granted)
        XCTAssertEqual(row("（三）不予公开1.属于国家秘密"), .deniedStateSecret)
        XCTAssertEqual(row("情形，不计其他情形）（三）不予公开1.属于国家秘密"), .deniedStateSecret)
    }

    func testOtherAloneIsTheThirdSubRowButOtherHandlingIsThe2019Row() {
        XCTAssertEqual(row("（六）其他处理3.其他"), .otherOther)
        XCTAssertEqual(row("(六) 其他处理"), .otherTotal)
        XCTAssertEqual(row("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), .otherNoCorrection)
    }

    func testWrappedAndMisspeltLabelsStillMatch() {
        XCTAssertEqual(row("5.要求行政机关确认或重新"), .notProcessedConfirmation)
        XCTAssertEqual(row("1.申请人无正当理由逾期不补"), .otherNoCorrection)
        XCTAssertEqual(row("2.其他法律行政止公开"), .deniedProhibitedByLaw)
        XCTAssertEqual(row("(三) 不予公 开\t1.属于国家秘密"), .deniedStateSecret)
    }

    func testALabelIsCutBeforeEveryNumberingMarkKeepingTheTextBeforeTheFirst() {
        XCTAssertEqual(LabelBlob(text: "申请情况三、本年度办理结果（一）予以公开").segments().map(\.printed),
                       ["申请情况", "三、本年度办理结果", "（一）予以公开"])
        XCTAssertEqual(LabelBlob(text: "（三）不予公开1.属于国家秘密").segments().map(\.printed), ["（三）不予公开", "1.属于国家秘密"])
        XCTAssertEqual(LabelBlob(text: "（一）").segments().map(\.printed), ["（一）"])
        XCTAssertEqual(LabelBlob(text: "").segments().count, 0)
    }

    func testNumberingMarksAreNotFoundInsideOrdinaryWords() {
        XCTAssertEqual(LabelBlob(text: "3.危及“三安全一稳定”").segments().count, 1)
        XCTAssertEqual(LabelBlob(text: "（本列数据的勾稽关系为：第一项加第二项之和）").segments().count, 1)
        XCTAssertEqual(LabelBlob(text: "一、本年新收政府信息公开申请数量").segments().map(\.printed), ["一、本年新收政府信息公开申请数量"])
    }

    /// Labels spelled exactly are answered from a table worked out when the matcher is made;
    /// every configured spelling must come back as its own row there.
    func testEveryConfiguredSpellingIsAnsweredAsItsOwnRow() {
        for entry in TestSupport.config.applications.rows {
            for label in entry.labels {
                XCTAssertEqual(matcher.bestMatch(for: LabelText.matchKey(of: label)), entry.row, label)
            }
        }
    }

    /// The exact answers are found by a hash folded from the characters: two keys with the
    /// same characters, held in different arrays, must hash alike or the table is missed.
    func testAnExactKeyHashesByItsCharactersAlone() {
        typealias Key = LabelMatcher<ApplicationRow>.ExactKey
        for entry in TestSupport.config.applications.rows {
            for label in entry.labels {
                let key = LabelText.matchKey(of: label)
                var copy = key
                copy.reserveCapacity(key.count * 2)
                XCTAssertEqual(Key(key).hashValue, Key(copy).hashValue, label)
                XCTAssertEqual(Key(key), Key(copy), label)
                XCTAssertNotEqual(Key(key), Key(key + [0x4E00]), label)
            }
        }
    }

    /// Text after the last row's figures (a note, a signature) has no figures of its own: it
    /// is neither a row nor an unrecognised one, and the row before it is read whole.
    func testTextAfterTheLastRowOfTheRequestsTableIsNeitherARowNorAFinding() {
        var list = CellList()
        list.append(.text, "一、本年新收政府信息公开申请数量", line: 1)
        for (offset, figure) in ["3", "0", "1", "0", "0", "0", "4"].enumerated() { list.append(.number, figure, line: 1, center: offset) }
        list.append(.text, "注：本表由办公室填报", line: 2)
        let reading = ApplicationsParser(labels: TestSupport.config.applications).parse(CellRun(list))
        XCTAssertEqual(reading.records.map(\.row), [.newReceived])
        XCTAssertEqual(reading.records.first?.values, ["3", "0", "1", "0", "0", "0", "4"])
        XCTAssertEqual(reading.findings.map(\.rule), [])
    }

    /// Rows printed out of the template's order are put back in it; the figures go with them.
    func testRequestsRowsPrintedOutOfOrderAreReadInTheTemplatesOrder() {
        var list = CellList()
        let rows = [("（一）予以公开", "5"), ("二、上年结转政府信息公开申请数量", "1"), ("一、本年新收政府信息公开申请数量", "9")]
        for (line, (label, total)) in rows.enumerated() {
            list.append(.text, label, line: line + 1)
            for figure in ["0", "0", "0", "0", "0", "0", total] { list.append(.number, figure, line: line + 1) }
        }
        let reading = ApplicationsParser(labels: TestSupport.config.applications).parse(CellRun(list))
        XCTAssertEqual(reading.records.map(\.row), [.newReceived, .carriedOver, .granted])
        XCTAssertEqual(reading.records.map { $0.values.last ?? nil }, ["9", "1", "5"])
        let inOrder = reading.records
        XCTAssertEqual(ApplicationsParser.inTemplateOrder(inOrder).map(\.row), [.newReceived, .carriedOver, .granted])
    }

    func testUnknownLabelMatchesNothing() {
        XCTAssertNil(row("（八）会议纪要"))
    }

    /// 刀 (U+5200) and 一 (U+4E00) share their low ten bits, so their phrases share a group:
    /// each position must still take the longest phrase that starts with its own character.
    func testPhraseFinderTakesTheLongestPhraseAtEachPositionAmongCharactersThatShareAGroup() {
        let finder = PhraseFinder([(1, ["一二三"]), (2, ["一二"]), (3, ["刀"]), (4, ["刀口"])])
        let hits = finder.hits(in: LabelText.matchKey(of: "刀口一二三，一二 刀"))
        XCTAssertEqual(hits.map(\.code), [4, 1, 2, 3])
        XCTAssertEqual(hits.map(\.range), [0..<2, 2..<5, 5..<7, 7..<8])
        XCTAssertTrue(finder.hits(in: LabelText.matchKey(of: "二三口")).isEmpty)
    }
}
