import OGISchema

/// The requests and appeals tables count requests and cases, which take no unit: a figure
/// printed with one (`5元`) is a misplaced amount or a misread cell, so it is left empty
/// rather than read as a count.
enum CountUnits {
    static func findings(table: CanonicalTable, row: String, chunk: RowChunk) -> [Finding] {
        guard chunk.values.withBuffers({ cells, _ in cells.contains(where: \.hasUnit) }) else { return [] }
        return chunk.values.filter { $0.kind == .number && $0.hasUnit }.map { cell in
            let printed = chunk.values.printed(cell)
            return Finding(table: table, row: row, rule: "units.unexpected", severity: .warning, actual: printed,
                           message: "Row '\(row)' prints '\(printed)', a count with a unit; the \(table.rawValue) table counts requests and cases, so the cell was left empty.")
        }
    }
}
