import OGISchema

/// The appeals table printed as one run of digits (`21317000001324019`): each proceeding's
/// four outcomes add up to its total, which is what cuts the run back into fifteen figures.
extension ReviewsParser {
    static let gluedSplitter = DigitRunSplitter(blocks: ReviewProceeding.allCases.count, width: figuresPerProceeding)

    func readGlued(_ run: GluedRun, into reading: inout TableReading<ReviewRecord>) {
        reading.gluedRuns["figures"] = run
        let result = Self.gluedSplitter.splits(ofReadings: run.readings)
        let subject = "The appeals figures were printed as the digit run '\(run.digits)' with no separators"
        guard !result.capped, result.splits.count == 1, let split = result.splits.first else {
            reading.records = ReviewProceeding.allCases.map { ReviewRecord(proceeding: $0, values: Array(repeating: nil, count: Self.figuresPerProceeding)) }
            reading.findings.append(unresolved(run, result, subject: subject))
            return
        }
        reading.records = ReviewProceeding.allCases.enumerated().map { index, proceeding in
            let start = index * Self.figuresPerProceeding
            let values = split[start..<(start + Self.figuresPerProceeding)].map { Figure($0) }
            return ReviewRecord(proceeding: proceeding, values: values, imputed: AccountingIdentities.outcomeColumns)
        }
        reading.findings.append(Finding(table: .reviewsLitigation, row: "figures", rule: "cells.split", severity: .info,
                                        expected: split.map(String.init).joined(separator: ";"), actual: run.digits,
                                        message: "\(subject); the only split whose sums hold (each proceeding's four outcomes add up to its total) is \(GluedRun.spelled(split, block: Self.figuresPerProceeding))."))
    }

    private func unresolved(_ run: GluedRun, _ result: DigitRunSplitter.Result, subject: String) -> Finding {
        let listed = GluedRun.listed(result.splits, capped: result.capped, block: Self.figuresPerProceeding)
        let reason: String
        switch (result.capped, result.splits.isEmpty) {
        case (true, _): reason = "it has too many possible splits to check\(listed.isEmpty ? "" : " (\(listed))")"
        case (false, true): reason = "no split into fifteen figures makes every proceeding's sum hold"
        case (false, false): reason = "\(result.splits.count) splits make every proceeding's sum hold (\(listed))"
        }
        return Finding(table: .reviewsLitigation, row: "figures", rule: result.splits.isEmpty && !result.capped ? "cells.unsplit" : "cells.ambiguous",
                       severity: .warning, actual: run.digits, message: "\(subject); \(reason), so its cells were left empty.")
    }
}
