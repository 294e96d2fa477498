import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams WordprocessingML into the shape `HTMLFlattener` gives a web page: a line per
/// paragraph outside tables, a line per table row with a tab between cells. A `w:vMerge`
/// continuation is left out, as HTML leaves out the rows a rowspan covers. A `w:gridSpan` cell
/// is one cell, unlike HTML's colspan, which is padded with empty cells: Word splits grid
/// columns wherever borders in other rows do not line up (a .doc saved again does it to the
/// appeals table), so a figure spanning two grid columns is common, and padding would read as
/// a blank cell beside it. Labels that span need no padding, because figures are read by their
/// order after the label. Paragraphs and breaks inside a cell are joined, as Word wraps long
/// labels with them.
///
/// Not Sendable and never shared: one instance lives for one `text(of:)` call.
final class DocxTextCollector: NSObject, XMLParserDelegate {
    struct Failure: Error {
        let reason: String
    }

    private var output: [UInt8] = []
    private var line = ""
    private var cell = ""
    private var tableDepth = 0
    private var cellDepth = 0
    private var cellsInRow = 0
    private var cellContinuesMerge = false
    private var inText = false
    /// Inside `w:r`: only there are `w:tab` and `w:br` characters (in `w:pPr` a `w:tab` is a
    /// tab stop's definition).
    private var runDepth = 0
    /// Inside `mc:Fallback`, which repeats the `mc:Choice` content (text boxes) for older readers.
    private var fallbackDepth = 0

    static func text(of xml: Data) -> Result<[UInt8], Failure> {
        let collector = DocxTextCollector()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // swift-corelibs-foundation's parse() can return true with an error set, so check both.
        guard parser.parse(), parser.parserError == nil else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return .failure(Failure(reason: "its \(DocxReader.documentPart) is not well-formed XML (line \(parser.lineNumber): \(Self.describe(code)))"))
        }
        if !collector.line.isEmpty { collector.flushLine() }
        return .success(collector.output)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = Self.localName(elementName)
        if name == "Fallback" { fallbackDepth += 1 }
        guard fallbackDepth == 0 else { return }
        switch name {
        case "tbl": openTable()
        case "tr" where tableDepth == 1: openRow()
        case "tc" where tableDepth == 1: openCell()
        case "vMerge" where tableDepth == 1: cellContinuesMerge = Self.value(attributes) ?? "continue" == "continue"
        case "r": runDepth += 1
        case "t": inText = true
        case "tab" where runDepth > 0: append(tableDepth == 0 ? "\t" : " ")
        case "br" where runDepth > 0 && tableDepth == 0, "cr" where runDepth > 0 && tableDepth == 0: flushLine()
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.localName(elementName)
        if name == "Fallback" { fallbackDepth -= 1 }
        guard fallbackDepth == 0 else { return }
        switch name {
        case "tbl": closeTable()
        case "r": runDepth -= 1
        case "tc" where tableDepth == 1: closeCell()
        case "p" where tableDepth == 0: flushLine()
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { append(string) }
    }

    private func append(_ text: String) {
        if cellDepth > 0 { cell += text } else { line += text }
    }

    private func openTable() {
        if tableDepth == 0, !line.isEmpty { flushLine() }
        tableDepth += 1
    }

    private func closeTable() {
        tableDepth -= 1
        if tableDepth == 0 { output.append(ByteScanning.newline) }
    }

    private func openRow() {
        output.append(ByteScanning.newline)
        cellsInRow = 0
    }

    private func openCell() {
        cellDepth = 1
        cell = ""
        cellContinuesMerge = false
    }

    private func closeCell() {
        cellDepth = 0
        guard !cellContinuesMerge else { return }
        if cellsInRow > 0 { output.append(ByteScanning.tab) }
        output.append(contentsOf: Array(cell.utf8))
        cellsInRow += 1
    }

    private func flushLine() {
        output.append(contentsOf: Array(line.utf8))
        output.append(ByteScanning.newline)
        line = ""
    }

    /// libxml2's error numbers as words. The parser reports libxml2's own numbers (Apple's
    /// NSXMLParserError uses the same), which swift-corelibs' `ErrorCode` enum numbers
    /// differently, and its localized description is only the number.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends early or has content after its end"
        case 26: return "it uses an undeclared entity"
        case 76: return "an end tag does not match its start tag"
        default: return "XML error \(code)"
        }
    }

    /// Element names without a prefix, whether or not the parser resolved namespaces.
    private static func localName(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    /// `w:val`, keyed with or without its prefix depending on the XML library.
    private static func value(_ attributes: [String: String]) -> String? {
        attributes["w:val"] ?? attributes["val"]
    }
}
