import XCTest
@testable import OGIETL
@testable import OGIFixtures

/// Reports arrive in the encodings Chinese offices save in; each must read exactly as its
/// UTF-8 original, with the encoding recorded. Encoded copies are made by the system iconv.
final class EncodingTests: XCTestCase {
    private func encoded(_ sample: String, to encoding: String, prefix: [UInt8] = []) throws -> String {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory + "/" + sample
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding, TestSupport.samplesPath + "/" + sample]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try Data(prefix + [UInt8](data)).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func read(_ path: String) -> (report: NormalizedReport?, encoding: String?, error: ETLError?) {
        let read = SourceReader.read(SourceFile(relativePath: (path as NSString).lastPathComponent, absolutePath: path))
        return (read.document.map { TestSupport.normalizer.normalize(text: $0.text) }, read.document?.encoding, read.error)
    }

    private func assertSameCells(_ path: String, encoding: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let original = TestSupport.normalizer.normalize(text: try TestSupport.sampleText("000_ec8c00aafa0c72de.txt"))
        let (report, detected, error) = read(path)
        XCTAssertNil(error, file: file, line: line)
        XCTAssertEqual(detected, encoding, file: file, line: line)
        XCTAssertEqual(report?.title, original.title, file: file, line: line)
        XCTAssertEqual(report?.activeLines, original.activeLines, file: file, line: line)
        XCTAssertEqual(report?.applicationLines, original.applicationLines, file: file, line: line)
        XCTAssertEqual(report?.reviewLines, original.reviewLines, file: file, line: line)
    }

    func testGB18030ReportReadsLikeItsUTF8Original() throws {
        try assertSameCells(try encoded("000_ec8c00aafa0c72de.txt", to: "GB18030"), encoding: "gb18030")
    }

    func testUTF16WithByteOrderMarksReadLikeTheUTF8Original() throws {
        try assertSameCells(try encoded("000_ec8c00aafa0c72de.txt", to: "UTF-16LE", prefix: [0xFF, 0xFE]), encoding: "utf-16le")
        try assertSameCells(try encoded("000_ec8c00aafa0c72de.txt", to: "UTF-16BE", prefix: [0xFE, 0xFF]), encoding: "utf-16be")
    }

    func testUTF8WithByteOrderMarkAndCRLFLineEnds() throws {
        let text = String(decoding: try TestSupport.sampleText("000_ec8c00aafa0c72de.txt"), as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        let path = try TestSupport.temporaryDirectory() + "/crlf.txt"
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        try assertSameCells(path, encoding: "utf-8-bom")
    }

    func testBytesThatFitNoEncodingFailWithTheirOffset() throws {
        let path = try TestSupport.temporaryDirectory() + "/garbage.txt"
        try Data([0x41, 0x42, 0xFF, 0xFF, 0x43]).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(read(path).error?.description,
                       "The report 'garbage.txt' is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030 (first undecodable byte at offset 2). Convert it to UTF-8.")
    }

    /// Chinese characters are checked in one step; on every three-byte lead, every second
    /// byte and the edge cases of the third, the check must agree with `String(validating:)`.
    func testUTF8CheckAgreesWithTheStandardLibraryOnEveryThreeByteForm() {
        var checked = 0
        for lead in UInt8(0xE0)...0xEF {
            for second in UInt8(0)...0xFF {
                for third: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] {
                    let bytes: [UInt8] = [0x41, lead, second, third, 0x41]
                    let valid = String(validating: bytes, as: UTF8.self) != nil
                    XCTAssertEqual(TextDecoder.firstInvalidUTF8(bytes), valid ? nil : 1, "\(bytes)")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 16 * 256 * 9)
    }

    /// ASCII is passed over 32 and 8 bytes at a time; a stray byte is found at every offset of
    /// a long run of markup, and a character that ends the run is never passed over with it.
    func testUTF8CheckFindsAStrayByteAtEveryOffsetOfAnASCIIRun() {
        let markup = Array(String(repeating: "<td style=\"x\">", count: 8).utf8)
        for offset in markup.indices {
            var stray = markup
            stray[offset] = 0xFF
            XCTAssertEqual(TextDecoder.firstInvalidUTF8(stray), offset, "0xFF at \(offset)")
            var cut = markup
            cut[offset] = 0xE8
            XCTAssertEqual(TextDecoder.firstInvalidUTF8(cut), offset, "a lone lead byte at \(offset)")
            let character = Array(markup[..<offset]) + Array("规".utf8) + Array(markup[offset...])
            XCTAssertNil(TextDecoder.firstInvalidUTF8(character), "a character at \(offset)")
        }
    }

    /// A run of Chinese is taken a character at a time: a flaw is found at every character of
    /// it, and the forms of three bytes with a restricted second byte are still checked in it.
    func testUTF8CheckFindsAFlawAtEveryCharacterOfARunOfChinese() {
        let run = Array(String(repeating: "政府信息公开", count: 6).utf8)
        let flaws: [[UInt8]] = [[0xFF], [0xE5, 0xBC], [0xE5, 0x41, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80]]
        for offset in stride(from: 0, through: run.count, by: 3) {
            for flaw in flaws {
                var bytes = run
                bytes.insert(contentsOf: flaw, at: offset)
                XCTAssertEqual(TextDecoder.firstInvalidUTF8(bytes), offset, "\(flaw) at \(offset)")
            }
            var valid = run
            valid.insert(contentsOf: Array("한ࠀ".utf8), at: offset)
            XCTAssertNil(TextDecoder.firstInvalidUTF8(valid), "U+D55C and U+0800 at \(offset)")
        }
    }

    func testUTF8IsNeverMistakenForUTF16WithoutAMark() {
        let bytes = Array("规章\t0\t0\t3\n".utf8)
        guard case let .success(decoded) = TextDecoder.decode(bytes) else { return XCTFail("UTF-8 was refused") }
        XCTAssertEqual(decoded.encoding, "utf-8")
        XCTAssertEqual(decoded.utf8, bytes)
    }

    /// The page converted to GBK by the system iconv, with its `<meta>` declaring `declaration`.
    private func gbkPage(_ fixture: ReportFixture, declaring declaration: String) throws -> String {
        let html = fixture.renderHTML().replacingOccurrences(of: "<meta charset=\"utf-8\">", with: declaration)
        let directory = try TestSupport.temporaryDirectory()
        try Data(html.utf8).write(to: URL(fileURLWithPath: directory + "/utf8.html"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GBK", directory + "/utf8.html"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        try data.write(to: URL(fileURLWithPath: directory + "/page.htm"))
        return directory + "/page.htm"
    }

    func testGBKPagesDeclaringTheirCharsetInMetaReturnEveryCell() throws {
        let fixture = ReportFixture.sample(edition: .edition2021, seed: 41)
        for declaration in ["<meta charset=gbk>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"] {
            let (report, encoding, error) = read(try gbkPage(fixture, declaring: declaration))
            XCTAssertNil(error, declaration)
            XCTAssertEqual(encoding, "gb18030", declaration)
            guard let report else { continue }
            XCTAssertEqual(report.title, fixture.title, declaration)
            fixture.assertEveryCellComesBack(report, "gbk html \(declaration)")
        }
    }
}
