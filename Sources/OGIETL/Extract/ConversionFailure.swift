/// Words for a converter that exited with an error, quoting what it said so the operator sees
/// the converter's own diagnosis (an encrypted PDF, a damaged file) in reports.csv.gz.
enum ConversionFailure {
    static func reason(status: Int32, standardError: [UInt8]) -> String {
        let said = String(decoding: standardError, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .prefix(2)
            .joined(separator: " ")
        let quoted = said.count > 200 ? String(said.prefix(200)) + "…" : said
        return quoted.isEmpty ? "it exited with status \(status)" : "it exited with status \(status) (\(quoted))"
    }

    /// A converter's output when it finished with status 0; otherwise the error that says why not.
    static func output(of outcome: ChildProcess.Outcome, file: SourceFile, tool: String,
                       timeoutSeconds: Int) -> Result<(output: [UInt8], standardError: [UInt8]), ETLError> {
        switch outcome {
        case let .finished(0, output, standardError):
            return .success((output, standardError))
        case let .finished(status, _, standardError):
            return .failure(.conversionFailed(path: file.relativePath, tool: tool, reason: reason(status: status, standardError: standardError)))
        case .timedOut:
            return .failure(.conversionTimedOut(path: file.relativePath, tool: tool, seconds: timeoutSeconds))
        case let .launchFailed(reason):
            return .failure(.conversionFailed(path: file.relativePath, tool: tool, reason: "it could not be started (\(reason))"))
        }
    }
}
