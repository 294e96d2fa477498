/// A label followed by the figures printed after it: the unit every table parser consumes.
struct RowChunk: Sendable {
    /// The text cells the label is joined from, for layouts where their lines matter.
    var labelCells: CellRun
    /// Value cells (figures and blanks) after the label, leading empty cells removed: those are
    /// the merged label cells of the template, not missing figures. A printed blank marker (`-`,
    /// `/`, `无`) is a figure's cell left blank, so it keeps its column.
    let values: CellRun

    init(labelCells: CellRun, values: CellRun) {
        self.labelCells = labelCells
        self.values = values
    }

    /// Joined when asked for, not when the report is cut into chunks: the proactive parser
    /// reads most rows' labels from their own line's cells, and the appeals parser reads no
    /// label, so a blob built for every chunk was mostly thrown away.
    var label: LabelBlob { LabelBlob(cells: labelCells) }

    /// Alternating label and value runs; blank-only runs between labels are layout, not data.
    /// The cells are scanned through one buffer: every cell of every table passes here, and
    /// each fetched through the run's subscript went through its store.
    static func chunks(of cells: CellRun) -> [RowChunk] {
        cells.withBuffers { buffer, _ in
            var chunks: [RowChunk] = []
            chunks.reserveCapacity(buffer.count / 2 + 1)
            var labelStart = 0
            var index = 0
            while index < buffer.count {
                guard buffer[index].isValue else { index += 1; continue }
                var end = index
                while end < buffer.count, buffer[end].isValue { end += 1 }
                var first = index
                while first < end, buffer[first].kind == .blank, buffer[first].isEmpty { first += 1 }
                if first < end {
                    chunks.append(RowChunk(labelCells: labelCells(cells, labelStart..<index, buffer), values: cells.run(first..<end)))
                    labelStart = end
                }
                index = end
            }
            if labelStart < buffer.count {
                chunks.append(RowChunk(labelCells: labelCells(cells, labelStart..<buffer.count, buffer),
                                       values: cells.run(buffer.count..<buffer.count)))
            }
            return chunks
        }
    }

    /// The text cells in `range`, before a row's figures. Only a run of empty cells left
    /// between two labels puts values among them, so the cells are copied only then.
    private static func labelCells(_ cells: CellRun, _ range: Range<Int>, _ buffer: UnsafeBufferPointer<Cell>) -> CellRun {
        guard buffer[range].contains(where: \.isValue) else { return cells.run(range) }
        var kept: [Cell] = []
        kept.reserveCapacity(range.count)
        for cell in buffer[range] where !cell.isValue { kept.append(cell) }
        return CellRun(kept, text: cells.text)
    }

    /// The first `count` values in order; `nil` for a blank cell, one that was not printed, or
    /// a figure printed with a unit (only the proactive amount column takes one).
    func figures(_ count: Int) -> [Figure?] {
        values.figures(count)
    }

    /// As `figures`, keeping the cells.
    func figureCells(_ count: Int) -> [Cell?] {
        (0..<count).map(figureCell)
    }

    private func figureCell(_ index: Int) -> Cell? {
        index < values.count && values[index].kind == .number ? values[index] : nil
    }

    /// Figures printed beyond `count` (blank padding after the last column is not counted).
    func surplus(beyond count: Int) -> Int {
        guard values.count > count else { return 0 }
        let extra = values[count...]
        guard let lastFigure = extra.lastIndex(where: { $0.kind == .number }) else { return 0 }
        return lastFigure - count + 1
    }
}
