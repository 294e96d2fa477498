/// Every report's `BatchRecord`, in source-path order, in a spill file beside the tables',
/// so that the batch's index costs disk rather than memory.
final class BatchFile: Sendable {
    private let spill: SpillFile

    init(directory: String, bufferLimit: Int = ScratchFile.defaultBufferLimit) throws(ETLError) {
        spill = try SpillFile(directory: directory, bufferLimit: bufferLimit)
    }

    func append(_ record: BatchRecord) throws(ETLError) {
        try spill.append(record.bytes)
    }

    func close() throws(ETLError) {
        try spill.close()
    }

    /// Reads the records back from the start; call after `close`.
    func reader() -> BatchReader {
        BatchReader(spill.reader())
    }
}

/// Reads a batch file's records back in order.
struct BatchReader {
    private var spill: SpillReader

    fileprivate init(_ spill: SpillReader) {
        self.spill = spill
    }

    mutating func next() throws(ETLError) -> BatchRecord? {
        guard let bytes = try spill.next() else { return nil }
        guard let record = BatchRecord(bytes: bytes) else {
            throw .outputUnwritable(path: spill.directory, reason: "a record of the batch scratch file has \(bytes.count) bytes instead of \(BatchRecord.byteCount)")
        }
        return record
    }
}
