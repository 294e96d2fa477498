import OGISchema

/// A processed report with its CSV rows and its batch record already written. Built by the
/// worker that read the report, so formatting runs on every core and the emitter, which sees
/// reports one at a time, only appends bytes.
struct EncodedReport: Sendable {
    let report: ProcessedReport
    /// Indexed like `CanonicalTable.allCases`.
    let tables: [[UInt8]]
    let record: BatchRecord

    /// `position` is the report's place in source-path order.
    init(_ report: ProcessedReport, position: Int, protectFormulas: Bool) {
        self.report = report
        tables = CanonicalTable.allCases.map { report.encodedRows($0, protectFormulas: protectFormulas) }
        record = BatchRecord(report, position: position)
    }
}
