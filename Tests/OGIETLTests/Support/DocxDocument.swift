import Foundation
import ZIPFoundation

/// A minimal Word document built in memory: the three parts Word and LibreOffice need
/// (`[Content_Types].xml`, `_rels/.rels`, `word/document.xml`). Tables are described as HTML
/// describes them (colspan, rowspan, merged cells absent from later rows) and written as Word
/// writes them: `w:gridSpan`, and `w:vMerge` restart/continuation cells in every merged row.
struct DocxDocument {
    /// One paragraph: its runs, each a separate `w:r`, as Word splits text at every formatting
    /// or proofing change.
    typealias Paragraph = [String]

    struct Cell {
        var paragraphs: [Paragraph]
        var colspan = 1
        var rowspan = 1
    }

    enum Block {
        case paragraph(Paragraph)
        /// Rows of cells and the width of each grid column in twips (LibreOffice lays the
        /// table out, and so wraps labels, by these).
        case table([[Cell]], widths: [Int])
    }

    var blocks: [Block] = []

    func write(to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in [("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.relationships), ("word/document.xml", documentXML())] {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    func documentXML() -> String {
        let body = blocks.map { block -> String in
            switch block {
            case let .paragraph(runs): return Self.paragraph(runs)
            case let .table(rows, widths): return Self.table(rows, widths: widths)
            }
        }
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body.joined())<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Runs in 宋体 with East Asian fonts declared, plus the proofing and bookmark marks real
    /// Word files scatter between runs.
    static func paragraph(_ runs: Paragraph) -> String {
        let body = runs.enumerated().map { index, text in
            let mark = index == 1 ? "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"\(index)\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"\(index)\"/>" : ""
            return mark + "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"21\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        }
        return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(body.joined())</w:p>"
    }

    /// Places each cell on the grid, inserting the continuation cells Word prints for every
    /// row a rowspan covers.
    static func table(_ rows: [[Cell]], widths: [Int]) -> String {
        var covering: [Int: (rows: Int, span: Int)] = [:]
        var xmlRows: [String] = []
        for row in rows {
            var column = 0
            var cells: [String] = []
            func continueMerges() {
                while let merge = covering[column] {
                    let width = widths[column..<min(widths.count, column + merge.span)].reduce(0, +)
                    cells.append(cell([[]], span: merge.span, width: width, merge: "<w:vMerge/>"))
                    covering[column] = merge.rows > 1 ? (merge.rows - 1, merge.span) : nil
                    column += merge.span
                }
            }
            for entry in row {
                continueMerges()
                if entry.rowspan > 1 { covering[column] = (entry.rowspan - 1, entry.colspan) }
                let width = widths[column..<min(widths.count, column + entry.colspan)].reduce(0, +)
                cells.append(cell(entry.paragraphs, span: entry.colspan, width: width, merge: entry.rowspan > 1 ? "<w:vMerge w:val=\"restart\"/>" : ""))
                column += entry.colspan
            }
            continueMerges()
            xmlRows.append("<w:tr>\(cells.joined())</w:tr>")
        }
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>\(borders)</w:tblBorders></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(xmlRows.joined())</w:tbl>"
    }

    private static func cell(_ paragraphs: [Paragraph], span: Int, width: Int, merge: String) -> String {
        let gridSpan = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>" + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")
        let content = paragraphs.isEmpty ? [[]] : paragraphs
        return "<w:tc><w:tcPr>\(gridSpan)\(merge)<w:vAlign w:val=\"center\"/></w:tcPr>\(content.map(paragraph).joined())</w:tc>"
    }

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
    """

    static let relationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """
}
