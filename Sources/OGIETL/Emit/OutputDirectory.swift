import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output is built in a sibling staging directory and moved into place only when every
/// file is complete, so a reader (or a crash) never sees half of a run.
struct OutputDirectory {
    let final: String
    let staging: String

    init(final: String) throws(ETLError) {
        let url = URL(fileURLWithPath: final).standardizedFileURL
        self.final = url.path
        staging = url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).staging-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputUnwritable(path: staging, reason: error.localizedDescription)
        }
    }

    /// Replaces the previous output with the staged one.
    func commit() throws(ETLError) {
        let retired = staging + ".previous"
        let hadPrevious = FileManager.default.fileExists(atPath: final)
        if hadPrevious, rename(final, retired) != 0 { throw posixError(final) }
        guard rename(staging, final) == 0 else {
            let error = posixError(final)
            if hadPrevious { _ = rename(retired, final) }
            throw error
        }
        if hadPrevious { try? FileManager.default.removeItem(atPath: retired) }
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func posixError(_ path: String) -> ETLError {
        .outputUnwritable(path: path, reason: String(cString: strerror(errno)))
    }
}
