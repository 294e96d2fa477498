import SystemZlib

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams gzip output to a file through the system zlib.
///
/// No gzip header fields are set, so zlib writes mtime 0 and no file name: the same input
/// always gives the same bytes, which keeps reruns diffable and checksums stable.
/// Small writes are gathered in an input buffer and only handed to zlib when it is full,
/// because a deflate call per table row would dominate the run time.
///
/// Owned by one actor or task at a time; not Sendable.
public final class GzipWriter {
    public let path: String
    public private(set) var uncompressedBytes: Int = 0
    /// SHA-256 of the compressed file, complete once `finish()` succeeded; hashed as the bytes
    /// are written so the manifest need not read the file back.
    public private(set) var sha256 = ""
    private var digest = SHA256()

    /// Heap-allocated because zlib stores the stream's address in its internal state and
    /// rejects calls made through a copy; a stored struct property has no stable address.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    private var inputCount = 0
    private let output: UnsafeMutablePointer<UInt8>
    private let outputCapacity: Int
    private var fileDescriptor: Int32
    private var streamIsOpen = true
    /// Remembered so a second `finish()` reports the first one's failure instead of
    /// pretending the file was written.
    private var finishOutcome: Result<Void, ETLError>?

    public init(path: String, level: Int32, bufferSize: Int = 1 << 18) throws(ETLError) {
        let stream = try GzipWriter.makeDeflateStream(path: path, level: level)
        let descriptor = open(path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = currentErrorText()
            deflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .outputUnwritable(path: path, reason: reason)
        }
        self.path = path
        self.stream = stream
        self.fileDescriptor = descriptor
        self.inputCapacity = max(bufferSize, 1)
        self.outputCapacity = max(bufferSize, 1 << 12)
        self.input = .allocate(capacity: inputCapacity)
        self.output = .allocate(capacity: outputCapacity)
    }

    deinit {
        if streamIsOpen { deflateEnd(stream) }
        if fileDescriptor >= 0 { _ = close(fileDescriptor) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        output.deallocate()
    }

    public func write(_ bytes: [UInt8]) throws(ETLError) {
        try write(bytes[...])
    }

    public func write(_ bytes: ArraySlice<UInt8>) throws(ETLError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ETLError) in
            try append(UnsafeRawBufferPointer(buffer))
        }
    }

    /// Copies straight from the string's UTF-8 storage so a row costs no array allocation;
    /// `withUTF8Bytes` only rethrows untyped errors, hence the `Result` to carry `ETLError` out.
    public func write(_ string: String) throws(ETLError) {
        let outcome = string.withUTF8Bytes { utf8 in
            Result { () throws(ETLError) in try append(UnsafeRawBufferPointer(utf8)) }
        }
        try outcome.get()
    }

    /// Ends the gzip stream and makes the file durable before reporting success, because the
    /// caller treats a returned `finish()` as "this output exists on disk". A file only read
    /// back and removed (an abandoned `TableStream`) is not made durable.
    public func finish(durable: Bool = true) throws(ETLError) {
        if let finishOutcome {
            try finishOutcome.get()
            return
        }
        let outcome = Result { () throws(ETLError) in
            try deflateInput(flush: Z_FINISH)
            try syncAndClose(durable: durable)
            sha256 = digest.finalizeHex()
        }
        releaseResources()
        finishOutcome = outcome
        try outcome.get()
    }

    // MARK: - Buffering

    private func append(_ bytes: UnsafeRawBufferPointer) throws(ETLError) {
        guard finishOutcome == nil else {
            throw .outputUnwritable(path: path, reason: "the gzip stream was already finished")
        }
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let taken = min(bytes.count - offset, inputCapacity - inputCount)
            UnsafeMutableRawPointer(input + inputCount).copyMemory(from: base + offset, byteCount: taken)
            inputCount += taken
            offset += taken
            uncompressedBytes += taken
            if inputCount == inputCapacity {
                try deflateInput(flush: Z_NO_FLUSH)
            }
        }
    }

    // MARK: - zlib

    private static func makeDeflateStream(path: String, level: Int32) throws(ETLError) -> UnsafeMutablePointer<z_stream> {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, wrapped in a gzip rather than a zlib header.
        let code = deflateInit2_(
            stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)
        )
        guard code == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .compressionFailed(path: path, zlibCode: code)
        }
        return stream
    }

    /// Hands the whole input buffer to zlib and writes out everything it produces; with
    /// `Z_FINISH` it keeps going until zlib has emitted the gzip trailer.
    private func deflateInput(flush: Int32) throws(ETLError) {
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(inputCount)
        while true {
            stream.pointee.next_out = output
            stream.pointee.avail_out = UInt32(outputCapacity)
            let code = deflate(stream, flush)
            guard code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR else {
                throw .compressionFailed(path: path, zlibCode: code)
            }
            let produced = outputCapacity - Int(stream.pointee.avail_out)
            try writeOutput(count: produced)
            if flush == Z_FINISH {
                if code == Z_STREAM_END { break }
                if code == Z_BUF_ERROR && produced == 0 {
                    throw .compressionFailed(path: path, zlibCode: code)
                }
            } else if stream.pointee.avail_out != 0 {
                break
            }
        }
        inputCount = 0
    }

    // MARK: - File I/O

    private func writeOutput(count: Int) throws(ETLError) {
        digest.update(UnsafeRawBufferPointer(start: output, count: count))
        var offset = 0
        while offset < count {
            let written = posixWrite(fileDescriptor, output + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .outputUnwritable(path: path, reason: currentErrorText())
            }
            guard written > 0 else {
                throw .outputUnwritable(path: path, reason: "the system accepted no bytes")
            }
            offset += written
        }
    }

    private func syncAndClose(durable: Bool) throws(ETLError) {
        while durable, fsync(fileDescriptor) != 0 {
            if errno == EINTR { continue }
            throw .outputUnwritable(path: path, reason: currentErrorText())
        }
        let descriptor = fileDescriptor
        fileDescriptor = -1
        // Not retried on EINTR: Linux has already released the descriptor by then.
        if close(descriptor) != 0 && errno != EINTR {
            throw .outputUnwritable(path: path, reason: currentErrorText())
        }
    }

    /// Frees zlib memory and the descriptor whatever happened, so a failed finish leaks nothing.
    private func releaseResources() {
        if streamIsOpen {
            deflateEnd(stream)
            streamIsOpen = false
        }
        if fileDescriptor >= 0 {
            _ = close(fileDescriptor)
            fileDescriptor = -1
        }
    }
}

/// The POSIX call under a name the class's own `write` methods do not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func currentErrorText() -> String {
    String(cString: strerror(errno))
}
