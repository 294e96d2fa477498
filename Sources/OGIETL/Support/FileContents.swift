#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file's bytes through open/fstat/read, for reports and the configuration. Foundation's
/// `Data(contentsOf:)` cost as much as hashing the bytes for a small report, then the Data was
/// copied into an Array; this reads straight into the Array and fails with the system's own
/// words ("No such file or directory", "Permission denied", "Is a directory"), which operators
/// recognise, rather than Foundation's.
enum FileContents {
    /// What `fstat` says of a file once it is open.
    struct Status: Equatable {
        let size: Int
        /// Seconds since 1970.
        let modified: Int
    }

    /// A file's bytes, or its status alone when `admit` turned it away.
    enum Opened {
        case read([UInt8], Status)
        case refused(Status)
    }

    static func bytes(atPath path: String) -> Result<[UInt8], Failure> {
        contents(atPath: path) { _ in true }.map { opened in
            switch opened {
            case let .read(bytes, _): bytes
            case .refused: []
            }
        }
    }

    /// The file's bytes, read only if `admit` accepts what `fstat` says of it first: a report
    /// above the size limit is refused without a byte read, and a worker's batch stops before
    /// a report that would take it past its budget. The listing does not `stat` the files, so
    /// this is the one time a report's size and time are asked.
    static func contents(atPath path: String, admit: (Status) -> Bool) -> Result<Opened, Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(errno)) }
        let status = Status(size: max(Int(info.st_size), 0), modified: Int(info.st_mtim.tv_sec))
        guard admit(status) else { return .success(.refused(status)) }
        return readAll(descriptor, expecting: status.size).map { .read($0, status) }
    }

    private static func readAll(_ descriptor: Int32, expecting size: Int) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var chunkSize = size + 1
        while true {
            var code: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                (count, code) = fill(buffer, from: descriptor)
            }
            guard code == 0 else { return .failure(Failure(code)) }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            // One byte more than the file's size was asked for: a chunk that came back full
            // means the file grew while it was read.
            if chunk.count < chunkSize { return .success(bytes) }
            chunkSize = bytes.count
        }
    }

    /// Reads until the buffer is full or the file ends, straight into the Array's storage:
    /// zero-filling it first cost a pass over every input byte. The errno of a failed read,
    /// else 0.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) -> (count: Int, error: Int32) {
        guard let base = buffer.baseAddress else { return (0, 0) }
        var count = 0
        while count < buffer.count {
            let got = read(descriptor, base + count, buffer.count - count)
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return (count, errno) }
            if got == 0 { break }
            count += got
        }
        return (count, 0)
    }

    /// The C library's message for an errno value.
    struct Failure: Error {
        let reason: String

        init(_ code: Int32) {
            reason = String(cString: strerror(code))
        }
    }
}
