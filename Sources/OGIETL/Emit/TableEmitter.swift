import Foundation
import OGISchema

/// Writes the output tables. The only stage with state: a stream per table that compresses
/// rows as they arrive, fed in source-path order by the pipeline, the small per-report index
/// the across-report rules need, and a spill file for each table whose stream had to stop.
/// `finish` applies the across-report rules and writes whatever the streams could not.
///
/// `reports` and `checks` change at the end only for a report that gains an across-report
/// finding, which needs a copy or two reports of one agency; a batch of distinct agencies has
/// neither, and compressing those tables after the last report kept one core idle (0.1 s of
/// a 10,000-report run).
actor TableEmitter {
    private var spills: [CanonicalTable: SpillFile] = [:]
    private var streams: [CanonicalTable: TableStream] = [:]
    private let batch: BatchFile
    private var reports = 0
    private var rowTotals: [CanonicalTable: Int] = [:]
    private var summary = RunSummary()
    private var copies: PossibleCopies
    private let directory: String
    private let level: Int32
    private let protectFormulas: Bool

    /// `expectedReports` sizes the filter that notices possible copies.
    init(directory: String, level: Int32, protectFormulas: Bool, expectedReports: Int) throws(ETLError) {
        copies = PossibleCopies(expectedReports: expectedReports)
        batch = try BatchFile(directory: directory)
        self.directory = directory
        self.level = level
        self.protectFormulas = protectFormulas
        for table in CanonicalTable.allCases {
            streams[table] = try TableStream(path: directory + "/" + table.fileName, level: level, header: CSVRow.line(table.columns),
                                             scratch: directory)
        }
    }

    func write(_ encoded: EncodedReport) async throws(ETLError) {
        let record = encoded.record
        try batch.append(record)
        reports += 1
        for table in CanonicalTable.allCases { rowTotals[table, default: 0] += record.rowCount(table) }
        summary.count(encoded.tally)
        if !streams.isEmpty, copies.isPossibleCopy(record) { try await abandonStreams() }
        if streams[.reports] != nil, copies.sharesAgency(record) { try await abandonStreams(Self.describingTables) }
        for (table, rows) in zip(CanonicalTable.allCases, encoded.tables) {
            if let stream = streams[table] { try await stream.append(rows) } else { try spills[table]?.append(rows) }
        }
    }

    /// A report that may be a copy of an earlier one may lose its rows at the end, and one that
    /// may meet another year of its agency may gain findings in `reports` and `checks`; a
    /// stream already compressed cannot undo either, so it gives its rows back to a spill,
    /// and from then on those tables are written from their spills.
    private func abandonStreams(_ tables: [CanonicalTable] = CanonicalTable.allCases) async throws(ETLError) {
        for table in tables {
            guard let stream = streams[table] else { continue }
            let spill = try SpillFile(directory: directory)
            try await stream.abandon(into: spill)
            spills[table] = spill
            streams[table] = nil
        }
        if streams.isEmpty { copies = PossibleCopies(expectedReports: 0) }
    }

    /// The tables whose rows an across-report finding changes, besides dropping a copy's.
    static let describingTables: [CanonicalTable] = [.reports, .checks]

    /// Applies the across-report rules, writes every table compressed (flushed and fsynced)
    /// and returns the row counts and run summary. `files` are the reports in the order they
    /// were written, for the paths the across-report findings quote.
    func finish(files: SourceFileList) async throws(ETLError) -> (files: [Manifest.FileEntry], summary: RunSummary) {
        try batch.close()
        for stream in streams.values { stream.beginFinishing() }
        let outcome = try CrossReportRules.evaluate(batch: batch, count: reports, scratch: directory)
        summary.count(outcome)
        if outcome.duplicates > 0 { try await abandonStreams() }
        if !outcome.findingsByRule.isEmpty { try await abandonStreams(Self.describingTables) }
        for spill in spills.values { try spill.close() }
        var written: [CanonicalTable: Manifest.FileEntry] = [:]
        for (table, stream) in streams {
            written[table] = Manifest.FileEntry(name: table.fileName, rows: rowTotals[table, default: 0], sha256: try await stream.finish())
        }
        let compression = TableCompression(directory: directory, level: level, protectFormulas: protectFormulas,
                                           spills: spills, batch: batch, outcome: outcome, files: files, written: written)
        return (try await compression.writeAll(), summary)
    }
}
