/// An uncompressed scratch file of length-framed records, one per report. Tables are held here
/// until the across-report rules have seen the whole batch; frames make reading back exact even
/// when a field contains a line break (file names can). The storage is a nameless
/// `ScratchFile`, so a run that is killed leaves no spill behind.
final class SpillFile: Sendable {
    private let storage: ScratchFile

    /// `bufferLimit` is smaller where many spill files are open at once.
    init(directory: String, bufferLimit: Int = ScratchFile.defaultBufferLimit) throws(ETLError) {
        storage = try ScratchFile(directory: directory, bufferLimit: bufferLimit)
    }

    func append(_ record: some Collection<UInt8>) throws(ETLError) {
        try storage.append("\(record.count)\n".utf8)
        try storage.append(record)
    }

    /// Writing is over: the buffer is written and freed.
    func close() throws(ETLError) {
        try storage.seal()
    }

    /// Reads the frames back from the start; call after `close`.
    func reader(blockSize: Int = SpillReader.defaultBlockSize) -> SpillReader {
        SpillReader(storage, blockSize: blockSize)
    }
}

/// Reads a spill file's frames back in order, holding one read block at a time.
struct SpillReader {
    private let storage: ScratchFile
    private var buffer: [UInt8] = []
    private var position = 0
    private var offset = 0
    private let blockSize: Int
    /// Up to seven readers run at once at the end of a run.
    static let defaultBlockSize = 256 << 10

    fileprivate init(_ storage: ScratchFile, blockSize: Int) {
        self.storage = storage
        self.blockSize = blockSize
    }

    var directory: String { storage.directory }

    mutating func next() throws(ETLError) -> ArraySlice<UInt8>? {
        guard let newline = index(of: 0x0A) else { return nil }
        let length = Int(String(decoding: buffer[position..<newline], as: UTF8.self)) ?? 0
        position = newline + 1
        try fill(length)
        let record = buffer[position..<(position + length)]
        position += length
        return record
    }

    private mutating func index(of byte: UInt8) -> Int? {
        while true {
            if let found = buffer[position...].firstIndex(of: byte) { return found }
            guard readMore() else { return nil }
        }
    }

    private mutating func fill(_ length: Int) throws(ETLError) {
        while buffer.count - position < length {
            guard readMore() else { throw .outputUnwritable(path: storage.directory, reason: "a scratch file is truncated") }
        }
    }

    private mutating func readMore() -> Bool {
        let block = storage.read(blockSize, at: offset)
        guard !block.isEmpty else { return false }
        offset += block.count
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: block)
        return true
    }
}
