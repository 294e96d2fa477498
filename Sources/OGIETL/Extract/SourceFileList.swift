/// The reports found under the input directory, in path order, held in two nameless scratch
/// files rather than in memory: a fixed 32-byte entry per file (where its path starts, how long
/// it is, its time and size) and the paths themselves. A list of millions of reports costs the
/// same memory as a list of ten. Time and size are 0 for the files the directory says are
/// regular, which are not `stat`ed; the reader takes them when it opens one.
public struct SourceFileList: RandomAccessCollection, Sendable {
    public let root: String
    private let entries: ScratchFile
    private let paths: ScratchFile
    public let endIndex: Int
    static let entrySize = 32

    public var startIndex: Int { 0 }

    /// `entries` and `paths` as `SourceFileList.Writer` wrote them.
    init(root: String, entries: ScratchFile, paths: ScratchFile) {
        self.root = root
        self.entries = entries
        self.paths = paths
        endIndex = entries.size / Self.entrySize
    }

    public subscript(position: Int) -> SourceFile {
        let entry = entries.read(Self.entrySize, at: position * Self.entrySize)
        return file(entry[...], relativePath: relativePath(entry))
    }

    /// The files at `positions`, from one `pread` of their entries and one of their paths,
    /// which lie together because both files were written in order: the pipeline takes files
    /// a batch at a time, and reading each on its own made two system calls a report.
    public func files(at positions: Range<Int>) -> [SourceFile] {
        let positions = positions.clamped(to: startIndex..<endIndex)
        let entryBytes = entries.read(positions.count * Self.entrySize, at: positions.lowerBound * Self.entrySize)
        guard !positions.isEmpty, entryBytes.count == positions.count * Self.entrySize else { return positions.map { self[$0] } }
        let entries = stride(from: 0, to: entryBytes.count, by: Self.entrySize).map { entryBytes[$0..<($0 + Self.entrySize)] }
        let start = entries.map { Self.field(0, of: $0) }.min() ?? 0
        let end = entries.map { Self.field(0, of: $0) + Self.field(1, of: $0) }.max() ?? start
        let pathBytes = paths.read(end - start, at: start)
        guard pathBytes.count == end - start else { return positions.map { self[$0] } }
        return entries.map { entry in
            let from = Self.field(0, of: entry) - start
            return file(entry, relativePath: String(decoding: pathBytes[from..<(from + Self.field(1, of: entry))], as: UTF8.self))
        }
    }

    private func file(_ entry: ArraySlice<UInt8>, relativePath relative: String) -> SourceFile {
        SourceFile(relativePath: relative, absolutePath: root + "/" + relative,
                   modified: Self.field(2, of: entry), size: Self.field(3, of: entry))
    }

    public func relativePath(_ position: Int) -> String {
        relativePath(entries.read(Self.entrySize, at: position * Self.entrySize))
    }

    private func relativePath(_ entry: [UInt8]) -> String {
        String(decoding: paths.read(Self.field(1, of: entry[...]), at: Self.field(0, of: entry[...])), as: UTF8.self)
    }

    private static func field(_ slot: Int, of entry: ArraySlice<UInt8>) -> Int {
        guard entry.count == entrySize else { return 0 }
        return Int(entry.littleEndian(Int64.self, at: 8 * slot))
    }

    /// Appends files in the order they are given.
    struct Writer {
        private let entries: ScratchFile
        private let paths: ScratchFile

        init(scratch: String) throws(ETLError) {
            entries = try ScratchFile(directory: scratch)
            paths = try ScratchFile(directory: scratch)
        }

        func append(path: some Collection<UInt8>, modified: Int, size: Int) throws(ETLError) {
            var entry: [UInt8] = []
            for field in [paths.size, path.count, modified, size] { entry.appendLittleEndian(Int64(field)) }
            try entries.append(entry)
            try paths.append(path)
        }

        func list(root: String) throws(ETLError) -> SourceFileList {
            try entries.seal()
            try paths.seal()
            return SourceFileList(root: root, entries: entries, paths: paths)
        }
    }
}
