import OGISchema

/// The CSV rows of one report, one list per table, in the schema's column order.
extension ProcessedReport {
    var reportRow: [String] {
        [reportID, file.relativePath, sha256, String(byteCount), encoding, file.format.rawValue, normalized.title ?? "",
         normalized.agency ?? "", normalized.year ?? "", normalized.template?.rawValue ?? "",
         status.rawValue, message, String(findings.count)]
    }

    private func key(_ edition: TemplateEdition?) -> [String] {
        [reportID, normalized.agency ?? "", normalized.year ?? "", (edition ?? normalized.template)?.rawValue ?? ""]
    }

    var activeDisclosureRows: [[String]] {
        let key = key(normalized.activeDisclosureEdition)
        return normalized.activeDisclosure.map { record in
            key + [record.item.rawValue, record.label] + ActiveDisclosureColumn.allCases.map { record.values[$0] ?? "" } + [record.imputed.joined(separator: ";")]
        }
    }

    var applicationRows: [[String]] {
        let key = key(normalized.applicationsEdition)
        return normalized.applications.map { record in
            key + [record.row.rawValue, record.label] + record.values.map { $0 ?? "" } + [record.imputed.joined(separator: ";")]
        }
    }

    var reviewRows: [[String]] {
        let key = key(nil)
        return normalized.reviews.map { record in
            key + [record.proceeding.rawValue] + record.values.map { $0 ?? "" } + [record.imputed.joined(separator: ";")]
        }
    }

    var checkRows: [[String]] {
        findings.map { finding in
            [reportID, file.relativePath, finding.table, finding.row, finding.column, finding.rule,
             finding.severity.rawValue, finding.expected, finding.actual, finding.message]
        }
    }
}
