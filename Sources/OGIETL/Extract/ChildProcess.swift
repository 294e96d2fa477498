import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a converter program with a deadline. The program is spawned in a process group of its
/// own, so stopping it also stops what it started (LibreOffice's `soffice` is a script that
/// starts `oosplash`, which starts `soffice.bin`); Foundation's `Process` cannot, and on Linux
/// it reports a program as running for as long as any such grandchild lives. Both pipes are
/// drained on their own threads while the program runs, because a converter that fills a
/// pipe buffer nobody reads blocks forever.
enum ChildProcess {
    enum Outcome: Equatable {
        case finished(status: Int32, standardOutput: [UInt8], standardError: [UInt8])
        case timedOut
        case launchFailed(reason: String)
    }

    /// The program a configured tool names: a path is taken as it is, a bare name is looked up
    /// on PATH. Nil when nothing executable is there.
    static func locate(_ tool: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if tool.contains("/") { return isExecutable(tool) ? tool : nil }
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(tool)" }.first(where: isExecutable)
    }

    private static func isExecutable(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// Held from creating a pipe until its write end is closed in the parent, so no other
    /// worker's program is spawned while a pipe still lacks its close-on-exec flag.
    private static let spawning = NSLock()

    static func run(_ executable: String, _ arguments: [String], timeoutSeconds: Int) -> Outcome {
        spawning.lock()
        guard let output = PipeDrain(), let errors = PipeDrain() else {
            spawning.unlock()
            return .launchFailed(reason: "no pipe could be created (\(String(cString: strerror(errno))))")
        }
        let spawned = SpawnedProcess.start(executable, arguments, standardOutput: output.writeEnd, standardError: errors.writeEnd)
        output.closeWriteEnd()
        errors.closeWriteEnd()
        spawning.unlock()
        output.start()
        errors.start()
        let child: SpawnedProcess
        switch spawned {
        case let .failure(failure): return .launchFailed(reason: failure.reason)
        case let .success(started): child = started
        }
        guard let status = child.waitForExit(seconds: timeoutSeconds) else {
            child.stop()
            return .timedOut
        }
        child.signalGroup(SIGTERM)
        return .finished(status: status, standardOutput: output.collected(), standardError: errors.collected())
    }
}
