import OGISchema

/// The rules that compare reports of one batch: duplicates of one agency and year, and the
/// figures that must carry from one year's report to the next.
enum CrossReportRules {
    struct Outcome: Sendable {
        /// Indexes of reports whose rows are left out because another copy was kept.
        var duplicates: Set<Int> = []
        var findings: [Int: [Finding]] = [:]
    }

    static func evaluate(_ entries: [BatchEntry]) -> Outcome {
        var outcome = Outcome()
        markIdenticalCopies(entries, into: &outcome)
        let dated = entries.filter { $0.readable && !$0.agencyKey.isEmpty && $0.year != nil && !outcome.duplicates.contains($0.index) }
        let groups = Dictionary(grouping: dated) { AgencyYear(agency: $0.agencyKey, year: $0.year ?? 0) }
        for group in groups.values where group.count > 1 { markDuplicates(group, into: &outcome) }
        let kept = Dictionary(dated.filter { !outcome.duplicates.contains($0.index) }.map { (AgencyYear(agency: $0.agencyKey, year: $0.year ?? 0), $0) },
                              uniquingKeysWith: { first, _ in first })
        for (key, current) in kept {
            guard let previous = kept[AgencyYear(agency: key.agency, year: key.year - 1)] else { continue }
            outcome.findings[current.index, default: []] += carryOver(from: previous, to: current) + stockFlow(from: previous, to: current)
        }
        return outcome
    }

    struct AgencyYear: Hashable {
        let agency: String
        let year: Int
    }

    /// Copies of the same bytes share a report_id, so keeping more than one would make that key
    /// ambiguous in every table: the first by source path is kept, whatever it holds.
    static func markIdenticalCopies(_ entries: [BatchEntry], into outcome: inout Outcome) {
        var first: [String: BatchEntry] = [:]
        for entry in entries where !entry.reportID.isEmpty {
            guard let kept = first[entry.reportID] else { first[entry.reportID] = entry; continue }
            outcome.duplicates.insert(entry.index)
            outcome.findings[entry.index, default: []].append(
                Finding(table: .reports, rule: "reports.identical", severity: .warning, expected: kept.reportID, actual: entry.reportID,
                        message: "'\(entry.path)' has exactly the same bytes as '\(kept.path)', which was kept as the first by path; this copy's rows are left out of the data tables."))
        }
    }

    /// The kept copy has the fewest error findings, then the newest modification time, then
    /// the first source path; every other copy becomes `duplicate`.
    static func markDuplicates(_ group: [BatchEntry], into outcome: inout Outcome) {
        let ranked = group.sorted { ($0.errorFindings, -$0.modified, $0.index) < ($1.errorFindings, -$1.modified, $1.index) }
        guard let kept = ranked.first else { return }
        for other in ranked.dropFirst() {
            outcome.duplicates.insert(other.index)
            outcome.findings[other.index, default: []].append(
                Finding(table: .reports, rule: "reports.duplicate", severity: .warning, expected: kept.reportID, actual: other.reportID,
                        message: "'\(other.path)' reports the same agency and year as '\(kept.path)', which was kept (fewer error findings, or newer, or first by path); this file's rows are left out of the data tables."))
        }
    }

    /// Requests carried forward at the end of year N are those carried over into year N+1.
    static func carryOver(from previous: BatchEntry, to current: BatchEntry) -> [Finding] {
        let forward = previous.carriedForward
        let over = current.carriedOver
        guard forward.count == over.count else { return [] }
        return AccountingIdentities.applicantColumns.indices.compactMap { column in
            guard column < forward.count, let expected = forward[column], let actual = over[column], expected != actual else { return nil }
            let name = AccountingIdentities.applicantColumns[column]
            return Finding(table: .applications, row: ApplicationRow.carriedOver.rawValue, column: name, rule: "applications.carry_over",
                           severity: .warning, expected: "\(expected)", actual: "\(actual)",
                           message: "Column '\(name)': '\(previous.path)' carries \(expected) forward into \(current.year ?? 0), but this report's carried_over is \(actual).")
        }
    }

    /// Documents in force at the end of year N = those in force a year earlier + issued − repealed.
    static func stockFlow(from previous: BatchEntry, to current: BatchEntry) -> [Finding] {
        BatchEntry.stockItems.compactMap { item in
            guard let before = previous.stock(item, .inForce), let inForce = current.stock(item, .inForce),
                  let issued = current.stock(item, .issued), let repealed = current.stock(item, .repealed),
                  before + issued - repealed != inForce else { return nil }
            return Finding(table: .activeDisclosure, row: item.rawValue, column: ActiveDisclosureColumn.inForce.rawValue, rule: "active_disclosure.stock_flow",
                           severity: .warning, expected: "\(before + issued - repealed)", actual: "\(inForce)",
                           message: "Item '\(item.rawValue)': \(before) in force in '\(previous.path)' + \(issued) issued − \(repealed) repealed = \(before + issued - repealed), but this report prints \(inForce) in force.")
        }
    }
}
