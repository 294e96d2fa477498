/// The cells of lines the tokenizer has read before, kept by the line's bytes. Reports print
/// the template's labels on lines that are the same from one report to the next, and rows of
/// zeros are common; a line seen before is hashed and compared once instead of being scanned
/// for separators, trimmed, measured for columns and classified cell by cell.
///
/// Tokenizing a line depends on its bytes alone (the line number is set again on the way
/// out), so a remembered line gives exactly the cells reading it again would. A value: each
/// worker holds its own, with no lock per line, and the pipeline hands it from one batch of
/// reports to the next. It empties itself when full, so memory is bounded whatever the corpus.
public struct LineMemo: Sendable {
    /// Longer lines are prose, which rarely repeats, and are always read.
    static let longestLine = 192
    static let capacity = 4096
    /// Bytes of remembered lines, their cells and the cells' texts, together: with the slots
    /// and entries, a memo never holds much more than a megabyte and a quarter.
    static let byteBudget = 1 << 20

    private struct Entry: Sendable {
        var hash: UInt64
        var key: Range<Int>
        var cells: Range<Int>
        var text: Range<Int>
    }

    /// Open addressing, twice as many slots as entries: index of the entry, or -1. None in a
    /// memo that remembers nothing.
    private var slots: [Int32]
    private var entries: [Entry] = []
    private var keys: [UInt8] = []
    private var cells: [Cell] = []
    private var text: [UInt8] = []

    public init() {
        slots = [Int32](repeating: -1, count: 2 * Self.capacity)
    }

    private init(slots: [Int32]) {
        self.slots = slots
    }

    /// Reads every line: for a single report, where remembering costs more than it saves.
    static var none: LineMemo { LineMemo(slots: []) }

    var count: Int { entries.count }

    /// Where a line is, or would be, remembered: found once, used to replay or to remember.
    struct Probe {
        fileprivate let hash: UInt64
        fileprivate let slot: Int
        fileprivate let isRemembered: Bool
        /// False for a line too long to keep, or in a memo that keeps none.
        fileprivate let canRemember: Bool
    }

    /// Looks `line` (a range of `bytes`) up.
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Probe {
        guard !slots.isEmpty, line.count <= Self.longestLine else { return Probe(hash: 0, slot: 0, isRemembered: false, canRemember: false) }
        let key = UnsafeBufferPointer(rebasing: bytes[line])
        let hash = ByteScanning.hash(key)
        let slot = find(key, hash: hash)
        return Probe(hash: hash, slot: slot, isRemembered: slots[slot] >= 0, canRemember: true)
    }

    /// Appends the remembered cells of a line to `list`, at line `number`; false, with nothing
    /// appended, when the line was not read before.
    func replay(_ probe: Probe, number: Int, into list: inout CellList) -> Bool {
        guard probe.isRemembered else { return false }
        let entry = entries[Int(slots[probe.slot])]
        cells.withUnsafeBufferPointer { cells in
            text.withUnsafeBufferPointer { text in
                list.appendRemembered(UnsafeBufferPointer(rebasing: cells[entry.cells]),
                                      text: UnsafeBufferPointer(rebasing: text[entry.text]), line: number)
            }
        }
        return true
    }

    /// Keeps the cells `list` gained from `cellStart` and `textStart` on as those of the line
    /// `probe` looked up.
    mutating func remember(_ probe: Probe, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>,
                           list: CellList, cellStart: Int, textStart: Int) {
        guard probe.canRemember, !probe.isRemembered else { return }
        let key = UnsafeBufferPointer(rebasing: bytes[line])
        let newCells = list.cells.count - cellStart
        var slot = probe.slot
        if entries.count == Self.capacity || heldBytes + Self.bytes(key: key.count, cells: newCells, text: list.text.count - textStart) > Self.byteBudget {
            clear()
            slot = find(key, hash: probe.hash)
        }
        let entry = Entry(hash: probe.hash, key: keys.count..<(keys.count + key.count), cells: cells.count..<(cells.count + newCells),
                          text: text.count..<(text.count + list.text.count - textStart))
        keys.append(contentsOf: key)
        for cell in list.cells[cellStart...] { cells.append(cell.moved(by: -textStart, toLine: 0)) }
        text.append(contentsOf: list.text[textStart...])
        slots[slot] = Int32(entries.count)
        entries.append(entry)
    }

    private var heldBytes: Int {
        Self.bytes(key: keys.count, cells: cells.count, text: text.count)
    }

    private static func bytes(key: Int, cells: Int, text: Int) -> Int {
        key + cells * MemoryLayout<Cell>.stride + text
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, Self.equal(keys, entry.key, key) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private static func equal(_ keys: [UInt8], _ range: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { ByteScanning.equal(UnsafeBufferPointer(rebasing: $0[range]), key) }
    }

    private mutating func clear() {
        for index in slots.indices { slots[index] = -1 }
        entries.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }
}
