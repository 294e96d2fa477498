#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A nameless file for data that would otherwise grow with the corpus in memory: it is
/// unlinked as soon as it is created, so it disappears when closed, however the run ends.
///
/// `@unchecked Sendable` because appends mutate the buffer: one owner writes (the emitter
/// actor, or discovery before the run) and calls `seal`; only then is the file shared, and
/// `read` uses `pread`, which touches no stored state.
final class ScratchFile: @unchecked Sendable {
    let directory: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var size = 0
    private let bufferLimit: Int
    static let defaultBufferLimit = 256 << 10

    init(directory: String, bufferLimit: Int = defaultBufferLimit) throws(ETLError) {
        self.directory = directory
        self.bufferLimit = bufferLimit
        var template = Array((directory + "/.ogi-etl-scratch-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { name in name.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw .outputUnwritable(path: directory, reason: Self.lastError()) }
        template.withUnsafeBufferPointer { name in _ = name.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func append(_ bytes: some Collection<UInt8>) throws(ETLError) {
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= bufferLimit { try flush() }
    }

    /// Writes what is buffered.
    func flush() throws(ETLError) {
        try write(buffer, at: size - buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and frees the buffer: writing is over.
    func seal() throws(ETLError) {
        try flush()
        buffer = []
    }

    /// Writes `bytes` at `offset` at once, past the buffer: for the buffer itself, and for
    /// files written in place (sized with `resize`) rather than appended to.
    func write(_ bytes: [UInt8], at offset: Int) throws(ETLError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written, off_t(offset + written)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .outputUnwritable(path: directory, reason: Self.lastError()) }
            written += count
        }
    }

    /// Sets the length; bytes never written read back as zeros.
    func resize(to length: Int) throws(ETLError) {
        guard ftruncate(descriptor, off_t(length)) == 0 else { throw .outputUnwritable(path: directory, reason: Self.lastError()) }
        size = length
    }

    /// `count` bytes from `offset`, fewer only at the end of the file.
    func read(_ count: Int, at offset: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let result = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress.map { $0 + got }, count - got, off_t(offset + got)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { break }
            got += result
        }
        return got == count ? bytes : Array(bytes[..<got])
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

extension ScratchFile {
    /// Reads a file of fixed-width records back in order, a block of records per `pread`.
    struct RecordReader {
        private let file: ScratchFile
        private let recordSize: Int
        private let blockSize: Int
        private var block: [UInt8] = []
        private var position = 0
        private var offset = 0

        init(_ file: ScratchFile, recordSize: Int, blockSize: Int = 256 << 10) {
            self.file = file
            self.recordSize = recordSize
            self.blockSize = max(recordSize, blockSize / recordSize * recordSize)
        }

        /// The next record; nil at the end of the file, or when it ends inside a record.
        mutating func next() -> ArraySlice<UInt8>? {
            if position + recordSize > block.count {
                guard offset < file.size else { return nil }
                block = file.read(blockSize, at: offset)
                offset += block.count
                position = 0
                guard block.count >= recordSize else { return nil }
            }
            defer { position += recordSize }
            return block[position..<(position + recordSize)]
        }
    }
}

extension Array<UInt8> {
    /// Appends `value` as `ArraySlice.littleEndian` reads it back.
    mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension ArraySlice<UInt8> {
    /// The little-endian integer `offset` bytes into the slice: how every scratch record
    /// (batch records, facts, listing entries, sort runs) stores its numbers.
    func littleEndian<Value: FixedWidthInteger>(_: Value.Type, at offset: Int) -> Value {
        withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self)) }
    }
}
