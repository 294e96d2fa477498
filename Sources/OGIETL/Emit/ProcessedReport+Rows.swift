import OGISchema

/// The CSV rows of one report, in the schema's column order, written per table into bytes.
/// Workers call this, so the emitter, which every report passes through in turn, only copies
/// finished bytes.
extension ProcessedReport {
    func encodedRows(_ table: CanonicalTable, protectFormulas: Bool) -> [UInt8] {
        var rows = CSVRow(protectFormulas: protectFormulas, capacity: table == .reports ? 256 : 2048)
        switch table {
        case .reports: writeReportRow(to: &rows)
        case .activeDisclosure: writeActiveDisclosureRows(to: &rows)
        case .applications: writeApplicationRows(to: &rows)
        case .reviewsLitigation: writeReviewRows(to: &rows)
        case .checks: writeCheckRows(to: &rows)
        }
        return rows.finishedBytes()
    }

    private func writeReportRow(to rows: inout CSVRow) {
        rows.fields([reportID, file.relativePath, sha256, String(byteCount), encoding, file.format.rawValue,
                     normalized.title ?? "", normalized.agency ?? "", normalized.year ?? "",
                     normalized.template?.rawValue ?? "", status.rawValue, message, String(findings.count)])
        rows.endRow()
    }

    private func key(_ edition: TemplateEdition?, protectFormulas: Bool) -> CSVRow {
        var key = CSVRow(protectFormulas: protectFormulas)
        key.fields([reportID, normalized.agency ?? "", normalized.year ?? "", (edition ?? normalized.template)?.rawValue ?? ""])
        return key
    }

    private func writeActiveDisclosureRows(to rows: inout CSVRow) {
        let key = key(normalized.activeDisclosureEdition, protectFormulas: rows.protectFormulas)
        for record in normalized.activeDisclosure {
            rows.dataRow(key: key, code: record.item.rawValue, label: record.label, values: record.values.inColumnOrder, imputed: record.imputed)
        }
    }

    private func writeApplicationRows(to rows: inout CSVRow) {
        let key = key(normalized.applicationsEdition, protectFormulas: rows.protectFormulas)
        // By index: a `for` loop over the records copied each one, and retained and released
        // its label and arrays; the requests table has two dozen rows a report. (The proactive
        // and appeals loops counted the same either way.)
        for index in normalized.applications.indices {
            rows.dataRow(key: key, code: normalized.applications[index].row.rawValue, label: normalized.applications[index].label,
                         values: normalized.applications[index].values, imputed: normalized.applications[index].imputed)
        }
    }

    private func writeReviewRows(to rows: inout CSVRow) {
        let key = key(nil, protectFormulas: rows.protectFormulas)
        for record in normalized.reviews {
            rows.dataRow(key: key, code: record.proceeding.rawValue, values: record.values, imputed: record.imputed)
        }
    }

    private func writeCheckRows(to rows: inout CSVRow) {
        for finding in findings {
            rows.fields([reportID, file.relativePath, finding.table, finding.row, finding.column, finding.rule,
                         finding.severity.rawValue, finding.expected, finding.actual, finding.message])
            rows.endRow()
        }
    }
}

extension CSVRow {
    /// One data-table row: the report's key, the row's code (and label), its figures with an
    /// empty field for a blank cell, and the columns that were filled in. Written at once,
    /// through one pointer, with no array or joined String per row: a report has dozens.
    mutating func dataRow(key: CSVRow, code: String, label: String? = nil, values: [Figure?], imputed: [String]) {
        let imputed = imputed.isEmpty ? "" : imputed.joined(separator: ";")
        let room = values.reduce(1) { $0 + FieldWriter.room(for: $1?.count ?? 0) }
            + FieldWriter.room(for: code.utf8.count) + FieldWriter.room(for: label?.utf8.count ?? 0) + FieldWriter.room(for: imputed.utf8.count)
        key.withWrittenFields { keyBytes, keyFields in
            code.withUTF8Bytes { code in
                imputed.withUTF8Bytes { imputed in
                    writeFields(upTo: keyBytes.count + 1 + room) { row in
                        row.copy(keyBytes, fields: keyFields)
                        row.field(code)
                        if let label { label.withUTF8Bytes { row.field($0) } }
                        for value in values { row.figure(value) }
                        row.field(imputed)
                        row.endRow()
                    }
                }
            }
        }
    }
}
