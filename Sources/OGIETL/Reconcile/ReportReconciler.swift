import OGISchema

/// Decides a report's status from what was read. The accounting identities are checked here
/// too, as they are added; all of it is plain functions over one report.
public enum ReportReconciler {
    public static func reconcile(file: SourceFile, read: SourceReader.Reading, normalizer: ReportNormalizer) -> ProcessedReport {
        var lines = LineMemo.none
        return reconcile(file: file, read: read, normalizer: normalizer, lines: &lines)
    }

    /// As above, for one report of many, with the lines the worker has read before (`LineMemo`).
    public static func reconcile(file: SourceFile, read: SourceReader.Reading, normalizer: ReportNormalizer,
                                 lines: inout LineMemo) -> ProcessedReport {
        guard let document = read.document else {
            return failed(file: file, bytes: read.bytes, sha256: read.sha256, error: read.error)
        }
        var normalized = normalizer.normalize(wellFormed: document.text, lines: &lines)
        if document.droppedTail > 0 { normalized.findings.append(cutCharacter(document)) }
        check(&normalized)
        // The document's file carries the size and time `fstat` gave when it was read.
        var report = ProcessedReport(file: document.file, reportID: document.reportID, sha256: document.sha256,
                                     byteCount: document.byteCount, encoding: document.encoding,
                                     normalized: normalized, status: .ok, message: "")
        (report.status, report.message) = status(of: normalized, path: file.relativePath)
        return report
    }

    /// Repairs what the identities prove, then checks every identity on the repaired tables.
    public static func check(_ report: inout NormalizedReport) {
        IdentityRepair.repair(&report)
        report.findings += AccountingIdentities.findings(for: report)
    }

    static func status(of report: NormalizedReport, path: String) -> (ReportStatus, String) {
        let missing = CanonicalTable.dataTables.filter { !report.tablesFound.contains($0) }
        if missing.count == CanonicalTable.dataTables.count {
            return (.failed, ETLError.sourceHasNoTables(path: path).description)
        }
        if !missing.isEmpty {
            return (.partial, "Tables not found: \(missing.map(\.rawValue).joined(separator: ", ")).")
        }
        return (.ok, "")
    }

    private static func cutCharacter(_ document: SourceDocument) -> Finding {
        Finding(table: nil, rule: "source.cut", severity: .warning, actual: "\(document.droppedTail)",
                message: "The file ends in the middle of a character ('\(document.file.relativePath)' is \(document.byteCount) bytes and its last \(document.droppedTail) do not complete one); it was probably cut off while being saved, so tables after the cut are missing. The incomplete bytes were dropped.")
    }

    private static func failed(file: SourceFile, bytes: Int, sha256: String, error: ETLError?) -> ProcessedReport {
        ProcessedReport(file: file, reportID: String(sha256.prefix(16)), sha256: sha256, byteCount: bytes,
                        encoding: "", normalized: NormalizedReport(), status: .failed,
                        message: error?.description ?? "The report could not be read.")
    }
}
