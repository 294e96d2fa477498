import OGISchema

/// The rules that compare reports of one batch: duplicates of one agency and year, and the
/// figures that must carry from one year's report to the next.
enum CrossReportRules {
    struct Outcome: Sendable {
        /// Indexes of reports whose rows are left out because another copy was kept.
        var duplicates: Set<Int> = []
        var findings: [Int: [Finding]] = [:]
    }

    /// `path` gives each report's source path, by batch position, for the messages. Reports
    /// are grouped by sorting their positions, never by building a collection per report, so
    /// this pass needs a few bytes per report however large the batch.
    static func evaluate(_ batch: BatchIndex, path: @escaping (Int) -> String) -> Outcome {
        var outcome = Outcome()
        let entry = { (index: Int) in BatchEntry(index: index, batch: batch, path: path(index)) }
        let copies = (0..<batch.count).filter { batch.identity($0) != 0 }.sorted { (batch.identity($0), $0) < (batch.identity($1), $1) }
        forEachRun(of: copies, where: { batch.identity($0) == batch.identity($1) }) { run in
            markIdenticalCopies(run.map(entry), into: &outcome)
        }
        var kept: [Int] = []
        forEachRun(of: datedPositions(batch, excluding: outcome.duplicates), where: { batch.agency($0) == batch.agency($1) && batch.year($0) == batch.year($1) }) { run in
            if run.count > 1 { markDuplicates(run.map(entry), into: &outcome) }
            if let survivor = run.first(where: { !outcome.duplicates.contains($0) }) { kept.append(survivor) }
        }
        for (previous, current) in zip(kept, kept.dropFirst())
        where batch.agency(previous) == batch.agency(current) && batch.year(previous).map({ $0 + 1 }) == batch.year(current) {
            let (before, after) = (entry(previous), entry(current))
            outcome.findings[current, default: []] += carryOver(from: before, to: after) + stockFlow(from: before, to: after)
        }
        return outcome
    }

    /// Readable reports with an agency and a year, in agency then year order, so that copies
    /// of one agency and year are adjacent and so are its consecutive years.
    static func datedPositions(_ batch: BatchIndex, excluding excluded: Set<Int>) -> [Int] {
        (0..<batch.count)
            .filter { batch.isDated($0) && !excluded.contains($0) }
            .sorted { (batch.agency($0), batch.year($0) ?? 0, $0) < (batch.agency($1), batch.year($1) ?? 0, $1) }
    }

    /// Calls `body` with each maximal run of adjacent positions that `sameGroup` joins.
    static func forEachRun(of positions: [Int], where sameGroup: (Int, Int) -> Bool, _ body: (ArraySlice<Int>) -> Void) {
        var start = 0
        while start < positions.count {
            var end = start + 1
            while end < positions.count, sameGroup(positions[start], positions[end]) { end += 1 }
            body(positions[start..<end])
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
