/// A report's cells as the tokenizer (or a test) adds them: each cell's bytes are copied once,
/// onto the end of one text buffer. `CellRun(list)` then shares both buffers with every table
/// and row cut from them.
struct CellList: Sendable {
    private(set) var cells: [Cell] = []
    private(set) var text: [UInt8] = []

    mutating func reserveCapacity(cells count: Int, textBytes: Int) {
        cells.reserveCapacity(count)
        text.reserveCapacity(textBytes)
    }

    /// A cell whose text is `range` of `bytes`, copied as printed.
    mutating func append(_ kind: Cell.Kind, _ bytes: [UInt8], _ range: Range<Int>, line: Int, center: Int = 0) {
        let start = text.count
        ByteScanning.append(bytes, range, to: &text)
        cells.append(Cell(kind: kind, text: start..<text.count, line: line, center: center))
    }

    /// A cell whose text is `string`: figures spelled by the unit reader, labels joined by hand.
    mutating func append(_ kind: Cell.Kind, _ string: String, line: Int, center: Int = 0) {
        let start = text.count
        text.append(contentsOf: string.utf8)
        cells.append(Cell(kind: kind, text: start..<text.count, line: line, center: center))
    }

    /// The figure printed in `range` of `bytes`, in its canonical spelling; false, with nothing
    /// added, when the range is not a figure. `center` is asked only for a figure.
    mutating func appendFigure(_ bytes: [UInt8], _ range: Range<Int>, line: Int, center: () -> Int) -> Bool {
        let start = text.count
        guard NumberSpelling.append(bytes, range, to: &text) else { return false }
        cells.append(Cell(kind: .number, text: start..<text.count, line: line, center: center()))
        return true
    }

    /// A figure printed with its unit; the unit's bytes follow the figure's.
    mutating func appendFigure(_ figure: String, unit: String, line: Int, center: Int) {
        append(.number, figure, line: line, center: center)
        text.append(contentsOf: unit.utf8)
        cells[cells.count - 1].unitCount = UInt16(clamping: unit.utf8.count)
    }

    /// Marks the cell just added as a run of digits cut from label text.
    mutating func markLastGlued(sharedDigits: Int) {
        cells[cells.count - 1].isGlued = true
        cells[cells.count - 1].sharedDigits = sharedDigits
    }

    /// The cells of a line read before (`LineMemo`), whose text offsets count from the line's
    /// first text byte, placed at the end of this list on line `line`.
    mutating func appendRemembered(_ remembered: UnsafeBufferPointer<Cell>, text lineText: UnsafeBufferPointer<UInt8>, line: Int) {
        let shift = text.count
        text.append(contentsOf: lineText)
        cells.reserveCapacity(cells.count + remembered.count)
        for cell in remembered { cells.append(cell.moved(by: shift, toLine: line)) }
    }
}
