/// Places the figures of a short row by column position. In `pdftotext -layout` text a blank
/// cell is bare spaces, so a row printed as `2 0 0 0 2` under seven columns can only be read
/// by lining its figures up with the rows above and below that print every column.
struct ColumnAlignment: Sendable {
    /// Doubled display-column centre of each column, from rows printed in full.
    let centers: [Int]

    /// Column centres taken from rows that print exactly `count` figures on one line, or nil
    /// when no such row exists (then nothing can be placed by position).
    init?(referenceRows: [RowChunk], count: Int) {
        let full = referenceRows.filter { chunk in
            chunk.values.count == count && chunk.values.allSatisfy { $0.kind == .number && $0.center > 0 && $0.line == chunk.values[0].line }
        }
        guard !full.isEmpty else { return nil }
        centers = (0..<count).map { column in
            let sorted = full.map { $0.values[column].center }.sorted()
            return sorted[sorted.count / 2]
        }
        guard zip(centers, centers.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
    }

    /// The alignment a table's short rows are placed by, or nil when no row prints fewer than
    /// `count` values: only those rows ask for it, and nearly every table prints all its cells,
    /// so the centres are not worked out for nothing.
    static func forShortRows(of rows: [RowChunk], count: Int) -> ColumnAlignment? {
        guard rows.contains(where: { $0.values.count < count }) else { return nil }
        return ColumnAlignment(referenceRows: rows, count: count)
    }

    /// The figures of `chunk` in their columns, `nil` for the columns left blank; nil when the
    /// row is not on one line or a figure does not sit clearly under one column.
    func place(_ chunk: RowChunk) -> [Figure?]? {
        placeCells(chunk)?.map(chunk.values.figure(of:))
    }

    /// As `place`, keeping the cells, for readers that need more than the figure (its unit).
    func placeCells(_ chunk: RowChunk) -> [Cell?]? {
        guard let line = chunk.values.first?.line,
              chunk.values.allSatisfy({ $0.kind == .number && $0.center > 0 && $0.line == line }) else { return nil }
        var placed = [Cell?](repeating: nil, count: centers.count)
        var previous = -1
        for cell in chunk.values {
            guard let column = nearestColumn(cell.center), column > previous else { return nil }
            placed[column] = cell
            previous = column
        }
        return placed
    }

    private func nearestColumn(_ center: Int) -> Int? {
        guard let best = centers.indices.min(by: { abs(centers[$0] - center) < abs(centers[$1] - center) }) else { return nil }
        let spacing = zip(centers, centers.dropFirst()).map { $1 - $0 }.min() ?? Int.max
        return abs(centers[best] - center) * 2 < spacing ? best : nil
    }
}
