import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pipe from a child program, read to its end on a background thread.
///
/// `@unchecked Sendable` because the bytes are written by the reader thread and read by the
/// caller; the lock and the group's wait order those two accesses.
final class PipeDrain: @unchecked Sendable {
    private let readEnd: Int32
    private(set) var writeEnd: Int32
    private let lock = NSLock()
    private let done = DispatchGroup()
    private var bytes: [UInt8] = []

    /// Both ends close on exec, so a program spawned by another worker does not inherit this
    /// pipe and hold it open; the child gets its end through dup2. (`pipe2` would set the flag
    /// atomically but is not exported to Swift, so `ChildProcess` creates pipes and spawns
    /// under one lock.)
    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// The parent's copy of the write end must be closed, or the reader never sees the end.
    func closeWriteEnd() {
        close(writeEnd)
        writeEnd = -1
    }

    func start() {
        done.enter()
        let handle = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true)
        DispatchQueue.global(qos: .utility).async { [self] in
            let data = handle.readDataToEndOfFile()
            lock.withLock { bytes = [UInt8](data) }
            done.leave()
        }
    }

    /// Everything the program wrote. A helper that keeps the pipe open after the program
    /// exited must not hang the run, so the wait is bounded.
    func collected() -> [UInt8] {
        _ = done.wait(timeout: .now() + 5)
        return lock.withLock { bytes }
    }
}
