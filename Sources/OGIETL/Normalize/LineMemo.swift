/// The cells of lines the tokenizer has read before, kept by the line's bytes. Reports print
/// the template's labels on lines that are the same from one report to the next, and rows of
/// zeros are common; a line seen before is hashed and compared once instead of being scanned
/// for separators, trimmed, measured for columns and classified cell by cell.
///
/// Tokenizing a line depends on its bytes alone (the line number is set again on the way
/// out), so a remembered line gives exactly the cells reading it again would. A value: each
/// worker holds its own, with no lock per line, and the pipeline hands it from one batch of
/// reports to the next. It empties itself when full, so memory is bounded whatever the corpus.
///
/// It also carries the worker's other per-cell memory, the texts the section splitter found
/// naming no section, which is kept and handed on in the same way.
public struct LineMemo: Sendable {
    /// Longer lines are prose, which rarely repeats, and are always read.
    static let longestLine = 192
    static let capacity = 4096
    /// Bytes of remembered lines, their cells and the cells' texts, together: with the slots
    /// and entries, a memo never holds much more than a megabyte and a quarter.
    static let byteBudget = 1 << 20

    /// Where a remembered line's cells and their texts lie in `cells` and `text`, by the
    /// line's number in `lines`.
    private struct Entry: Sendable {
        var cells: Range<Int>
        var text: Range<Int>
    }

    private var lines: ByteKeyTable
    private var entries: [Entry] = []
    private var cells: [Cell] = []
    private var text: [UInt8] = []
    /// Texts of cells the section splitter found naming no section (`SectionSplitter`): kept
    /// here because they live as long as the worker's lines and travel the same way.
    var textsNamingNoSection: ByteKeyTable

    public init() {
        lines = ByteKeyTable(capacity: Self.capacity)
        textsNamingNoSection = ByteKeyTable(capacity: SectionSplitter.textsRemembered)
    }

    private init(keepingNothing: Void) {
        lines = .none
        textsNamingNoSection = .none
    }

    /// Reads every line: for a single report, where remembering costs more than it saves.
    static var none: LineMemo { LineMemo(keepingNothing: ()) }

    var count: Int { entries.count }

    /// Where a line is, or would be, remembered: found once, used to replay or to remember.
    struct Probe {
        fileprivate let location: ByteKeyTable.Location?
    }

    /// Looks `line` (a range of `bytes`) up. A line too long to keep, or any line in a memo that
    /// keeps none, has no location.
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Probe {
        guard !lines.keepsNothing, line.count <= Self.longestLine else { return Probe(location: nil) }
        return Probe(location: lines.locate(UnsafeBufferPointer(rebasing: bytes[line])))
    }

    /// Appends the remembered cells of a line to `list`, at line `number`; false, with nothing
    /// appended, when the line was not read before.
    func replay(_ probe: Probe, number: Int, into list: inout CellList) -> Bool {
        guard let index = probe.location?.index else { return false }
        let entry = entries[index]
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
        guard var location = probe.location, location.index == nil else { return }
        let key = UnsafeBufferPointer(rebasing: bytes[line])
        let newCells = list.cells.count - cellStart
        if lines.isFull || heldBytes + Self.bytes(key: key.count, cells: newCells, text: list.text.count - textStart) > Self.byteBudget {
            clear()
            location = lines.locate(key, hash: location.hash)
        }
        _ = lines.add(key, at: location)
        entries.append(Entry(cells: cells.count..<(cells.count + newCells), text: text.count..<(text.count + list.text.count - textStart)))
        for cell in list.cells[cellStart...] { cells.append(cell.moved(by: -textStart, toLine: 0)) }
        text.append(contentsOf: list.text[textStart...])
    }

    private var heldBytes: Int {
        Self.bytes(key: lines.keyBytes, cells: cells.count, text: text.count)
    }

    private static func bytes(key: Int, cells: Int, text: Int) -> Int {
        key + cells * MemoryLayout<Cell>.stride + text
    }

    private mutating func clear() {
        lines.removeAll()
        entries.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }
}
