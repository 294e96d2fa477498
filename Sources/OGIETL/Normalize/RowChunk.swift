/// A label followed by the figures printed after it: the unit every table parser consumes.
struct RowChunk: Sendable {
    let label: LabelBlob
    /// The text cells the label was joined from, for layouts where their lines matter.
    var labelCells: [Cell] = []
    /// Value cells (figures and blanks) after the label, leading empty cells removed: those are
    /// the merged label cells of the template, not missing figures. A printed blank marker (`-`,
    /// `/`, `无`) is a figure's cell left blank, so it keeps its column.
    let values: [Cell]

    init(label: LabelBlob, labelCells: [Cell] = [], values: [Cell]) {
        self.label = label
        self.labelCells = labelCells
        self.values = values
    }

    /// Alternating label and value runs; blank-only runs between labels are layout, not data.
    static func chunks(of cells: ArraySlice<Cell>) -> [RowChunk] {
        var chunks: [RowChunk] = []
        var labelStart = cells.startIndex
        var index = cells.startIndex
        while index < cells.endIndex {
            guard cells[index].isValue else { index += 1; continue }
            var end = index
            while end < cells.endIndex, cells[end].isValue { end += 1 }
            let run = cells[index..<end].drop { $0.kind == .blank && $0.text.isEmpty }
            if !run.isEmpty {
                let labels = cells[labelStart..<index].filter { !$0.isValue }
                chunks.append(RowChunk(label: LabelBlob(cells: labels[...]), labelCells: labels, values: Array(run)))
                labelStart = end
            }
            index = end
        }
        if labelStart < cells.endIndex {
            let labels = cells[labelStart...].filter { !$0.isValue }
            chunks.append(RowChunk(label: LabelBlob(cells: labels[...]), labelCells: labels, values: []))
        }
        return chunks
    }

    /// The first `count` values in order; `nil` for a blank cell, one that was not printed, or
    /// a figure printed with a unit (only the proactive amount column takes one).
    func figures(_ count: Int) -> [String?] {
        figureCells(count).map { $0?.unit == nil ? $0?.text : nil }
    }

    /// As `figures`, keeping the cells.
    func figureCells(_ count: Int) -> [Cell?] {
        (0..<count).map { index in
            index < values.count && values[index].kind == .number ? values[index] : nil
        }
    }

    /// Figures printed beyond `count` (blank padding after the last column is not counted).
    func surplus(beyond count: Int) -> Int {
        guard values.count > count else { return 0 }
        let extra = values[count...]
        guard let lastFigure = extra.lastIndex(where: { $0.kind == .number }) else { return 0 }
        return lastFigure - count + 1
    }
}
