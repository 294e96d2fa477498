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
    static func chunks(of cells: CellRun) -> [RowChunk] {
        var chunks: [RowChunk] = []
        var labelStart = cells.startIndex
        var index = cells.startIndex
        while index < cells.endIndex {
            guard cells[index].isValue else { index += 1; continue }
            var end = index
            while end < cells.endIndex, cells[end].isValue { end += 1 }
            var first = index
            while first < end, cells[first].kind == .blank, cells[first].isEmpty { first += 1 }
            if first < end {
                chunks.append(RowChunk(labelCells: labelCells(cells.run(labelStart..<index)), values: cells.run(first..<end)))
                labelStart = end
            }
            index = end
        }
        if labelStart < cells.endIndex {
            chunks.append(RowChunk(labelCells: labelCells(cells.run(labelStart..<cells.endIndex)), values: cells.run(cells.endIndex..<cells.endIndex)))
        }
        return chunks
    }

    /// The text cells before a row's figures. Only a run of empty cells left between two labels
    /// puts values among them, so the cells are copied only then.
    private static func labelCells(_ cells: CellRun) -> CellRun {
        cells.contains(where: \.isValue) ? CellRun(cells.filter { !$0.isValue }, text: cells.text) : cells
    }

    /// The first `count` values in order; `nil` for a blank cell, one that was not printed, or
    /// a figure printed with a unit (only the proactive amount column takes one).
    func figures(_ count: Int) -> [String?] {
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
