import OGISchema

/// Cuts the requests rows that were printed as digit runs. Each row's own sum narrows its
/// cuts; where several remain, the column identities of the whole table (balance and results
/// sum, as `AccountingIdentities` checks them) choose among them together. A row is filled only
/// when a single cut is left; otherwise its cells stay empty and the finding lists the cuts.
enum GluedRowResolver {
    static let splitter = DigitRunSplitter(blocks: 1, width: ApplicantColumn.allCases.count)
    /// Combinations of the open rows' cuts checked against the column identities at most.
    static let combinationLimit = 4_096

    /// A row whose own sum leaves several cuts.
    struct Open {
        let index: Int
        let run: GluedRun
        let splits: [[Int]]
    }

    static func resolve(_ reading: inout TableReading<ApplicationRecord>) {
        guard !reading.gluedRuns.isEmpty else { return }
        let first = reading.findings.count
        var open: [Open] = []
        for index in reading.records.indices {
            let record = reading.records[index]
            guard let run = reading.gluedRuns[record.row.rawValue] else { continue }
            let result = splitter.splits(ofReadings: run.readings)
            switch (result.capped, result.splits.count) {
            case (false, 1):
                fill(&reading.records[index], with: result.splits[0], run: run, findings: &reading.findings,
                     reason: "the only split whose row sum holds is \(GluedRun.spelled(result.splits[0]))")
            case (false, 2...):
                open.append(Open(index: index, run: run, splits: result.splits))
            default:
                reading.findings.append(unresolved(record, run, result))
            }
        }
        settle(open, in: &reading)
        let order = Dictionary(reading.records.enumerated().map { ($1.row.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        reading.findings[first...].sort { order[$0.row, default: 0] < order[$1.row, default: 0] }
    }

    /// Chooses among the open rows' cuts with the column identities.
    static func settle(_ open: [Open], in reading: inout TableReading<ApplicationRecord>) {
        guard !open.isEmpty else { return }
        let combinations = open.reduce(1) { min($0 * $1.splits.count, combinationLimit + 1) }
        let allowed = combinations <= combinationLimit ? allowedSplits(open, records: reading.records) : nil
        for (position, row) in open.enumerated() {
            let choices = allowed?[position] ?? []
            guard choices.count == 1, let only = choices.first else {
                reading.findings.append(ambiguous(reading.records[row.index], row, allowed: allowed.map { _ in choices.count }))
                continue
            }
            let split = row.splits[only]
            fill(&reading.records[row.index], with: split, run: row.run, findings: &reading.findings,
                 reason: "\(row.splits.count) splits make its row sum hold (\(GluedRun.listed(row.splits, capped: false))), and the only one the column identities allow is \(GluedRun.spelled(split))")
        }
    }

    /// For each open row, the cuts that appear in some combination satisfying every identity.
    static func allowedSplits(_ open: [Open], records: [ApplicationRecord]) -> [Set<Int>] {
        var allowed = Array(repeating: Set<Int>(), count: open.count)
        var choice = Array(repeating: 0, count: open.count)
        var trial = records
        repeat {
            for (position, row) in open.enumerated() { trial[row.index].values = row.splits[choice[position]].map { Figure($0) } }
            let figures = FigureGrid(trial)
            if AccountingIdentities.balance(trial, figures).isEmpty, AccountingIdentities.resultsSum(trial, figures).isEmpty {
                for position in open.indices { allowed[position].insert(choice[position]) }
            }
        } while advance(&choice, limits: open.map(\.splits.count))
        return allowed
    }

    /// The next combination in odometer order; false after the last one.
    static func advance(_ choice: inout [Int], limits: [Int]) -> Bool {
        for position in choice.indices.reversed() {
            choice[position] += 1
            if choice[position] < limits[position] { return true }
            choice[position] = 0
        }
        return false
    }

    private static func fill(_ record: inout ApplicationRecord, with split: [Int], run: GluedRun, findings: inout [Finding], reason: String) {
        record.values = split.map { Figure($0) }
        record.imputed = AccountingIdentities.applicantColumns
        findings.append(Finding(table: .applications, row: record.row.rawValue, rule: "cells.split", severity: .info,
                                expected: split.map(String.init).joined(separator: ";"), actual: run.digits,
                                message: "\(printed(record, run))\(run.reading(of: split)); \(reason)."))
    }

    private static func unresolved(_ record: ApplicationRecord, _ run: GluedRun, _ result: DigitRunSplitter.Result) -> Finding {
        let found = result.splits.isEmpty ? "" : " (\(GluedRun.listed(result.splits, capped: true)))"
        let reason = result.capped
            ? "it has too many possible splits to check\(found), so its cells were left empty"
            : "no split into \(splitter.width) figures makes its row sum hold, so its cells were left empty"
        return Finding(table: .applications, row: record.row.rawValue, rule: result.capped ? "cells.ambiguous" : "cells.unsplit",
                       severity: .warning, actual: run.digits, message: "\(printed(record, run)); \(reason).")
    }

    /// `allowed` is how many of the row's cuts the identities allow, nil when not checked.
    private static func ambiguous(_ record: ApplicationRecord, _ row: Open, allowed: Int?) -> Finding {
        let listed = "\(row.splits.count) splits make its row sum hold (\(GluedRun.listed(row.splits, capped: false)))"
        let verdict: String
        switch allowed {
        case nil: verdict = "but with the other glued rows they make more than \(combinationLimit) combinations to check against the column identities"
        case 0: verdict = "but none of them satisfies the column identities"
        default: verdict = "and the column identities allow \(allowed ?? 0) of them"
        }
        return Finding(table: .applications, row: record.row.rawValue, rule: "cells.ambiguous", severity: .warning, actual: row.run.digits,
                       message: "\(printed(record, row.run)); \(listed) \(verdict), so its cells were left empty.")
    }

    private static func printed(_ record: ApplicationRecord, _ run: GluedRun) -> String {
        "Row '\(record.row.rawValue)' was printed as the digit run '\(run.digits)' with no separators"
    }
}
