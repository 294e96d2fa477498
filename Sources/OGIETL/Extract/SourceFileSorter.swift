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
    private var runs: [ScratchFile] = []
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
        pending.sorted { $0.path.lexicographicallyPrecedes($1.path) }
    }

    private mutating func writeRun() throws(ETLError) {
        let run = try ScratchFile(directory: scratch)
        for entry in sortedPending() {
            try run.append(integer: UInt32(entry.path.count))
            try run.append(integer: Int64(entry.modified))
            try run.append(integer: Int64(entry.size))
            try run.append(entry.path)
        }
        try run.seal()
        runs.append(run)
        pending = []
        pendingBytes = 0
    }

    /// Heads of the runs are kept sorted, largest first, so the next file is always the last.
    private static func merge(_ runs: [ScratchFile], into writer: SourceFileList.Writer) throws(ETLError) {
        var heads: [(entry: Entry, reader: RunReader)] = []
        for run in runs {
            var reader = RunReader(run)
            if let entry = reader.next() { insert((entry, reader), into: &heads) }
        }
        while var (entry, reader) = heads.popLast() {
            try writer.append(path: entry.path, modified: entry.modified, size: entry.size)
            if let next = reader.next() {
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
            if head.entry.path.lexicographicallyPrecedes(heads[middle].entry.path) { low = middle + 1 } else { high = middle }
        }
        heads.insert(head, at: low)
    }

    /// Reads a run's entries back in order, 64 KB at a time.
    private struct RunReader {
        private let run: ScratchFile
        private var block: [UInt8] = []
        private var position = 0
        private var offset = 0
        private static let blockSize = 64 << 10
        private static let headerSize = 20

        init(_ run: ScratchFile) {
            self.run = run
        }

        mutating func next() -> Entry? {
            guard let header = take(Self.headerSize) else { return nil }
            let length = Int(Self.integer(UInt32.self, header, 0))
            guard let path = take(length) else { return nil }
            return Entry(path: Array(path), modified: Int(Self.integer(Int64.self, header, 4)), size: Int(Self.integer(Int64.self, header, 12)))
        }

        private mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
            if block.count - position < count {
                let fresh = run.read(max(Self.blockSize, count), at: offset)
                offset += fresh.count
                block = Array(block[position...]) + fresh
                position = 0
            }
            guard block.count - position >= count else { return nil }
            defer { position += count }
            return block[position..<(position + count)]
        }

        private static func integer<Value: FixedWidthInteger>(_: Value.Type, _ bytes: ArraySlice<UInt8>, _ at: Int) -> Value {
            bytes.withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: Value.self)) }
        }
    }
}
