import OGISchema

/// The `cells.count` finding: a row printed with fewer or more cells than its table has
/// columns. The figures read are kept left to right, so the message says which columns are
/// empty or which figures were dropped.
enum CellCountCheck {
    /// `line` is worked out only for a finding: most rows print every cell.
    static func finding(table: CanonicalTable, row: String, label: String, line: @autoclosure () -> Int,
                        chunk: RowChunk, columns: [String]) -> Finding? {
        let surplus = chunk.surplus(beyond: columns.count)
        if surplus > 0 {
            let dropped = chunk.values[columns.count...].filter { $0.kind == .number }.map { "'\(chunk.values.string(of: $0))'" }
            return Finding(table: table, row: row, rule: "cells.count", severity: .error,
                           expected: "\(columns.count)", actual: "\(columns.count + surplus)",
                           message: "Row '\(row)' (\(location(label, line()))) has \(columns.count + surplus) cells where the \(table.rawValue) table has \(columns.count) columns; the first \(columns.count) were kept and \(dropped.joined(separator: ", ")) dropped.")
        }
        guard chunk.values.count < columns.count else { return nil }
        let missing = columns[chunk.values.count...]
        return Finding(table: table, row: row, column: missing.joined(separator: ";"), rule: "cells.count",
                       severity: .error, expected: "\(columns.count)", actual: "\(chunk.values.count)",
                       message: "Row '\(row)' (\(location(label, line()))) has \(chunk.values.count) cells where the \(table.rawValue) table has \(columns.count) columns; the figures were kept in the first \(chunk.values.count) columns and \(missing.map { "'\($0)'" }.joined(separator: ", ")) left empty.")
    }

    private static func location(_ label: String, _ line: Int) -> String {
        label.isEmpty ? "line \(line)" : "label '\(label)', line \(line)"
    }

    /// The `cells.aligned` finding: a short `pdftotext` row whose figures were placed by column.
    static func aligned<Printed>(table: CanonicalTable, row: String, label: String, line: Int, columns: [String], placed: [Printed?]) -> Finding {
        let blank = zip(columns, placed).filter { $0.1 == nil }.map(\.0)
        let printed = placed.compactMap { $0 }.count
        return Finding(table: table, row: row, column: blank.joined(separator: ";"), rule: "cells.aligned", severity: .info,
                       expected: "\(columns.count)", actual: "\(printed)",
                       message: "Row '\(row)' (label '\(label)', line \(line)) prints \(printed) figures; they were placed by column position under the rows printed in full, leaving \(blank.map { "'\($0)'" }.joined(separator: ", ")) blank.")
    }
}
