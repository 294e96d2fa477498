import OGISchema

/// The rules that compare reports of one batch: duplicates of one agency and year, and the
/// figures that must carry from one year's report to the next.
enum CrossReportRules {
    struct Outcome: Sendable {
        /// Indexes of reports whose rows are left out because another copy was kept.
        var duplicates: Set<Int> = []
        var findings: [Int: [Finding]] = [:]
    }

    /// `path` gives each report's source path, by batch position, for the messages.
    static func evaluate(_ batch: BatchIndex, path: (Int) -> String) -> Outcome {
        var outcome = Outcome()
        let entry = { (index: Int) in BatchEntry(index: index, batch: batch, path: path(index)) }
        markIdenticalCopies(batch, entry: entry, into: &outcome)
        var kept: [BatchEntry] = []
        for group in agencyYearGroups(batch, excluding: outcome.duplicates) {
            let entries = group.map(entry)
            if entries.count > 1 { markDuplicates(entries, into: &outcome) }
            if let survivor = entries.first(where: { !outcome.duplicates.contains($0.index) }) { kept.append(survivor) }
        }
        for (previous, current) in zip(kept, kept.dropFirst()) where previous.agency == current.agency && previous.year.map({ $0 + 1 }) == current.year {
            outcome.findings[current.index, default: []] += carryOver(from: previous, to: current) + stockFlow(from: previous, to: current)
        }
        return outcome
    }

    /// Readable reports with an agency and a year, grouped by both, groups in agency then year
    /// order: sorting positions needs no per-report dictionary entry, and consecutive years of
    /// one agency end up side by side for the carry-over rules.
    static func agencyYearGroups(_ batch: BatchIndex, excluding excluded: Set<Int>) -> [[Int]] {
        let dated = (0..<batch.count).filter { index in
            batch.status(index) != .failed && batch.agency(index) != 0 && batch.year(index) != nil && !excluded.contains(index)
        }
        let sorted = dated.sorted { (batch.agency($0), batch.year($0) ?? 0, $0) < (batch.agency($1), batch.year($1) ?? 0, $1) }
        var groups: [[Int]] = []
        for index in sorted {
            if let last = groups.last?.last, batch.agency(last) == batch.agency(index), batch.year(last) == batch.year(index) {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups
    }

    /// Copies of the same bytes share a report_id, so keeping more than one would make that key
    /// ambiguous in every table: the first by source path is kept, whatever it holds.
    static func markIdenticalCopies(_ batch: BatchIndex, entry: (Int) -> BatchEntry, into outcome: inout Outcome) {
        var first: [UInt64: Int] = [:]
        for index in 0..<batch.count where batch.identity(index) != 0 {
            guard let keptIndex = first[batch.identity(index)] else { first[batch.identity(index)] = index; continue }
            let kept = entry(keptIndex)
            let copy = entry(index)
            outcome.duplicates.insert(index)
            outcome.findings[index, default: []].append(
                Finding(table: .reports, rule: "reports.identical", severity: .warning, expected: kept.reportID, actual: copy.reportID,
                        message: "'\(copy.path)' has exactly the same bytes as '\(kept.path)', which was kept as the first by path; this copy's rows are left out of the data tables."))
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
