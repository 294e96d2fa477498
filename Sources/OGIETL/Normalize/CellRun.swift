/// Cells of one report, or a stretch of them (a table, a row's label or its figures), indexed
/// from zero, together with the report's text buffer that every cell's text lies in. Cutting a
/// report into tables and rows copies no cells and no text: every run of a report shares one
/// store, so copying a run costs one reference count rather than one per buffer.
struct CellRun: RandomAccessCollection, Sendable {
    private let store: Store
    private let bounds: Range<Int>

    /// Both buffers, shared by every run cut from them.
    private final class Store: Sendable {
        let cells: [Cell]
        let text: [UInt8]

        init(cells: [Cell], text: [UInt8]) {
            self.cells = cells
            self.text = text
        }
    }

    init(_ list: CellList = CellList()) {
        store = Store(cells: list.cells, text: list.text)
        bounds = 0..<list.cells.count
    }

    /// Other cells of the same report, such as a row's label cells without the blanks among them.
    init(_ cells: some Sequence<Cell>, text: [UInt8]) {
        let cells = Array(cells)
        store = Store(cells: cells, text: text)
        bounds = 0..<cells.count
    }

    private init(store: Store, bounds: Range<Int>) {
        self.store = store
        self.bounds = bounds
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bounds.count }

    subscript(position: Int) -> Cell {
        store.cells[bounds.lowerBound + position]
    }

    /// The run's cells and the report's text buffer, for readers that pass over every byte of
    /// a run's cells and would otherwise fetch both buffers once per cell.
    func withBuffers<Result>(_ body: (UnsafeBufferPointer<Cell>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        store.cells.withUnsafeBufferPointer { cells in
            store.text.withUnsafeBufferPointer { text in body(UnsafeBufferPointer(rebasing: cells[bounds]), text) }
        }
    }

    /// The texts of the report's cells, one after another, valid UTF-8.
    var text: [UInt8] { store.text }

    /// The cells in `range`, as a run of their own indexed from zero.
    func run(_ range: Range<Int>) -> CellRun {
        CellRun(store: store, bounds: (bounds.lowerBound + range.lowerBound)..<(bounds.lowerBound + range.upperBound))
    }

    /// A cell's text as printed (a figure's in its canonical spelling), for records and findings.
    func string(of cell: Cell) -> String {
        ByteScanning.string(store.text, cell.textRange)
    }

    /// A figure as records take it: nil for a blank or missing cell, and for a figure printed
    /// with a unit, which only the proactive amount column reads (through `unit(of:)`).
    func figure(of cell: Cell?) -> Figure? {
        guard let cell else { return nil }
        return store.text.withUnsafeBufferPointer { Self.figure(cell, in: $0) }
    }

    private static func figure(_ cell: Cell, in text: UnsafeBufferPointer<UInt8>) -> Figure? {
        cell.hasUnit ? nil : Figure(text, cell.textRange)
    }

    /// `figure(of:)` of the first `count` cells, nil past the end and for any cell not a
    /// figure. Every row of every report is read through here, so both buffers are opened once
    /// for the row rather than once per cell.
    func figures(_ count: Int) -> [Figure?] {
        store.cells.withUnsafeBufferPointer { cells in
            store.text.withUnsafeBufferPointer { text in
                (0..<count).map { index in
                    guard index < bounds.count else { return nil }
                    let cell = cells[bounds.lowerBound + index]
                    return cell.kind == .number ? Self.figure(cell, in: text) : nil
                }
            }
        }
    }

    /// The unit printed after a figure, if any.
    func unit(of cell: Cell) -> String? {
        cell.hasUnit ? ByteScanning.string(store.text, cell.unitRange) : nil
    }

    /// Figure and unit as printed together (`251000元`), for findings.
    func printed(_ cell: Cell) -> String {
        ByteScanning.string(store.text, cell.textRange.lowerBound..<cell.unitRange.upperBound)
    }
}
