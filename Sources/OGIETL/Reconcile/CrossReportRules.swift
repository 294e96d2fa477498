import OGISchema

/// The rules that compare reports of one batch: duplicates of one agency and year, and the
/// figures that must carry from one year's report to the next.
enum CrossReportRules {
    /// The decisions, on disk, and the counts the run summary needs.
    struct Outcome: Sendable {
        let facts: CrossReportFacts
        var duplicates = 0
        /// The statuses the duplicates had before they became `duplicate`, counted.
        var replacedStatuses: [ReportStatus: Int] = [:]
        var findingsByRule: [String: Int] = [:]

        mutating func count(_ findings: [Finding]) {
            for finding in findings { findingsByRule[finding.rule, default: 0] += 1 }
        }
    }

    static let identicalRule = "reports.identical"
    static let duplicateRule = "reports.duplicate"

    /// The rules over a whole batch file, one partition at a time: first copies of the same
    /// bytes, grouped by identity, then the remaining dated reports, grouped by agency.
    static func evaluate(batch: BatchFile, count: Int, scratch: String,
                         recordsPerPartition: Int = BatchPartitions.recordsPerPartition) throws(ETLError) -> Outcome {
        var outcome = Outcome(facts: try CrossReportFacts(directory: scratch, count: count))
        try BatchPartitions.forEach(in: batch, count: count, scratch: scratch, recordsPerPartition: recordsPerPartition,
                                    key: identityKey) { group throws(ETLError) in
            try markIdenticalCopies(in: group, into: &outcome)
        }
        var facts = outcome.facts.reader()
        try BatchPartitions.forEach(in: batch, count: count, scratch: scratch, recordsPerPartition: recordsPerPartition,
                                    key: { agencyKey($0, fact: facts.fact(at: $0.position)) }) { group throws(ETLError) in
            try compareAgencyYears(in: group, into: &outcome)
        }
        return outcome
    }

    /// Reports with the same bytes share this key; unreadable ones have none.
    static func identityKey(_ record: BatchRecord) -> UInt64? {
        record.identity == 0 ? nil : record.identity
    }

    /// Dated reports of one agency share this key; copies already left out have none.
    static func agencyKey(_ record: BatchRecord, fact: CrossReportFacts.Fact) -> UInt64? {
        record.isDated && !fact.isCopy ? record.agency : nil
    }

    /// `records` in source-path order. Copies of the same bytes share a report_id, so keeping
    /// more than one would make that key ambiguous in every table: the first by source path is
    /// kept, whatever it holds.
    static func markIdenticalCopies(in records: [BatchRecord], into outcome: inout Outcome) throws(ETLError) {
        let sorted = records.sorted(byKey: { BatchSortKey(first: $0.identity, second: $0.position, third: 0) })
        try forEachRun(of: sorted, where: { $0.identity == $1.identity }) { run throws(ETLError) in
            guard let kept = run.first else { return }
            for copy in run.dropFirst() { try markCopy(copy, as: .identicalCopy(of: kept.position), rule: identicalRule, into: &outcome) }
        }
    }

    /// `records` are dated and not copies. Sorted by agency then year, copies of one agency
    /// and year are adjacent, and so are the kept reports of its consecutive years. The kept
    /// copy has the fewest error findings, then the newest modification time, then the first
    /// source path; every other copy becomes `duplicate`.
    static func compareAgencyYears(in records: [BatchRecord], into outcome: inout Outcome) throws(ETLError) {
        let sorted = records.sorted(byKey: { BatchSortKey(first: $0.agency, second: $0.year ?? 0, third: $0.position) })
        var kept: [BatchRecord] = []
        try forEachRun(of: sorted, where: { $0.agency == $1.agency && $0.year == $1.year }) { run throws(ETLError) in
            let ranked = run.sorted { ($0.errorFindings, -$0.modified, $0.position) < ($1.errorFindings, -$1.modified, $1.position) }
            guard let survivor = ranked.first else { return }
            for copy in ranked.dropFirst() { try markCopy(copy, as: .duplicate(of: survivor.position), rule: duplicateRule, into: &outcome) }
            kept.append(survivor)
        }
        for (previous, current) in zip(kept, kept.dropFirst())
        where previous.agency == current.agency && previous.year.map({ $0 + 1 }) == current.year {
            let findings = yearOnYear(from: BatchEntry(previous, path: ""), to: BatchEntry(current, path: ""))
            guard !findings.isEmpty else { continue }
            try outcome.facts.record(.follows(previous.position), at: current.position)
            outcome.count(findings)
        }
    }

    private static func markCopy(_ copy: BatchRecord, as fact: CrossReportFacts.Fact, rule: String, into outcome: inout Outcome) throws(ETLError) {
        try outcome.facts.record(fact, at: copy.position)
        outcome.duplicates += 1
        outcome.replacedStatuses[copy.status, default: 0] += 1
        outcome.findingsByRule[rule, default: 0] += 1
    }

    /// Calls `body` with each maximal run of adjacent records that `sameGroup` joins.
    static func forEachRun(of records: [BatchRecord], where sameGroup: (BatchRecord, BatchRecord) -> Bool,
                           _ body: (ArraySlice<BatchRecord>) throws(ETLError) -> Void) throws(ETLError) {
        var start = 0
        while start < records.count {
            var end = start + 1
            while end < records.count, sameGroup(records[start], records[end]) { end += 1 }
            try body(records[start..<end])
            start = end
        }
    }

    /// The findings a report's fact stands for, with the paths of both reports in the messages.
    static func findings(for fact: CrossReportFacts.Fact, of report: BatchEntry, batch: BatchFile,
                         path: (Int) -> String) throws(ETLError) -> [Finding] {
        func entry(_ position: Int) throws(ETLError) -> BatchEntry { BatchEntry(try batch.record(at: position), path: path(position)) }
        switch fact {
        case .none:
            return []
        case let .identicalCopy(kept):
            let kept = try entry(kept)
            return [copyFinding(identicalRule, copy: report, kept: kept,
                                message: "'\(report.path)' has exactly the same bytes as '\(kept.path)', which was kept as the first by path; this copy's rows are left out of the data tables.")]
        case let .duplicate(kept):
            let kept = try entry(kept)
            return [copyFinding(duplicateRule, copy: report, kept: kept,
                                message: "'\(report.path)' reports the same agency and year as '\(kept.path)', which was kept (fewer error findings, or newer, or first by path); this file's rows are left out of the data tables.")]
        case let .follows(previous):
            return yearOnYear(from: try entry(previous), to: report)
        }
    }

    private static func copyFinding(_ rule: String, copy: BatchEntry, kept: BatchEntry, message: String) -> Finding {
        Finding(table: .reports, rule: rule, severity: .warning, expected: kept.reportID, actual: copy.reportID, message: message)
    }

    static func yearOnYear(from previous: BatchEntry, to current: BatchEntry) -> [Finding] {
        carryOver(from: previous, to: current) + stockFlow(from: previous, to: current)
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
