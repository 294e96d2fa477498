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

    func testLinesStopAtTheByteLimitWithThePartLineBeforeIt() {
        XCTAssertEqual(lines("标题\n第二行", upTo: 10), ["标题", "第"])
        XCTAssertEqual(lines("a\r\nb", upTo: 2), ["a"])
    }
}
