import Foundation
@testable import OGIFixtures
#if canImport(Glibc)
import Glibc
#endif

/// The built `ogi-etl` executable, for tests that must see what cron sees: exit codes, a real
/// process to kill, a user without root's right to read every file.
extension TestSupport {
    static var binary: String { Bundle.main.bundleURL.appendingPathComponent("ogi-etl").path }

    static func ingestArguments(_ input: String, _ output: String) -> [String] {
        ["ingest", input, "--out", output, "--config", configPath, "--workers", "2", "--quiet"]
    }

    /// Starts the binary; as root, under the `nobody` user so file permissions apply.
    static func startBinary(_ arguments: [String], unprivileged: Bool = false) throws -> Process {
        let process = Process()
        if unprivileged, geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func runBinary(_ arguments: [String], unprivileged: Bool = false) throws -> Int32 {
        let process = try startBinary(arguments, unprivileged: unprivileged)
        process.waitUntilExit()
        return process.terminationStatus
    }
}
