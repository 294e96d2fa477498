/// Every report's `BatchRecord`, in source-path order, in a scratch file beside the tables'
/// spills, so that the batch's index costs disk rather than memory.
final class BatchFile {
    private let spill: SpillFile
    private(set) var count = 0

    var path: String { spill.path }

    init(path: String) throws(ETLError) {
        spill = try SpillFile(path: path)
    }

    func append(_ record: BatchRecord) throws(ETLError) {
        try spill.append(record.bytes)
        count += 1
    }

    func close() throws(ETLError) {
        try spill.close()
    }
}

/// Reads a batch file's records back in order.
struct BatchReader {
    private var spill: SpillReader

    init(path: String) throws(ETLError) {
        spill = try SpillReader(path: path)
    }

    mutating func next() throws(ETLError) -> BatchRecord? {
        guard let bytes = try spill.next() else { return nil }
        guard let record = BatchRecord(bytes: bytes) else {
            throw .outputUnwritable(path: spill.path, reason: "a record of the scratch file has \(bytes.count) bytes instead of \(BatchRecord.byteCount)")
        }
        return record
    }
}
