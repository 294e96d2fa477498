/// Every report's `BatchRecord`, in source-path order, in a scratch file beside the tables'
/// spills, so that the batch's index costs disk rather than memory. Records are fixed-width,
/// so one can also be read by position: the report a finding compares with.
final class BatchFile: Sendable {
    private let storage: ScratchFile

    init(directory: String, bufferLimit: Int = ScratchFile.defaultBufferLimit) throws(ETLError) {
        storage = try ScratchFile(directory: directory, bufferLimit: bufferLimit)
    }

    func append(_ record: BatchRecord) throws(ETLError) {
        try storage.append(record.bytes)
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

/// Reads a batch file's records back in order, about 256 KB at a time.
struct BatchReader {
    private let storage: ScratchFile
    private var block: [UInt8] = []
    private var position = 0
    private var offset = 0
    private static let recordsPerBlock = 1820

    fileprivate init(_ storage: ScratchFile) {
        self.storage = storage
    }

    mutating func next() throws(ETLError) -> BatchRecord? {
        if position == block.count {
            guard offset < storage.size else { return nil }
            block = storage.read(Self.recordsPerBlock * BatchRecord.byteCount, at: offset)
            offset += block.count
            position = 0
            guard !block.isEmpty, block.count.isMultiple(of: BatchRecord.byteCount) else { throw BatchFile.truncated(storage) }
        }
        defer { position += BatchRecord.byteCount }
        guard let record = BatchRecord(bytes: block[position..<(position + BatchRecord.byteCount)]) else { throw BatchFile.truncated(storage) }
        return record
    }
}
