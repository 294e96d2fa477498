/// Reads a PDF report through Poppler's `pdftotext -layout`, whose column-aligned text the
/// normalizer already reads (runs of spaces between cells, wrapped labels, page breaks).
enum PdfTextExtractor {
    static func text(of file: SourceFile, tools: PipelineConfig.ToolOptions) -> Result<[UInt8], ETLError> {
        guard let program = ChildProcess.locate(tools.pdftotext) else {
            return .failure(.toolMissing(path: file.relativePath, format: .pdf, tool: tools.pdftotext))
        }
        let outcome = ChildProcess.run(program, ["-layout", "-enc", "UTF-8", file.absolutePath, "-"],
                                       timeoutSeconds: tools.timeoutSeconds)
        return ConversionFailure.output(of: outcome, file: file, tool: tools.pdftotext, timeoutSeconds: tools.timeoutSeconds).map(\.output)
    }
}
