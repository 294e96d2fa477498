import OGISchema

/// A report after every per-report stage: what was read, what is wrong with it, and its status.
public struct ProcessedReport: Sendable {
    public var file: SourceFile
    public var reportID: String
    public var sha256: String
    public var byteCount: Int
    public var encoding: String
    public var normalized: NormalizedReport
    public var status: ReportStatus
    public var message: String

    public var findings: [Finding] { normalized.findings }
}
