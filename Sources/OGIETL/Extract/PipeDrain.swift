import Foundation

/// Reads one pipe to its end on a background thread and hands over what it read.
///
/// `@unchecked Sendable` because the bytes are written by the reader thread and read by the
/// caller; the lock and the group's wait order those two accesses.
final class PipeDrain: @unchecked Sendable {
    let pipe: Pipe
    private let lock = NSLock()
    private let done = DispatchGroup()
    private var bytes: [UInt8] = []

    init(_ pipe: Pipe) {
        self.pipe = pipe
    }

    func start() {
        done.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { bytes = [UInt8](data) }
            done.leave()
        }
    }

    /// Everything the program wrote. A grandchild that keeps the pipe open after the program
    /// exited must not hang the run, so the wait is bounded.
    func collected() -> [UInt8] {
        _ = done.wait(timeout: .now() + 5)
        return lock.withLock { bytes }
    }
}
