/// Puts the listing in path order in bounded memory: files gather in memory up to a budget,
/// are sorted and written out as a run, and the runs are merged into the list at the end (an
/// external merge sort). A directory of a few thousand reports never leaves memory until the
/// list is written.
struct SourceFileSorter {
    private struct Entry {
        var path: [UInt8]
        var modified: Int
        var size: Int
    }

    private let scratch: String
    private let budget: Int
    private var pending: [Entry] = []
    private var pendingBytes = 0
    private var runs: [SpillFile] = []
    /// About 30,000 files of a typical path length.
    static let defaultBudget = 2 << 20

    init(scratch: String, budget: Int = defaultBudget) {
        self.scratch = scratch
        self.budget = budget
    }

    mutating func add(relativePath: String, modified: Int, size: Int) throws(ETLError) {
        pending.append(Entry(path: Array(relativePath.utf8), modified: modified, size: size))
        pendingBytes += relativePath.utf8.count + 64
        if pendingBytes >= budget { try writeRun() }
    }

    /// The sorted listing; the sorter is spent.
    mutating func list(root: String) throws(ETLError) -> SourceFileList {
        let writer = try SourceFileList.Writer(scratch: scratch)
        if runs.isEmpty {
            for entry in sortedPending() { try writer.append(path: entry.path, modified: entry.modified, size: entry.size) }
        } else {
            if !pending.isEmpty { try writeRun() }
            try Self.merge(runs, into: writer)
        }
        pending = []
        runs = []
        return try writer.list(root: root)
    }

    private func sortedPending() -> [Entry] {
        pending.sorted { ByteScanning.precedes($0.path, $1.path) }
    }

    private mutating func writeRun() throws(ETLError) {
        let run = try SpillFile(directory: scratch)
        for entry in sortedPending() {
            var frame: [UInt8] = []
            frame.appendLittleEndian(Int64(entry.modified))
            frame.appendLittleEndian(Int64(entry.size))
            try run.append(frame + entry.path)
        }
        try run.close()
        runs.append(run)
        pending = []
        pendingBytes = 0
    }

    /// Heads of the runs are kept sorted, largest first, so the next file is always the last.
    private static func merge(_ runs: [SpillFile], into writer: SourceFileList.Writer) throws(ETLError) {
        var heads: [(entry: Entry, reader: RunReader)] = []
        for run in runs {
            var reader = RunReader(run)
            if let entry = try reader.next() { insert((entry, reader), into: &heads) }
        }
        while var (entry, reader) = heads.popLast() {
            try writer.append(path: entry.path, modified: entry.modified, size: entry.size)
            if let next = try reader.next() {
                entry = next
                insert((entry, reader), into: &heads)
            }
        }
    }

    private static func insert(_ head: (entry: Entry, reader: RunReader), into heads: inout [(entry: Entry, reader: RunReader)]) {
        var low = 0
        var high = heads.count
        while low < high {
            let middle = (low + high) / 2
            if ByteScanning.precedes(head.entry.path, heads[middle].entry.path) { low = middle + 1 } else { high = middle }
        }
        heads.insert(head, at: low)
    }

    /// A run's entries back in order, from frames of time, size and path.
    private struct RunReader {
        private var frames: SpillReader
        /// Many runs are merged at once, so each reads small blocks.
        static let blockSize = 64 << 10

        init(_ run: SpillFile) {
            frames = run.reader(blockSize: Self.blockSize)
        }

        mutating func next() throws(ETLError) -> Entry? {
            guard let frame = try frames.next() else { return nil }
            guard frame.count >= 16 else {
                throw .outputUnwritable(path: frames.directory, reason: "a sorted run of the listing holds a frame of \(frame.count) bytes")
            }
            return Entry(path: Array(frame.dropFirst(16)), modified: Int(frame.littleEndian(Int64.self, at: 0)),
                         size: Int(frame.littleEndian(Int64.self, at: 8)))
        }
    }
}
