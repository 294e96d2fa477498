/// Reads a PDF report through Poppler's `pdftotext -layout`, whose column-aligned text the
/// normalizer already reads (runs of spaces between cells, wrapped labels, page breaks).
enum PdfTextExtractor {
    static func text(of file: SourceFile, tools: PipelineConfig.ToolOptions) -> Result<[UInt8], ETLError> {
        guard let program = ChildProcess.locate(tools.pdftotext) else {
            return .failure(.toolMissing(path: file.relativePath, format: .pdf, tool: tools.pdftotext))
        }
        let outcome = ChildProcess.run(program, ["-layout", "-enc", "UTF-8", file.absolutePath, "-"],
                                       timeoutSeconds: tools.timeoutSeconds)
        switch outcome {
        case let .finished(0, standardOutput, _):
            return .success(standardOutput)
        case let .finished(status, _, standardError):
            return .failure(.conversionFailed(path: file.relativePath, tool: tools.pdftotext,
                                              reason: ConversionFailure.reason(status: status, standardError: standardError)))
        case .timedOut:
            return .failure(.conversionTimedOut(path: file.relativePath, tool: tools.pdftotext, seconds: tools.timeoutSeconds))
        case let .launchFailed(reason):
            return .failure(.conversionFailed(path: file.relativePath, tool: tools.pdftotext, reason: "it could not be started (\(reason))"))
        }
    }
}
