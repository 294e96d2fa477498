import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the output directory needs that Foundation does not offer.
enum FileSystemCalls {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchangeFlag: UInt32 = 2

    /// Swaps two paths in one step (Linux `renameat2(RENAME_EXCHANGE)`), so a reader sees the old
    /// directory or the new one and never neither. glibc declares it only under `_GNU_SOURCE`,
    /// which the Swift overlay does not set, hence the lookup. Returns false where the kernel or
    /// file system lacks it; the caller then falls back to two renames.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchangeFlag) == 0
    }

    /// Flushes a file or a directory entry list to disk; a rename is only durable once the
    /// directory holding it has been synced.
    static func sync(_ path: String) throws(ETLError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .outputUnwritable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            throw .outputUnwritable(path: path, reason: lastError())
        }
    }

    /// Takes an exclusive lock that the kernel releases when the process ends, however it ends.
    static func lock(_ path: String) throws(ETLError) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw .outputUnwritable(path: path, reason: lastError()) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .outputLocked(path: path)
        }
        return descriptor
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
