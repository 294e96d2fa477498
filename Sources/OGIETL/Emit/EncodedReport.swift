import OGISchema

/// A processed report's CSV rows, its batch record and its summary counts. Built by the worker
/// that read the report, so formatting runs on every core and the emitter, which sees reports
/// one at a time, only appends bytes; the report itself stays with the worker.
struct EncodedReport: Sendable {
    let tally: ReportTally
    /// Indexed like `CanonicalTable.allCases`.
    let tables: [[UInt8]]
    let record: BatchRecord

    /// `position` is the report's place in source-path order.
    init(_ report: ProcessedReport, position: Int, protectFormulas: Bool) {
        tally = ReportTally(report)
        tables = CanonicalTable.allCases.map { report.encodedRows($0, protectFormulas: protectFormulas) }
        record = BatchRecord(report, position: position)
    }
}
