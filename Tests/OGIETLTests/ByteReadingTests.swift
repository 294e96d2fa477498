import Foundation
import XCTest
@testable import OGIETL

/// The byte-level readers under the tokenizer: lines, display columns and UTF-8 scalars.
final class ByteReadingTests: XCTestCase {
    private func lines(_ text: String, upTo end: Int = .max) -> [String] {
        let bytes = Array(text.utf8)
        return ByteScanning.Lines(bytes, upTo: end).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testLinesBreakAtEveryLineEndAndKeepEmptyLinesBetween() {
        XCTAssertEqual(lines("a\r\n\r\nb\u{0C}c\rd\n"), ["a", "", "b", "c", "d"])
        XCTAssertEqual(lines("a\n\n"), ["a", ""])
        XCTAssertEqual(lines(""), [])
    }

    /// Each kind of break is found ahead and remembered until passed; every mix of them, up
    /// to six bytes and at every byte limit, splits as a test of each byte would.
    func testLinesSplitEveryMixOfBreaksAsAByteByByteReading() {
        func reference(_ bytes: [UInt8], upTo limit: Int) -> [Range<Int>] {
            let end = min(limit, bytes.count)
            var lines: [Range<Int>] = []
            var start = 0
            var index = 0
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0C || byte == 0x0D {
                    lines.append(start..<index)
                    index += byte == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < end { lines.append(start..<end) }
            return lines
        }
        let alphabet: [UInt8] = [0x61, 0x0A, 0x0D, 0x0C]
        for length in 0...6 {
            for number in 0..<Int(pow(4.0, Double(length))) {
                let bytes = (0..<length).map { alphabet[number / Int(pow(4.0, Double($0))) % 4] }
                for limit in 0...length {
                    XCTAssertEqual(Array(ByteScanning.Lines(bytes, upTo: limit)), reference(bytes, upTo: limit), "\(bytes) up to \(limit)")
                }
            }
        }
    }

    func testLinesStopAtTheByteLimitWithThePartLineBeforeIt() {
        XCTAssertEqual(lines("标题\n第二行", upTo: 10), ["标题", "第"])
        XCTAssertEqual(lines("a\r\nb", upTo: 2), ["a"])
    }

    func testDisplayColumnsCountChineseTwiceAndTabsToTheNextStop() {
        let line = Array("规章\t0 \u{00A0}x行政许可 5".utf8)
        line.withUnsafeBufferPointer { buffer in
            var columns = DisplayColumns(buffer)
            XCTAssertEqual(columns.column(at: 6), 4)
            XCTAssertEqual(columns.column(at: 7), 8)
            XCTAssertEqual(columns.column(at: 12), 12)
            XCTAssertEqual(columns.center(of: 12..<24), 12 + 20)
            XCTAssertEqual(columns.column(at: line.count), 22)
            XCTAssertEqual(columns.column(at: 3), 2)
        }
    }

    /// Chinese characters are passed over three bytes at a time, which must not swallow the
    /// ideographic space (E3 80 80), NBSP or BOM that separate cells, nor a pipe after them.
    func testCellRangesSplitAtEveryWhitespaceKindBetweenChineseCharacters() {
        func cells(_ text: String) -> [String] {
            let line = Array(text.utf8)
            var ranges: [Range<Int>] = []
            LineShape.cellRanges(line, 0..<line.count, into: &ranges)
            return ranges.map { String(decoding: line[$0], as: UTF8.self) }
        }
        XCTAssertEqual(cells("行政许可\u{3000}\u{3000}12\u{00A0}\u{00A0}规章"), ["行政许可", "12", "规章"])
        XCTAssertEqual(cells("合计\u{FEFF}\u{FEFF}𠀀字 3\t\t4"), ["合计", "𠀀字 3", "", "4"])
        XCTAssertEqual(cells("| 规章 | 5 |"), ["", " 规章 ", " 5 "])
        XCTAssertEqual(cells("  其他\u{3000}对象  "), ["  其他\u{3000}对象  "])
    }

    /// The tokenizer reads each line where it lies in the report: cell ranges and columns of
    /// a line in the middle of a buffer are those of the same line alone, shifted by its start.
    func testALineReadInPlaceGivesTheCellsAndColumnsOfTheLineAlone() {
        let prefix = Array("第一行\n".utf8)
        let line = Array("| 规章 | 5 |".utf8)
        let report = prefix + line + Array("\n末行".utf8)
        let lineRange = prefix.count..<(prefix.count + line.count)
        var alone: [Range<Int>] = []
        var inPlace: [Range<Int>] = []
        LineShape.cellRanges(line, 0..<line.count, into: &alone)
        LineShape.cellRanges(report, lineRange, into: &inPlace)
        XCTAssertEqual(inPlace, alone.map { ($0.lowerBound + prefix.count)..<($0.upperBound + prefix.count) })
        XCTAssertEqual(inPlace.map { String(decoding: report[$0], as: UTF8.self) }, ["", " 规章 ", " 5 "])
        report.withUnsafeBufferPointer { buffer in
            var columns = DisplayColumns(UnsafeBufferPointer(rebasing: buffer[lineRange]), offset: prefix.count)
            XCTAssertEqual(columns.center(of: inPlace[2]), 8 + 11)
            XCTAssertEqual(columns.column(at: lineRange.upperBound), 12)
        }
    }

    func testLabelScalarsOfEveryWidthAreEncodedBackToTheSameString() {
        let text = "a\u{00E9}规\u{20000}（1）"
        XCTAssertEqual(LabelText.string(Array(text.unicodeScalars)), text)
        XCTAssertEqual(LabelText.string(Array(text.unicodeScalars)[2...3]), "规\u{20000}")
        XCTAssertEqual(LabelText.string(text.unicodeScalars.lazy.filter { $0.value > 0x7F }), "\u{00E9}规\u{20000}（）")
        XCTAssertEqual(LabelText.string([Unicode.Scalar]()), "")
    }

    func testWellFormedScalarsOfEveryWidthAreDecodedInPlace() {
        let text = "a\u{00E9}规\u{20000}（"
        var values: [UInt32] = []
        UTF8Scalars.forEach(in: text) { values.append($0) }
        XCTAssertEqual(values, text.unicodeScalars.map(\.value))
        let bytes = Array(text.utf8)
        XCTAssertEqual(UTF8Scalars.decode(bytes, at: 3, end: bytes.count)?.value, 0x89C4)
        XCTAssertEqual(UTF8Scalars.decode(bytes, at: 6, end: bytes.count)?.width, 4)
        XCTAssertNil(UTF8Scalars.decode(bytes, at: 6, end: 9))
    }

    func testByteSetHoldsExactlyTheBytesInsertedInEveryQuarterOfTheRange() {
        let members: [UInt8] = [0x00, 0x2D, 0x3F, 0x40, 0x7F, 0x80, 0xBE, 0xC0, 0xE6, 0xFF]
        let set = ByteSet(members)
        XCTAssertEqual((UInt8(0)...0xFF).filter(set.contains), members)
        XCTAssertEqual((UInt8(0)...0xFF).filter(ByteSet([]).contains), [])
    }

    /// Every byte value at every place of a run longer than two words, inside the range asked
    /// about and just outside it: only `0` to `9` inside count.
    func testADigitIsFoundAtAnyPlaceAndNoOtherByteIsTakenForOne() {
        for value in 0...255 {
            let byte = UInt8(value)
            for place in 0..<19 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 21)
                bytes[place + 1] = byte
                let isDigit = (0x30...0x39).contains(value)
                XCTAssertEqual(ByteScanning.containsDigit(bytes, 1..<20), isDigit, "byte \(value) at \(place)")
                XCTAssertFalse(ByteScanning.containsDigit(bytes, (place + 2)..<21), "byte \(value) before the range")
                XCTAssertFalse(ByteScanning.containsDigit(bytes, 0..<(place + 1)), "byte \(value) after the range")
            }
        }
        let label = Array("（三）不予公开".utf8)
        XCTAssertFalse(ByteScanning.containsDigit(label, 0..<label.count))
        XCTAssertTrue(ByteScanning.containsDigit(Array("１.属于国家秘密3".utf8), 0..<23))
        XCTAssertFalse(ByteScanning.containsDigit(Array("１.属于国家秘密3".utf8), 0..<22))
    }

    /// The listing's order: bytes compared as unsigned, a prefix first, the same as comparing
    /// the arrays element by element, for every pair of a set that holds each kind of case.
    func testByteOrderPutsAPrefixFirstAndComparesBytesAsUnsigned() {
        let paths = ["", "a", "a-b.txt", "a.txt", "a/a.txt", "a/b.txt", "B.txt", "é.md", "中文/报告.txt", "\u{7F}", "a\u{0}b"].map { Array($0.utf8) }
        for left in paths {
            for right in paths {
                XCTAssertEqual(ByteScanning.precedes(left, right), left.lexicographicallyPrecedes(right), "\(left) against \(right)")
            }
        }
        XCTAssertEqual(paths.sorted(by: ByteScanning.precedes).map { String(decoding: $0, as: UTF8.self) },
                       ["", "B.txt", "a", "a\u{0}b", "a-b.txt", "a.txt", "a/a.txt", "a/b.txt", "\u{7F}", "é.md", "中文/报告.txt"])
    }

    func testMalformedUTF8IsNotDecoded() {
        for malformed: [UInt8] in [[0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xE8, 0x41, 0x80], [0xF5, 0x80, 0x80, 0x80]] {
            XCTAssertNil(UTF8Scalars.decode(malformed, at: 0, end: malformed.count), "\(malformed)")
        }
    }

    /// The three-byte forms are decoded without the standard library's parser; on every lead,
    /// every second byte and the edge cases of the third, the answers must be the parser's.
    func testThreeByteFormsDecodeAsTheStandardParserDecodesThem() {
        func parsed(_ bytes: [UInt8]) -> (UInt32, Int)? {
            var parser = Unicode.UTF8.ForwardParser()
            var input = bytes.makeIterator()
            guard case let .valid(encoded) = parser.parseScalar(from: &input) else { return nil }
            return (Unicode.UTF8.decode(encoded).value, encoded.count)
        }
        var checked = 0
        for lead in UInt8(0xE0)...0xEF {
            for second in UInt8(0)...0xFF {
                for third: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] {
                    let bytes = [lead, second, third, 0x41]
                    let decoded = UTF8Scalars.decode(bytes, at: 0, end: bytes.count)
                    let expected = parsed(bytes)
                    XCTAssertEqual(decoded?.value, expected?.0, "\(bytes)")
                    XCTAssertEqual(decoded?.width, expected?.1, "\(bytes)")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 16 * 256 * 9)
        XCTAssertNil(UTF8Scalars.decode(Array("规".utf8), at: 0, end: 2))
    }

    /// A file is read into an Array sized from its length; a file that says it is empty but is
    /// not (as /proc files do) or that grows while it is read must still come back whole.
    func testAFileLongerThanItsStatedSizeIsReadWhole() throws {
        #if os(Linux)
        let expected: [UInt8] = CommandLine.arguments.reduce(into: []) { bytes, argument in bytes += Array(argument.utf8) + [0] }
        XCTAssertEqual(try FileContents.bytes(atPath: "/proc/self/cmdline").get(), expected)
        #else
        throw XCTSkip("/proc is Linux's")
        #endif
    }

    func testFilesOfZeroOneAndManyBytesAreReadExactly() throws {
        let directory = try TestSupport.temporaryDirectory()
        for length in [0, 1, 4_095, 70_001] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let path = directory + "/f\(length)"
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            XCTAssertEqual(try FileContents.bytes(atPath: path).get(), bytes)
        }
        guard case let .failure(failure) = FileContents.bytes(atPath: directory) else { return XCTFail("a directory was read as a file") }
        XCTAssertEqual(failure.reason, "Is a directory")
    }
}
