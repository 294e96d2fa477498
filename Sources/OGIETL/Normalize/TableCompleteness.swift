import OGISchema

/// Findings for tables and rows the template requires but the report does not show.
enum TableCompleteness {
    static func findings(for report: NormalizedReport) -> [Finding] {
        var findings = CanonicalTable.dataTables.filter { !report.tablesFound.contains($0) }.map { table in
            Finding(table: table, rule: "table.missing", severity: .error,
                    message: "The \(table.rawValue) table was not found; its section heading and labels match nothing in pipeline.json, or the report does not print it.")
        }
        if let edition = report.applicationsEdition ?? report.template, !report.applications.isEmpty {
            // A table has two dozen rows: looked through in place rather than hashed into a set.
            findings += ApplicationRow.printed(in: edition).filter { row in !report.applications.contains { $0.row == row } }.map { row in
                Finding(table: .applications, row: row.rawValue, rule: "row.missing", severity: .warning,
                        message: "Row '\(row.rawValue)' of the \(edition.rawValue) requests table was not found, so it has no line in applications.csv.gz.")
            }
        }
        if let active = report.activeDisclosureEdition, let requests = report.applicationsEdition, active != requests {
            findings.append(Finding(table: nil, rule: "template.mixed", severity: .info, expected: active.rawValue, actual: requests.rawValue,
                                    message: "The proactive-disclosure table follows the \(active.rawValue) template but the requests table the \(requests.rawValue) template; each table is read by its own headings."))
        }
        return findings
    }
}
