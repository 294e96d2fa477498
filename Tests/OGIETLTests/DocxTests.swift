import XCTest
import ZIPFoundation
@testable import OGIETL
@testable import OGIFixtures
import OGISchema

/// Word .docx reports are read from their XML: tables come back as rows of cells, merged cells
/// as their HTML equivalents, paragraphs as lines, so the normalizer sees the real structure.
final class DocxTests: XCTestCase {
    private func write(_ document: DocxDocument, name: String = "report.docx") throws -> SourceFile {
        let path = try TestSupport.temporaryDirectory() + "/" + name
        try document.write(to: path)
        return SourceFile(relativePath: name, absolutePath: path)
    }

    private func text(_ document: DocxDocument) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: try write(document).absolutePath))
        return String(decoding: try DocxReader.text(of: [UInt8](data), path: "report.docx", maxBytes: .max).get(), as: UTF8.self)
    }

    private func assertEveryCell(_ fixture: ReportFixture, file: StaticString = #filePath, line: UInt = #line) throws {
        let read = SourceReader.read(try write(fixture.renderDocx()))
        XCTAssertNil(read.error, file: file, line: line)
        XCTAssertEqual(read.document?.encoding, "utf-8", file: file, line: line)
        guard let document = read.document else { return }
        fixture.assertEveryCellComesBack(TestSupport.normalizer.normalize(text: document.text), "docx \(fixture.edition.rawValue)", file: file, line: line)
    }

    func testDocxTableCellsComeBackExactly() throws {
        for seed in 1...3 {
            try assertEveryCell(.sample(edition: .edition2021, seed: seed))
            try assertEveryCell(.sample(edition: .edition2019, seed: seed))
        }
    }

    func testDocxBlankCellsStayEmpty() throws {
        var fixture = ReportFixture.sample(edition: .edition2021, seed: 7)
        fixture.applications[.carriedOver]?[2] = nil
        fixture.applications[.deniedStateSecret]?[6] = nil
        try assertEveryCell(fixture)
    }

    func testVerticallyMergedCellAppearsOnlyInItsFirstRowLikeHTMLRowspan() throws {
        let cell = { (text: String, rowspan: Int) in DocxDocument.Cell(paragraphs: [[text]], rowspan: rowspan) }
        let rows = [[cell("甲", 1), cell("乙", 2), cell("丙", 1)], [cell("1", 1), cell("3", 1)]]
        let html = "<table><tr><td>甲</td><td rowspan=2>乙</td><td>丙</td></tr><tr><td>1</td><td>3</td></tr></table>"
        let docx = try text(DocxDocument(blocks: [.table(rows, widths: [500, 500, 500])]))
        XCTAssertEqual(docx, "\n甲\t乙\t丙\n1\t3\n")
        let flattened = String(decoding: HTMLFlattener.text(of: Array(html.utf8)), as: UTF8.self)
        XCTAssertEqual(docx.split(separator: "\n"), flattened.split(separator: "\n"))
    }

    func testCellSpanningGridColumnsIsOneCellSoAFigureOnASplitGridGetsNoBlankBesideIt() throws {
        let cell = { (text: String, colspan: Int) in DocxDocument.Cell(paragraphs: [[text]], colspan: colspan) }
        let rows = [[cell("行政复议", 3), cell("总计", 2)], [cell("1", 1), cell("0", 1), cell("1", 1), cell("2", 2)]]
        XCTAssertEqual(try text(DocxDocument(blocks: [.table(rows, widths: [500, 500, 500, 400, 100])])), "\n行政复议\t总计\n1\t0\t1\t2\n")
    }

    func testRunsAndParagraphsInACellAreJoinedAndParagraphsOutsideTablesAreLines() throws {
        let wrapped = DocxDocument.Cell(paragraphs: [["5.", "要求行政机关确认或重新"], ["出具已获取信息"]])
        let document = DocxDocument(blocks: [
            .paragraph(["某局", "2022年政府信息公开", "工作年度报告"]),
            .paragraph(["一、总体情况"]),
            .table([[wrapped, DocxDocument.Cell(paragraphs: [["0"]]), DocxDocument.Cell(paragraphs: [[]])]], widths: [3000, 500, 500]),
            .paragraph(["五、存在的主要问题及改进情况"]),
        ])
        XCTAssertEqual(try text(document), "某局2022年政府信息公开工作年度报告\n一、总体情况\n\n5.要求行政机关确认或重新出具已获取信息\t0\t\n五、存在的主要问题及改进情况\n")
    }

    func testTabsBreaksTextBoxesAndDeletedOrFieldTextFollowWordsMeaning() throws {
        let xml = """
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>规章</w:t><w:tab/><w:t>2</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>\
        <w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>\
        <w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">留 下</w:t></w:r></w:p>\
        </w:body></w:document>
        """
        XCTAssertEqual(String(decoding: try DocxTextCollector.text(of: Data(xml.utf8)).get(), as: UTF8.self), "规章\t2\n第二行\n文本框\n\n留 下\n")
    }

    func testZipWithoutTheDocumentPartIsAFailedReportNamingIt() throws {
        let path = try TestSupport.temporaryDirectory() + "/empty.docx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let data = Data(DocxDocument.contentTypes.utf8)
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
        XCTAssertEqual(SourceReader.read(SourceFile(relativePath: "a/empty.docx", absolutePath: path)).error?.description,
                       "The report 'a/empty.docx' is not a readable Word document: it has no word/document.xml. Open it in Word or LibreOffice and save it again as .docx.")
    }

    func testFileThatIsNotAZipIsAFailedReportNamingIt() throws {
        let path = try TestSupport.temporaryDirectory() + "/renamed.docx"
        try Data("某局2022年政府信息公开工作年度报告".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(SourceReader.read(SourceFile(relativePath: "renamed.docx", absolutePath: path)).error?.description,
                       "The report 'renamed.docx' is not a readable Word document: it is not a zip archive. Open it in Word or LibreOffice and save it again as .docx.")
    }

    func testMalformedDocumentXMLIsAFailedReportWithTheLine() throws {
        let result = DocxTextCollector.text(of: Data("<w:document xmlns:w=\"x\">\n<w:body><w:p></w:body>".utf8))
        guard case let .failure(failure) = result else { return XCTFail("malformed XML was accepted") }
        XCTAssertEqual(failure.reason, "its word/document.xml is not well-formed XML (line 2: the document ends early or has content after its end)")
    }
}
