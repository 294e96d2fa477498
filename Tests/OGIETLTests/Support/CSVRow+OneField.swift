@testable import OGIETL

/// Single fields written into a row, for tests of the formatting rules: the pipeline writes a
/// data row's fields all at once (`dataRow`), through the same `FieldWriter`.
extension CSVRow {
    mutating func figure(_ value: Figure?) {
        writeFields(upTo: FieldWriter.room(for: value?.count ?? 0)) { $0.figure(value) }
    }

    mutating func fields(of other: CSVRow) {
        other.withWrittenFields { written, count in writeFields(upTo: written.count + 1) { $0.copy(written, fields: count) } }
    }
}
