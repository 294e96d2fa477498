import Foundation
import OGISchema

/// The end of a run: every spilled table rewritten through the across-report outcome and
/// compressed. Tables are independent, so they are compressed side by side; at 100,000
/// reports this pass alone is several seconds of gzip, which one core would do in sequence.
struct TableCompression: Sendable {
    let directory: String
    let level: Int32
    let protectFormulas: Bool
    let spills: [CanonicalTable: SpillFile]
    /// Read alongside each table's spill.
    let batch: BatchFile
    let outcome: CrossReportRules.Outcome
    let files: SourceFileList
    /// Tables already written by their streams during the run.
    let written: [CanonicalTable: Manifest.FileEntry]

    /// One manifest entry per table, in `CanonicalTable.allCases` order.
    func writeAll() async throws(ETLError) -> [Manifest.FileEntry] {
        let results = await withTaskGroup(of: (Int, Result<Manifest.FileEntry, ETLError>).self) { group in
            for (position, table) in CanonicalTable.allCases.enumerated() {
                group.addTask { (position, Result { () throws(ETLError) in try write(table) }) }
            }
            var results: [(Int, Result<Manifest.FileEntry, ETLError>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return try results.map { result throws(ETLError) in try result.get() }
    }

    private func path(_ position: Int) -> String {
        position < files.count ? files.relativePath(position) : ""
    }

    func write(_ table: CanonicalTable) throws(ETLError) -> Manifest.FileEntry {
        if let entry = written[table] { return entry }
        guard var reader = spills[table]?.reader() else { throw .outputUnwritable(path: directory, reason: "the \(table.rawValue) table has no scratch file") }
        let writer = try GzipWriter(path: directory + "/" + table.fileName, level: level)
        try writer.write(CSVRow.line(table.columns))
        var count = 0
        var records = batch.reader()
        var facts = outcome.facts.reader()
        let describes = table == .reports || table == .checks
        while let batchRecord = try records.next() {
            guard let record = try reader.next() else { break }
            let fact = facts.next()
            // Only rows that gain a finding quote paths, and each lookup reads the listing from disk.
            let entry = BatchEntry(batchRecord, path: fact == .none ? "" : path(batchRecord.position))
            let added = describes ? try CrossReportRules.findings(for: fact, of: entry, batch: batch, path: path) : []
            let output = BatchOutput.record(record, table: table, entry: entry, isDuplicate: fact.isCopy, added: added,
                                            protectFormulas: protectFormulas)
            try writer.write(output.bytes)
            count += output.rows
        }
        try writer.finish()
        return Manifest.FileEntry(name: table.fileName, rows: count, sha256: writer.sha256)
    }
}
