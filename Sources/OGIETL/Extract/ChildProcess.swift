import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a converter program with a deadline. Both pipes are drained on their own threads while
/// the program runs, because a converter that fills a pipe buffer nobody reads blocks forever.
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

    static func run(_ executable: String, _ arguments: [String], timeoutSeconds: Int) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let output = PipeDrain(Pipe())
        let errors = PipeDrain(Pipe())
        process.standardOutput = output.pipe
        process.standardError = errors.pipe
        do {
            try process.run()
        } catch {
            return .launchFailed(reason: error.localizedDescription)
        }
        output.start()
        errors.start()
        guard waitForExit(process, seconds: timeoutSeconds) else {
            stop(process)
            return .timedOut
        }
        return .finished(status: process.terminationStatus, standardOutput: output.collected(), standardError: errors.collected())
    }

    /// Polls rather than waiting on a termination handler, so nothing here is shared across
    /// threads except the drains.
    private static func waitForExit(_ process: Process, seconds: Int) -> Bool {
        let deadline = Date().addingTimeInterval(Double(seconds))
        while process.isRunning {
            if Date() >= deadline { return false }
            usleep(10_000)
        }
        return true
    }

    /// SIGTERM first so the program can clean up, SIGKILL if it is still there two seconds later.
    private static func stop(_ process: Process) {
        process.terminate()
        guard !waitForExit(process, seconds: 2) else { return }
        kill(process.processIdentifier, SIGKILL)
        _ = waitForExit(process, seconds: 2)
    }
}
