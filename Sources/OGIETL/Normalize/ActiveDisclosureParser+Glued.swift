import OGISchema

/// A proactive-disclosure row printed as one run of digits glued to its label (`规章000`).
/// This table has no sums, so a run is cut only when a single cut is possible at all; any
/// other run is left empty and its possible cuts are listed for the analyst.
extension ActiveDisclosureParser {
    func gluedRecord(_ chunk: RowChunk, item: ActiveDisclosureItem, label: String, columns headings: [PipelineConfig.ColumnLabels],
                     findings: inout [Finding]) -> ActiveDisclosureRecord? {
        guard let run = GluedRun.find(in: chunk, cells: headings.count, minimumDigits: Int.max) else { return nil }
        let columns = headings.map(\.column)
        let splitter = DigitRunSplitter(blocks: 1, width: columns.count, sums: false)
        let result = splitter.splits(ofReadings: run.readings)
        var record = ActiveDisclosureRecord(item: item, label: label, values: [:])
        let subject = "Item '\(item.rawValue)' was printed as the digit run '\(run.digits)' with no separators"
        if result.splits.isEmpty, !result.capped {
            findings.append(Finding(table: .activeDisclosure, row: item.rawValue, rule: "cells.unsplit", severity: .warning, actual: run.digits,
                                    message: "\(subject); no cut into \(columns.count) figures avoids a leading zero, so its cells were left empty."))
            return record
        }
        guard !result.capped, result.splits.count == 1, let split = result.splits.first else {
            findings.append(Finding(table: .activeDisclosure, row: item.rawValue, rule: "cells.ambiguous", severity: .warning, actual: run.digits,
                                    message: "\(subject); it can be cut into \(columns.count) figures in \(result.capped ? "many" : "\(result.splits.count)") ways\(result.splits.isEmpty ? "" : " (\(GluedRun.listed(result.splits, capped: result.capped)))") and this table has no sums to tell them apart, so its cells were left empty."))
            return record
        }
        for (column, value) in zip(columns, split) { record.values[column] = Figure(value) }
        record.imputed = columns.map(\.rawValue)
        findings.append(Finding(table: .activeDisclosure, row: item.rawValue, rule: "cells.split", severity: .info,
                                expected: split.map(String.init).joined(separator: ";"), actual: run.digits,
                                message: "\(subject); the only way to cut it into \(columns.count) figures is \(GluedRun.spelled(split))."))
        return record
    }
}
