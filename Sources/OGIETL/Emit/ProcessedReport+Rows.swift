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
        return rows.bytes
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
            rows.fields(of: key)
            rows.field(record.item.rawValue)
            rows.field(record.label)
            for column in ActiveDisclosureColumn.allCases { rows.field(record.values[column] ?? "") }
            rows.field(record.imputed.joined(separator: ";"))
            rows.endRow()
        }
    }

    private func writeApplicationRows(to rows: inout CSVRow) {
        let key = key(normalized.applicationsEdition, protectFormulas: rows.protectFormulas)
        for record in normalized.applications {
            rows.fields(of: key)
            rows.field(record.row.rawValue)
            rows.field(record.label)
            for value in record.values { rows.field(value ?? "") }
            rows.field(record.imputed.joined(separator: ";"))
            rows.endRow()
        }
    }

    private func writeReviewRows(to rows: inout CSVRow) {
        let key = key(nil, protectFormulas: rows.protectFormulas)
        for record in normalized.reviews {
            rows.fields(of: key)
            rows.field(record.proceeding.rawValue)
            for value in record.values { rows.field(value ?? "") }
            rows.field(record.imputed.joined(separator: ";"))
            rows.endRow()
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
