import OGISchema

/// Fills or corrects cells only where a row's own sum identity proves the value, and says so.
/// Nothing else is ever repaired: an unprovable gap stays empty for the identities to show.
enum IdentityRepair {
    static func repair(_ report: inout NormalizedReport) {
        for index in report.applications.indices {
            resolveSurplus(&report.applications[index], findings: &report.findings)
            if let finding = report.applications[index].imputeMissing() { report.findings.append(finding) }
        }
        resolveReviewSurplus(&report)
        for index in report.reviews.indices {
            if let finding = report.reviews[index].imputeMissing() { report.findings.append(finding) }
        }
    }

    /// The one empty cell of `parts + [total]` that the sum determines, if exactly one is empty.
    static func solveSum(_ values: [Figure?]) -> (index: Int, value: Int)? {
        let missing = values.indices.filter { values[$0] == nil }
        guard missing.count == 1, let gap = missing.first else { return nil }
        let known = values.compactMap { $0 }.map(AccountingIdentities.int)
        guard known.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = values.map { AccountingIdentities.int($0) ?? 0 }
        let last = values.count - 1
        let value = gap == last ? numbers[..<last].reduce(0, +) : numbers[last] - numbers[..<last].reduce(0, +)
        return value >= 0 ? (gap, value) : nil
    }

    /// A row printed with one figure too many: if dropping exactly one figure makes the row
    /// sum hold, that figure is the stray one.
    static func resolveSurplus(_ record: inout ApplicationRecord, findings: inout [Finding]) {
        guard let printed = record.printed, printed.count == record.values.count + 1 else { return }
        let fits = printed.indices.filter { drop in holds(Array(printed[..<drop] + printed[(drop + 1)...]), blocks: 1) }
        let distinct = Set(fits.map { drop in Array(printed[..<drop] + printed[(drop + 1)...]) })
        guard distinct.count == 1, let drop = fits.first else { return }
        record.values = Array(printed[..<drop] + printed[(drop + 1)...])
        findings.append(dropped(table: .applications, row: record.row.rawValue, position: drop + 1, figure: printed[drop]))
    }

    static func resolveReviewSurplus(_ report: inout NormalizedReport) {
        guard let printed = report.reviewFiguresPrinted, printed.count == 16, report.reviews.count == 3 else { return }
        let fits = printed.indices.filter { drop in holds(Array(printed[..<drop] + printed[(drop + 1)...]), blocks: 3) }
        let distinct = Set(fits.map { drop in Array(printed[..<drop] + printed[(drop + 1)...]) })
        guard distinct.count == 1, let drop = fits.first else { return }
        let kept = Array(printed[..<drop] + printed[(drop + 1)...])
        for index in report.reviews.indices { report.reviews[index].values = Array(kept[(index * 5)..<(index * 5 + 5)]) }
        report.findings.append(dropped(table: .reviewsLitigation, row: "figures", position: drop + 1, figure: printed[drop]))
    }

    /// Every block of equal width sums its leading cells to its last one.
    static func holds(_ values: [Figure?], blocks: Int) -> Bool {
        guard values.count % blocks == 0 else { return false }
        let width = values.count / blocks
        return (0..<blocks).allSatisfy { block in
            let cells = values[(block * width)..<((block + 1) * width)]
            guard let total = AccountingIdentities.int(cells.last ?? nil), let sum = AccountingIdentities.sum(cells.dropLast()) else { return false }
            return sum == total
        }
    }

    private static func dropped(table: CanonicalTable, row: String, position: Int, figure: Figure?) -> Finding {
        Finding(table: table, row: row, rule: "cells.dropped", severity: .info, actual: figure?.description ?? "",
                message: "Row '\(row)' printed one figure too many; dropping figure \(position) ('\(figure?.description ?? "")') leaves the only figures whose sums hold, so those were kept.")
    }
}
