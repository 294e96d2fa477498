/// Splits a batch file into groups of a few thousand records by a key, so that the records a
/// rule must compare (one report's copies, one agency's years) share a group, and the rules
/// hold one group in memory at a time however many reports the run has.
enum BatchPartitions {
    /// About 1.5 MB of records in memory at once.
    static let recordsPerPartition = 8192
    static let maximumPartitions = 1024

    /// Calls `body` with every group of the records for which `key` is not nil, each group in
    /// source-path order. Records with equal keys always share a group.
    static func forEach(in batch: BatchFile, count: Int, scratch: String, recordsPerPartition: Int = recordsPerPartition,
                        key: (BatchRecord) -> UInt64?, _ body: ([BatchRecord]) throws(ETLError) -> Void) throws(ETLError) {
        let partitions = min(maximumPartitions, max(1, (count + recordsPerPartition - 1) / max(1, recordsPerPartition)))
        guard partitions > 1 else { return try body(try records(in: batch, where: key)) }
        let bufferLimit = max(8 << 10, (4 << 20) / partitions)
        var files: [BatchFile] = []
        for _ in 0..<partitions { files.append(try BatchFile(directory: scratch, bufferLimit: bufferLimit)) }
        var reader = batch.reader()
        while let record = try reader.next() {
            guard let key = key(record) else { continue }
            try files[partition(of: key, among: partitions)].append(record)
        }
        for file in files {
            try file.close()
            try body(try records(in: file) { _ in 0 })
        }
    }

    private static func records(in batch: BatchFile, where key: (BatchRecord) -> UInt64?) throws(ETLError) -> [BatchRecord] {
        var reader = batch.reader()
        var records: [BatchRecord] = []
        while let record = try reader.next() {
            if key(record) != nil { records.append(record) }
        }
        return records
    }

    /// Multiplicative hashing spreads keys that differ only in their low bits.
    static func partition(of key: UInt64, among partitions: Int) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> 32) % partitions
    }
}
