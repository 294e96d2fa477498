import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the reports under a directory in a fixed order, so output is the same whatever the
/// file system's listing order or the number of workers.
public struct SourceDiscovery: Sendable {
    public let selection: PipelineConfig.FileSelection

    public init(selection: PipelineConfig.FileSelection) {
        self.selection = selection
    }

    /// Files matching the include patterns and none of the exclude patterns, sorted by their
    /// relative path's UTF-8 bytes. Directory symlinks are not followed, so a link loop or a
    /// link out of the input cannot pull in other files.
    public func files(under root: String) -> SourceFileList {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        var found = SourceFileList(root: rootURL.path)
        walk(rootURL.path, relative: "", into: &found)
        return found.sortedByPath()
    }

    private func walk(_ directory: String, relative: String, into found: inout SourceFileList) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !matchesAny(selection.exclude, name) {
            let path = directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR {
                walk(path, relative: relativePath, into: &found)
            } else if kind == S_IFREG || (kind == S_IFLNK && !isDirectory(path)), isSelected(name) {
                if kind == S_IFLNK { _ = stat(path, &status) }
                found.append(relativePath: relativePath, modified: Int(status.st_mtim.tv_sec), size: Int(status.st_size))
            }
        }
    }

    /// A link to a directory is not followed; any other link named like a report is listed,
    /// even a broken or looping one, so that it appears in `reports` as failed with the
    /// system's reason instead of vanishing from the record.
    private func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Matches the include patterns, ignoring case (sites serve `REPORT.PDF` and `通知.DOC`),
    /// and is of a format chosen by `files.formats` / `--formats`.
    private func isSelected(_ name: String) -> Bool {
        let included = matchesAny(selection.include, name) || matchesAny(selection.include.map { $0.lowercased() }, name.lowercased())
        return included && selection.formats.contains(SourceFormat(path: name))
    }

    private func matchesAny(_ patterns: [String], _ name: String) -> Bool {
        patterns.contains { fnmatch($0, name, 0) == 0 }
    }
}
