import OGISchema

/// How one report's spilled rows change once the whole batch is known: a duplicate loses its
/// data rows and is marked in `reports`; findings from the across-report rules join the
/// report's own in `checks` and in its `findings` count.
enum BatchOutput {
    /// `added` are the across-report findings for the report (see `CrossReportRules.findings`).
    static func record(_ record: ArraySlice<UInt8>, table: CanonicalTable, entry: BatchEntry, isDuplicate: Bool, added: [Finding],
                       protectFormulas: Bool) -> (bytes: ArraySlice<UInt8>, rows: Int) {
        let rows = entry.rowCount(table)
        switch table {
        case .activeDisclosure, .applications, .reviewsLitigation:
            return isDuplicate ? ([], 0) : (record, rows)
        case .checks:
            guard !added.isEmpty else { return (record, rows) }
            var lines = CSVRow(protectFormulas: protectFormulas)
            for finding in added {
                lines.fields(checkRow(finding, entry: entry))
                lines.endRow()
            }
            return (record + lines.finishedBytes(), rows + added.count)
        case .reports:
            guard isDuplicate || !added.isEmpty else { return (record, rows) }
            let fields = updatedReportRow(String(decoding: record, as: UTF8.self), isDuplicate: isDuplicate, added: added)
            return (CSVRow.line(fields, protectFormulas: protectFormulas)[...], rows)
        }
    }

    private static func checkRow(_ finding: Finding, entry: BatchEntry) -> [String] {
        [entry.reportID, entry.path, finding.table, finding.row, finding.column, finding.rule,
         finding.severity.rawValue, finding.expected, finding.actual, finding.message]
    }

    private static func updatedReportRow(_ record: String, isDuplicate: Bool, added: [Finding]) -> [String] {
        var fields = CSVRow.fields(of: record)
        let columns = CanonicalTable.reports.columns
        guard fields.count == columns.count, let status = columns.firstIndex(of: "status"),
              let message = columns.firstIndex(of: "message"), let findings = columns.firstIndex(of: "findings") else { return fields }
        if isDuplicate {
            fields[status] = ReportStatus.duplicate.rawValue
            fields[message] = added.first { $0.rule == CrossReportRules.duplicateRule || $0.rule == CrossReportRules.identicalRule }?.message ?? fields[message]
        }
        fields[findings] = String((Int(fields[findings]) ?? 0) + added.count)
        return fields
    }
}
