import OGISchema

/// A processed report with its CSV rows already written, one byte buffer per table. Built by
/// the worker that read the report, so formatting runs on every core and the emitter, which
/// sees reports one at a time, only appends bytes.
struct EncodedReport: Sendable {
    let report: ProcessedReport
    /// Indexed like `CanonicalTable.allCases`.
    let tables: [[UInt8]]

    init(_ report: ProcessedReport, protectFormulas: Bool) {
        self.report = report
        tables = CanonicalTable.allCases.map { report.encodedRows($0, protectFormulas: protectFormulas) }
    }
}
