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
    static func bytes(atPath path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(errno)) }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return .failure(Failure(errno)) }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// The C library's message for an errno value.
    struct Failure: Error {
        let reason: String

        init(_ code: Int32) {
            reason = String(cString: strerror(code))
        }
    }
}
