/// Every report's `BatchRecord`, in source-path order, in a scratch file beside the tables'
/// spills, so that the batch's index costs disk rather than memory. Records are fixed-width,
/// so one can also be read by position: the report a finding compares with.
final class BatchFile: Sendable {
    private let storage: ScratchFile

    init(directory: String, bufferLimit: Int = ScratchFile.defaultBufferLimit) throws(ETLError) {
        storage = try ScratchFile(directory: directory, bufferLimit: bufferLimit)
    }

    func append(_ record: BatchRecord) throws(ETLError) {
        try record.withBytes { bytes throws(ETLError) in try storage.append(bytes) }
    }

    func close() throws(ETLError) {
        try storage.seal()
    }

    /// The record at `index` in the order written; call after `close`.
    func record(at index: Int) throws(ETLError) -> BatchRecord {
        let bytes = storage.read(BatchRecord.byteCount, at: index * BatchRecord.byteCount)
        guard let record = BatchRecord(bytes: bytes[...]) else { throw Self.truncated(storage) }
        return record
    }

    /// Reads the records back from the start; call after `close`.
    func reader() -> BatchReader {
        BatchReader(storage)
    }

    fileprivate static func truncated(_ storage: ScratchFile) -> ETLError {
        .outputUnwritable(path: storage.directory, reason: "the batch scratch file ends inside a record")
    }
}

/// Reads a batch file's records back in order.
struct BatchReader {
    private var records: ScratchFile.RecordReader
    private let storage: ScratchFile
    private var read = 0

    fileprivate init(_ storage: ScratchFile) {
        self.storage = storage
        records = ScratchFile.RecordReader(storage, recordSize: BatchRecord.byteCount)
    }

    mutating func next() throws(ETLError) -> BatchRecord? {
        guard let bytes = records.next() else {
            guard read * BatchRecord.byteCount == storage.size else { throw BatchFile.truncated(storage) }
            return nil
        }
        read += 1
        guard let record = BatchRecord(bytes: bytes) else { throw BatchFile.truncated(storage) }
        return record
    }
}
