import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output is built in a sibling staging directory and swapped into place only when every
/// file is complete and synced, so a reader, a crash or a SIGKILL at any moment leaves `OUT`
/// holding one complete run: the previous one or the new one, never a mix and never nothing.
struct OutputDirectory {
    let final: String
    let staging: String
    private let parent: String
    private let lockDescriptor: Int32

    init(final: String) throws(ETLError) {
        let url = URL(fileURLWithPath: final).standardizedFileURL
        self.final = url.path
        parent = url.deletingLastPathComponent().path
        let hidden = parent + "/." + url.lastPathComponent
        staging = hidden + ".staging"
        try Self.refuseForeignDirectory(self.final)
        try Self.createParent(parent)
        lockDescriptor = try FileSystemCalls.lock(hidden + ".lock")
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw .outputUnwritable(path: staging, reason: error.localizedDescription)
        }
    }

    /// Replaces the previous output with the staged one in a single step where the kernel
    /// allows it. A killed run leaves only the staging directory, which the next run removes.
    func commit() throws(ETLError) {
        defer { close(lockDescriptor) }
        try syncStaging()
        if FileManager.default.fileExists(atPath: final), FileSystemCalls.exchange(staging, final) {
            try? FileManager.default.removeItem(atPath: staging)
        } else {
            try replaceByRenames()
        }
        try FileSystemCalls.sync(parent)
    }

    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        close(lockDescriptor)
    }

    private func syncStaging() throws(ETLError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []
        for name in names.sorted() { try FileSystemCalls.sync(staging + "/" + name) }
        try FileSystemCalls.sync(staging)
    }

    /// For file systems without an atomic exchange: `OUT` is absent for the instant between
    /// the two renames, but a reader still never sees a partial run.
    private func replaceByRenames() throws(ETLError) {
        let retired = staging + ".previous"
        try? FileManager.default.removeItem(atPath: retired)
        let hadPrevious = FileManager.default.fileExists(atPath: final)
        if hadPrevious, rename(final, retired) != 0 { throw posixError(final) }
        guard rename(staging, final) == 0 else {
            let error = posixError(final)
            if hadPrevious { _ = rename(retired, final) }
            throw error
        }
        if hadPrevious { try? FileManager.default.removeItem(atPath: retired) }
    }

    private static func createParent(_ parent: String) throws(ETLError) {
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .outputUnwritable(path: parent, reason: error.localizedDescription)
        }
    }

    /// Replacing `OUT` deletes what was there, so only an earlier run's output or an empty
    /// directory may be replaced; a mistyped `--out $HOME` must not cost the user a folder.
    private static func refuseForeignDirectory(_ path: String) throws(ETLError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        let contents = isDirectory.boolValue ? (try? FileManager.default.contentsOfDirectory(atPath: path)) : nil
        guard let contents, contents.isEmpty || contents.contains("manifest.json") else {
            throw .outputNotOurs(path: path)
        }
    }

    private func posixError(_ path: String) -> ETLError {
        .outputUnwritable(path: path, reason: FileSystemCalls.lastError())
    }
}
