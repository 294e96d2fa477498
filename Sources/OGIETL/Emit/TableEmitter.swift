import Foundation
import OGISchema

/// Writes the output tables. The only stage with state: one spill file per table, fed in
/// source-path order by the pipeline, and the small per-report index the across-report rules
/// need. `finish` applies those rules and compresses every table in one pass.
actor TableEmitter {
    private var spills: [CanonicalTable: SpillFile] = [:]
    private var batch: BatchIndex
    private var summary = RunSummary()
    private let directory: String
    private let level: Int32
    private let protectFormulas: Bool

    init(directory: String, level: Int32, protectFormulas: Bool, reports: Int = 0) throws(ETLError) {
        batch = BatchIndex(capacity: reports)
        self.directory = directory
        self.level = level
        self.protectFormulas = protectFormulas
        for table in CanonicalTable.allCases {
            spills[table] = try SpillFile(path: directory + "/.\(table.rawValue).spill")
        }
    }

    func write(_ encoded: EncodedReport) throws(ETLError) {
        for (table, rows) in zip(CanonicalTable.allCases, encoded.tables) {
            try spills[table]?.append(rows)
        }
        batch.append(encoded.report)
        summary.count(encoded.report)
    }

    /// Applies the across-report rules, writes every table compressed (flushed and fsynced)
    /// and returns the row counts and run summary. `files` are the reports in the order they
    /// were written, for the paths the across-report findings quote.
    func finish(files: SourceFileList) async throws(ETLError) -> (files: [Manifest.FileEntry], summary: RunSummary) {
        for spill in spills.values { try spill.close() }
        let outcome = CrossReportRules.evaluate(batch, path: files.relativePath)
        summary.count(outcome, batch: batch)
        let compression = TableCompression(directory: directory, level: level, protectFormulas: protectFormulas,
                                           batch: batch, outcome: outcome, files: files)
        return (try await compression.writeAll(), summary)
    }
}
