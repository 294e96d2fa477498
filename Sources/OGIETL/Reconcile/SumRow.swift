import OGISchema

/// A row whose last cell is the sum of the others: every requests-table row (six applicant
/// columns and the total) and every appeals proceeding (four outcomes and the total). Both
/// the check and the repair of that identity are written once, against this.
protocol SumRow {
    var values: [Figure?] { get set }
    var imputed: [String] { get set }
    var name: String { get }
    static var table: CanonicalTable { get }
    static var columns: [String] { get }
    static var rule: String { get }
}

extension ApplicationRecord: SumRow {
    var name: String { row.rawValue }
    static var table: CanonicalTable { .applications }
    static var columns: [String] { AccountingIdentities.applicantColumns }
    static var rule: String { "applications.row_sum" }
}

extension ReviewRecord: SumRow {
    var name: String { proceeding.rawValue }
    static var table: CanonicalTable { .reviewsLitigation }
    static var columns: [String] { AccountingIdentities.outcomeColumns }
    static var rule: String { "reviews_litigation.sum" }
}

extension SumRow {
    /// The finding for a row whose other columns sum to `sum` but whose total prints `stated`;
    /// nil when the two agree.
    func sumViolation(sum: Int, stated: Int) -> Finding? {
        guard sum != stated else { return nil }
        return Finding(table: Self.table, row: name, column: "total", rule: Self.rule, severity: .error,
                       expected: "\(sum)", actual: "\(stated)",
                       message: "Row '\(name)': its other columns sum to \(sum) but its total prints \(stated).")
    }

    /// Fills the one empty cell the sum determines and returns the finding that says so.
    mutating func imputeMissing() -> Finding? {
        guard values.count == Self.columns.count, let value = IdentityRepair.solveSum(values) else { return nil }
        values[value.index] = Figure(value.value)
        let column = Self.columns[value.index]
        imputed.append(column)
        return Finding(table: Self.table, row: name, column: column, rule: "cells.imputed", severity: .info, expected: String(value.value),
                       message: "Row '\(name)' had no figure in '\(column)'; \(Self.rule) proves it is \(value.value), which was filled in and marked in 'imputed'.")
    }
}
