import OGISchema

/// The rules that compare reports of one batch: duplicates of one agency and year, and the
/// figures that must carry from one year's report to the next.
enum CrossReportRules {
    struct Outcome: Sendable, Equatable {
        /// Positions of reports whose rows are left out because another copy was kept.
        var duplicates: Set<Int> = []
        /// The statuses the duplicates had before they became `duplicate`, counted.
        var replacedStatuses: [ReportStatus: Int] = [:]
        var findings: [Int: [Finding]] = [:]
    }

    /// The rules over a whole batch file, one partition at a time: first copies of the same
    /// bytes, grouped by identity, then the remaining dated reports, grouped by agency.
    /// `path` gives a report's source path, by position, for the messages.
    static func evaluate(batchFile: BatchFile, count: Int, scratch: String, recordsPerPartition: Int = BatchPartitions.recordsPerPartition,
                         path: (Int) -> String) throws(ETLError) -> Outcome {
        var outcome = Outcome()
        try BatchPartitions.forEach(in: batchFile, count: count, scratch: scratch, recordsPerPartition: recordsPerPartition,
                                    key: identityKey) { group in
            markIdenticalCopies(in: group, path: path, into: &outcome)
        }
        let identical = outcome.duplicates
        try BatchPartitions.forEach(in: batchFile, count: count, scratch: scratch, recordsPerPartition: recordsPerPartition,
                                    key: { agencyKey($0, excluding: identical) }) { group in
            compareAgencyYears(in: group, path: path, into: &outcome)
        }
        return outcome
    }

    /// Reports with the same bytes share this key; unreadable ones have none.
    static func identityKey(_ record: BatchRecord) -> UInt64? {
        record.identity == 0 ? nil : record.identity
    }

    /// Dated reports of one agency share this key; copies already left out have none.
    static func agencyKey(_ record: BatchRecord, excluding excluded: Set<Int>) -> UInt64? {
        record.isDated && !excluded.contains(record.position) ? record.agency : nil
    }

    /// `records` in source-path order; each run of one identity keeps its first.
    static func markIdenticalCopies(in records: [BatchRecord], path: (Int) -> String, into outcome: inout Outcome) {
        let sorted = records.sorted { ($0.identity, $0.position) < ($1.identity, $1.position) }
        forEachRun(of: sorted, where: { $0.identity == $1.identity }) { run in
            guard run.count > 1 else { return }
            markIdenticalCopies(run.map { BatchEntry($0, path: path($0.position)) }, into: &outcome)
        }
    }

    /// `records` are dated and not copies. Sorted by agency then year, copies of one agency
    /// and year are adjacent, and so are the kept reports of its consecutive years.
    static func compareAgencyYears(in records: [BatchRecord], path: (Int) -> String, into outcome: inout Outcome) {
        let sorted = records.sorted { ($0.agency, $0.year ?? 0, $0.position) < ($1.agency, $1.year ?? 0, $1.position) }
        var kept: [BatchRecord] = []
        forEachRun(of: sorted, where: { $0.agency == $1.agency && $0.year == $1.year }) { run in
            if run.count > 1 { markDuplicates(run.map { BatchEntry($0, path: path($0.position)) }, into: &outcome) }
            if let survivor = run.first(where: { !outcome.duplicates.contains($0.position) }) { kept.append(survivor) }
        }
        for (previous, current) in zip(kept, kept.dropFirst())
        where previous.agency == current.agency && previous.year.map({ $0 + 1 }) == current.year {
            let (before, after) = (BatchEntry(previous, path: path(previous.position)), BatchEntry(current, path: path(current.position)))
            let findings = carryOver(from: before, to: after) + stockFlow(from: before, to: after)
            if !findings.isEmpty { outcome.findings[current.position, default: []] += findings }
        }
    }

    /// Calls `body` with each maximal run of adjacent records that `sameGroup` joins.
    static func forEachRun(of records: [BatchRecord], where sameGroup: (BatchRecord, BatchRecord) -> Bool,
                           _ body: (ArraySlice<BatchRecord>) -> Void) {
        var start = 0
        while start < records.count {
            var end = start + 1
            while end < records.count, sameGroup(records[start], records[end]) { end += 1 }
            body(records[start..<end])
            start = end
        }
    }

    /// Copies of the same bytes share a report_id, so keeping more than one would make that key
    /// ambiguous in every table: the first by source path is kept, whatever it holds.
    static func markIdenticalCopies(_ copies: [BatchEntry], into outcome: inout Outcome) {
        markCopies(copies, rule: "reports.identical", into: &outcome) { copy, kept in
            "'\(copy.path)' has exactly the same bytes as '\(kept.path)', which was kept as the first by path; this copy's rows are left out of the data tables."
        }
    }

    /// The kept copy has the fewest error findings, then the newest modification time, then
    /// the first source path; every other copy becomes `duplicate`.
    static func markDuplicates(_ group: [BatchEntry], into outcome: inout Outcome) {
        let ranked = group.sorted { ($0.errorFindings, -$0.modified, $0.index) < ($1.errorFindings, -$1.modified, $1.index) }
        markCopies(ranked, rule: "reports.duplicate", into: &outcome) { other, kept in
            "'\(other.path)' reports the same agency and year as '\(kept.path)', which was kept (fewer error findings, or newer, or first by path); this file's rows are left out of the data tables."
        }
    }

    /// Keeps the first of `ranked` and marks every other one as its duplicate.
    private static func markCopies(_ ranked: [BatchEntry], rule: String, into outcome: inout Outcome,
                                   message: (_ copy: BatchEntry, _ kept: BatchEntry) -> String) {
        guard let kept = ranked.first else { return }
        for copy in ranked.dropFirst() {
            outcome.duplicates.insert(copy.index)
            outcome.replacedStatuses[copy.status, default: 0] += 1
            outcome.findings[copy.index, default: []].append(
                Finding(table: .reports, rule: rule, severity: .warning, expected: kept.reportID, actual: copy.reportID,
                        message: message(copy, kept)))
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
