import OGISchema

/// Writes the output tables. The only stage with state: one gzip stream per table, fed in
/// source-path order by the pipeline, so the bytes depend on the inputs and not on timing.
actor TableEmitter {
    private var writers: [CanonicalTable: GzipWriter] = [:]
    private var rowCounts: [CanonicalTable: Int] = [:]
    private var summary = RunSummary()
    private let directory: String

    init(directory: String, level: Int32) throws(ETLError) {
        self.directory = directory
        for table in CanonicalTable.allCases {
            let writer = try GzipWriter(path: directory + "/" + table.fileName, level: level)
            try writer.write(CSVRow.line(table.columns))
            writers[table] = writer
            rowCounts[table] = 0
        }
    }

    func write(_ report: ProcessedReport) throws(ETLError) {
        try write(.reports, [report.reportRow])
        try write(.activeDisclosure, report.activeDisclosureRows)
        try write(.applications, report.applicationRows)
        try write(.reviewsLitigation, report.reviewRows)
        try write(.checks, report.checkRows)
        summary.count(report)
    }

    private func write(_ table: CanonicalTable, _ rows: [[String]]) throws(ETLError) {
        guard let writer = writers[table], !rows.isEmpty else { return }
        var text = ""
        for row in rows { text += CSVRow.line(row) }
        try writer.write(text)
        rowCounts[table, default: 0] += rows.count
    }

    /// Closes every stream (flushed and fsynced) and returns the row counts and run summary.
    func finish() throws(ETLError) -> (rows: [CanonicalTable: Int], summary: RunSummary) {
        for table in CanonicalTable.allCases { try writers[table]?.finish() }
        return (rowCounts, summary)
    }
}
