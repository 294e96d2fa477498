import SystemZlib

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads back a gzip file this run wrote, a block at a time: a table stream that has to be
/// abandoned gives its rows back this way instead of keeping an uncompressed copy of every
/// row on disk for a case most runs never meet (see `TableStream`).
final class GzipReader {
    let path: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let blockSize: Int
    private var descriptor: Int32
    private var ended = false

    init(path: String, blockSize: Int = 1 << 18) throws(ETLError) {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, in a gzip wrapper, as `GzipWriter` writes.
        let code = inflateInit2_(stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard code == Z_OK, descriptor >= 0 else {
            let reason = code == Z_OK ? String(cString: strerror(errno)) : "zlib could not start reading it (code \(code))"
            if code == Z_OK { inflateEnd(stream) }
            if descriptor >= 0 { close(descriptor) }
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .outputUnwritable(path: path, reason: "reading back the rows compressed so far failed: \(reason)")
        }
        self.path = path
        self.stream = stream
        self.descriptor = descriptor
        self.blockSize = max(blockSize, 1 << 12)
        input = .allocate(capacity: self.blockSize)
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        close(descriptor)
    }

    /// The next bytes of the file's content, or nil once the gzip stream has ended.
    func next() throws(ETLError) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: blockSize)
        var produced = 0
        while produced == 0, !ended {
            if stream.pointee.avail_in == 0 { try refill() }
            produced = try inflateInto(&output)
        }
        guard produced > 0 else { return nil }
        output.removeSubrange(produced...)
        return output
    }

    private func inflateInto(_ output: inout [UInt8]) throws(ETLError) -> Int {
        let capacity = output.count
        let code = output.withUnsafeMutableBufferPointer { buffer in
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = UInt32(capacity)
            return inflate(stream, Z_NO_FLUSH)
        }
        guard code == Z_OK || code == Z_STREAM_END else { throw failure("zlib code \(code)") }
        ended = code == Z_STREAM_END
        return capacity - Int(stream.pointee.avail_out)
    }

    private func refill() throws(ETLError) {
        var count = -1
        repeat { count = read(descriptor, input, blockSize) } while count < 0 && errno == EINTR
        guard count >= 0 else { throw failure(String(cString: strerror(errno))) }
        guard count > 0 else { throw failure("the file ends before its gzip stream does") }
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(count)
    }

    private func failure(_ reason: String) -> ETLError {
        .outputUnwritable(path: path, reason: "reading back the rows compressed so far failed: \(reason)")
    }
}
