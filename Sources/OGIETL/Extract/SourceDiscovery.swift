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
    /// The patterns as C strings, made once: handing `fnmatch` a `String` converted it on
    /// every call, pattern by pattern and file by file, a fifth of listing 100,000 reports.
    private let include: [ContiguousArray<CChar>]
    private let lowercasedInclude: [ContiguousArray<CChar>]
    private let exclude: [ContiguousArray<CChar>]

    public init(selection: PipelineConfig.FileSelection) {
        self.selection = selection
        include = selection.include.map(\.utf8CString)
        lowercasedInclude = selection.include.map { $0.lowercased().utf8CString }
        exclude = selection.exclude.map(\.utf8CString)
    }

    /// Files matching the include patterns and none of the exclude patterns, sorted by their
    /// relative path's UTF-8 bytes. Directory symlinks are not followed, so a link loop or a
    /// link out of the input cannot pull in other files.
    /// The list lives in nameless files under `scratch` (see `SourceFileList`).
    public func files(under root: String, scratch: String = NSTemporaryDirectory()) throws(ETLError) -> SourceFileList {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        var found = SourceFileSorter(scratch: scratch)
        try walk(rootURL.path, relative: "", into: &found)
        return try found.list(root: rootURL.path)
    }

    /// Listing runs before any report is read, on one core, so its time is added to every run
    /// in full. Where the directory entry gives the kind, a folder is entered and a file is
    /// listed or passed over without a `stat` at all: half the listing's time went to `fstatat`
    /// for each report's size and time, which the reader asks anyway when it opens the file.
    /// Other entries are examined relative to the open directory (`fstatat`), so the kernel
    /// does not walk the whole path again.
    private func walk(_ directory: String, relative: String, into found: inout SourceFileSorter) throws(ETLError) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let descriptor = dirfd(stream)
        while let entry = readdir(stream) {
            let name = Self.name(of: entry)
            guard name != ".", name != "..", !Self.matchesAny(exclude, name) else { continue }
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            switch entry.pointee.d_type {
            case UInt8(DT_DIR):
                try walk(directory + "/" + name, relative: relativePath, into: &found)
            case UInt8(DT_REG):
                // Its size and time are asked when it is read (`FileContents.contents`).
                guard isSelected(name) else { continue }
                try found.add(relativePath: relativePath, modified: 0, size: 0)
            default:
                try visit(name, in: directory, descriptor: descriptor, relative: relativePath, into: &found)
            }
        }
    }

    /// An entry whose kind the directory did not give (a link, or a file system that does not
    /// say), told by `fstatat`.
    private func visit(_ name: String, in directory: String, descriptor: Int32, relative relativePath: String,
                       into found: inout SourceFileSorter) throws(ETLError) {
        var path: String { directory + "/" + name }
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR {
            try walk(path, relative: relativePath, into: &found)
        } else if kind == S_IFREG || (kind == S_IFLNK && !isDirectory(path)), isSelected(name) {
            if kind == S_IFLNK { _ = stat(path, &status) }
            try Self.add(relativePath, status, to: &found)
        }
    }

    private static func add(_ relativePath: String, _ status: stat, to found: inout SourceFileSorter) throws(ETLError) {
        try found.add(relativePath: relativePath, modified: Int(status.st_mtim.tv_sec), size: Int(status.st_size))
    }

    /// The entry's name, read in place up to its terminating zero. `d_name` is declared as 256
    /// bytes, but the kernel packs each record to its name's length: copying the whole field
    /// read past a short record, and killed a run (SIGSEGV) when that record ended the last
    /// mapped page of `readdir`'s buffer.
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
            String(decodingCString: UnsafeRawPointer(field).assumingMemoryBound(to: UInt8.self), as: UTF8.self)
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
        let included = Self.matchesAny(include, name) || Self.matchesAny(lowercasedInclude, name.lowercased())
        return included && selection.formats.contains(SourceFormat(path: name))
    }

    private static func matchesAny(_ patterns: [ContiguousArray<CChar>], _ name: String) -> Bool {
        name.withCString { name in
            patterns.contains { pattern in
                pattern.withUnsafeBufferPointer { pattern in pattern.baseAddress.map { fnmatch($0, name, 0) == 0 } ?? false }
            }
        }
    }
}
