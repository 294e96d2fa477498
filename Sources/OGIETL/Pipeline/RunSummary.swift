import OGISchema

/// Counts for the one-line summary an operator reads at the end of a run.
public struct RunSummary: Sendable, Equatable {
    public var reports = 0
    public var statuses: [ReportStatus: Int] = [:]
    public var findingsByRule: [String: Int] = [:]
    public var errorFindings = 0

    mutating func count(_ tally: ReportTally) {
        reports += 1
        statuses[tally.status, default: 0] += 1
        for rule in tally.findingRules { findingsByRule[rule, default: 0] += 1 }
        errorFindings += tally.errorFindings
    }

    /// Across-report findings and duplicates, known only when the batch is complete.
    mutating func count(_ outcome: CrossReportRules.Outcome) {
        // Every across-report finding is a warning, so none adds to `errorFindings`.
        findingsByRule.merge(outcome.findingsByRule, uniquingKeysWith: +)
        for (status, count) in outcome.replacedStatuses {
            statuses[status, default: 0] -= count
            statuses[.duplicate, default: 0] += count
        }
        statuses = statuses.filter { $0.value > 0 }
    }

    public var findings: Int { findingsByRule.values.reduce(0, +) }

    public var line: String {
        let rules = findingsByRule.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let duplicates = statuses[.duplicate, default: 0] > 0 ? ", \(statuses[.duplicate, default: 0]) duplicate" : ""
        return "\(reports) reports: \(statuses[.ok, default: 0]) ok, \(statuses[.partial, default: 0]) partial, \(statuses[.failed, default: 0]) failed\(duplicates); \(findings) findings" + (rules.isEmpty ? "" : " (\(rules))")
    }
}
