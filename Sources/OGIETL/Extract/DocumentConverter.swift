/// Chooses how a report's bytes become the UTF-8 text the normalizer reads, by format: text
/// is decoded, HTML decoded and flattened, Word documents unpacked, PDFs and old Office files
/// handed to the external converters.
enum DocumentConverter {
    static func text(of bytes: [UInt8], file: SourceFile, tools: PipelineConfig.ToolOptions,
                     maxBytes: Int) -> Result<TextDecoder.Decoded, ETLError> {
        switch file.format {
        case .text, .markdown:
            return decoded(bytes, file: file)
        case .html:
            return decoded(bytes, file: file).map { TextDecoder.Decoded(utf8: HTMLFlattener.text(of: $0.utf8), encoding: $0.encoding, droppedTail: $0.droppedTail) }
        case .docx:
            return wordText(DocxReader.text(of: bytes, path: file.relativePath, maxBytes: maxBytes))
        case .doc, .wps:
            return wordText(OfficeConverter.docx(from: file, tools: tools).flatMap {
                DocxReader.text(of: $0, path: file.relativePath, maxBytes: maxBytes)
            })
        case .pdf:
            return PdfTextExtractor.text(of: file, tools: tools).flatMap { decoded($0, file: file) }
        }
    }

    /// Text formats only: a Word file is a zip and a PDF starts `%PDF-`, so the binary check
    /// applies to what claims to be text.
    private static func decoded(_ bytes: [UInt8], file: SourceFile) -> Result<TextDecoder.Decoded, ETLError> {
        if let kind = BinarySignature.kind(of: bytes) { return .failure(.sourceIsBinary(path: file.relativePath, kind: kind)) }
        return TextDecoder.decode(bytes).mapError { .sourceNotDecodable(path: file.relativePath, byteOffset: $0.offset) }
    }

    /// Word's XML reaches the collector already decoded by the XML parser, so its text is UTF-8.
    private static func wordText(_ result: Result<[UInt8], ETLError>) -> Result<TextDecoder.Decoded, ETLError> {
        result.map { TextDecoder.Decoded(utf8: $0, encoding: "utf-8") }
    }
}
