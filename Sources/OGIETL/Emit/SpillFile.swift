import Foundation

/// An uncompressed scratch file of length-framed records, one per report. Tables are held here
/// until the across-report rules have seen the whole batch; frames make reading back exact even
/// when a field contains a line break (file names can).
final class SpillFile {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let bufferLimit: Int
    static let bufferLimit = 1 << 20

    /// `bufferLimit` is smaller where many spill files are open at once.
    init(path: String, bufferLimit: Int = SpillFile.bufferLimit) throws(ETLError) {
        self.path = path
        self.bufferLimit = bufferLimit
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw .outputUnwritable(path: path, reason: "the scratch file could not be created")
        }
        self.handle = handle
    }

    func append(_ record: [UInt8]) throws(ETLError) {
        buffer.append(contentsOf: "\(record.count)\n".utf8)
        buffer.append(contentsOf: record)
        if buffer.count >= bufferLimit { try flush() }
    }

    /// Releases the buffer too: the emitter keeps its spill files until the end of the run.
    func close() throws(ETLError) {
        try flush()
        buffer = []
        do { try handle.close() } catch { throw .outputUnwritable(path: path, reason: error.localizedDescription) }
    }

    private func flush() throws(ETLError) {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: Data(buffer)) } catch { throw .outputUnwritable(path: path, reason: error.localizedDescription) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads a spill file's frames back in order, holding one read block at a time.
struct SpillReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    let path: String
    /// Up to seven readers run at once at the end of a run.
    static let blockSize = 256 << 10

    init(path: String) throws(ETLError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .outputUnwritable(path: path, reason: "the scratch file vanished") }
        self.handle = handle
        self.path = path
    }

    mutating func next() throws(ETLError) -> ArraySlice<UInt8>? {
        guard let newline = try index(of: 0x0A) else { return nil }
        let length = Int(String(decoding: buffer[position..<newline], as: UTF8.self)) ?? 0
        position = newline + 1
        try fill(length)
        let record = buffer[position..<(position + length)]
        position += length
        return record
    }

    private mutating func index(of byte: UInt8) throws(ETLError) -> Int? {
        while true {
            if let found = buffer[position...].firstIndex(of: byte) { return found }
            guard try readMore() else { return nil }
        }
    }

    private mutating func fill(_ length: Int) throws(ETLError) {
        while buffer.count - position < length {
            guard try readMore() else { throw .outputUnwritable(path: path, reason: "the scratch file is truncated") }
        }
    }

    private mutating func readMore() throws(ETLError) -> Bool {
        let data: Data?
        do { data = try handle.read(upToCount: Self.blockSize) } catch { throw .outputUnwritable(path: path, reason: error.localizedDescription) }
        guard let data, !data.isEmpty else { return false }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: data)
        return true
    }
}
