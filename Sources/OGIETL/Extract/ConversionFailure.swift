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
}
