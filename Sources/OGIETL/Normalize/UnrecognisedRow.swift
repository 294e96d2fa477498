import OGISchema

/// Findings for rows that could not be placed, quoting the figures so nothing is lost silently.
enum UnrecognisedRow {
    static func finding(table: CanonicalTable, label: String, chunk: RowChunk) -> Finding {
        Finding(table: table, rule: "row.unrecognised", severity: .warning, actual: figures(chunk),
                message: "The row labelled '\(label)' at line \(chunk.label.line) matches no row of the \(table.rawValue) table, so its figures \(figures(chunk)) were not read; if it is a label variant, add it to pipeline.json.")
    }

    static func duplicate(table: CanonicalTable, row: String, label: String, chunk: RowChunk) -> Finding {
        Finding(table: table, row: row, rule: "row.duplicate", severity: .warning, actual: figures(chunk),
                message: "Row '\(row)' is printed again at line \(chunk.label.line) (label '\(label)'); the first printing was kept and these figures ignored: \(figures(chunk)).")
    }

    static func figures(_ chunk: RowChunk) -> String {
        "[" + chunk.values.map { $0.kind == .number ? chunk.values.string(of: $0) : "" }.joined(separator: " ") + "]"
    }
}
