import OGISchema

/// What the run summary counts of one report, taken by the worker that processed it. The
/// emitter used to receive the whole `ProcessedReport` for these few values, and so freed
/// every report's records on its own thread, away from the worker whose allocator made them;
/// now the records are freed where they were made, as soon as their rows are written.
struct ReportTally: Sendable {
    let status: ReportStatus
    /// The rule of each finding, in the report's order.
    let findingRules: [String]
    let errorFindings: Int

    init(_ report: ProcessedReport) {
        status = report.status
        findingRules = report.findings.map(\.rule)
        errorFindings = report.findings.count { $0.severity == .error }
    }
}
