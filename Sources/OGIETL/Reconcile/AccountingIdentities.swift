import OGISchema

/// The template's own arithmetic, checked within one report. Each rule is a plain function so
/// tests can call it on a crafted table; every violation names the cells and both sides.
enum AccountingIdentities {
    static let applicantColumns = ApplicantColumn.allCases.map(\.rawValue)
    static let outcomeColumns = ReviewOutcome.allCases.map(\.rawValue)

    static func findings(for report: NormalizedReport) -> [Finding] {
        let applications = FigureGrid(report.applications)
        return balance(report.applications, applications) + resultsSum(report.applications, applications)
            + rowSums(report.applications, applications) + rowSums(report.reviews, FigureGrid(report.reviews))
            + stock(report) + templateYear(report)
    }

    /// 第一项加第二项之和，等于第三项加第四项之和: per column, new + carried over = total + carried forward.
    /// `figures` are the records' own, read once for every identity that adds them up.
    static func balance(_ records: [ApplicationRecord], _ figures: FigureGrid) -> [Finding] {
        func row(_ row: ApplicationRow) -> Int? { records.firstIndex { $0.row == row } }
        guard let new = row(.newReceived), let over = row(.carriedOver), let total = row(.total), let forward = row(.carriedForward) else { return [] }
        return applicantColumns.indices.compactMap { column in
            guard let a = figures[new, column], let b = figures[over, column], let c = figures[total, column], let d = figures[forward, column],
                  a + b != c + d else { return nil }
            return Finding(table: .applications, row: "total", column: applicantColumns[column], rule: "applications.balance", severity: .error,
                           expected: "\(a + b)", actual: "\(c + d)",
                           message: "Column '\(applicantColumns[column])' does not balance: new_received \(a) + carried_over \(b) = \(a + b), but total \(c) + carried_forward \(d) = \(c + d).")
        }
    }

    /// Per column, the total equals the sum of every result row printed.
    static func resultsSum(_ records: [ApplicationRecord], _ figures: FigureGrid) -> [Finding] {
        guard let total = records.firstIndex(where: { $0.row == .total }) else { return [] }
        let results = records.indices.filter { isResultRow(records[$0].row) }
        guard !results.isEmpty else { return [] }
        return applicantColumns.indices.compactMap { column in
            guard let stated = figures[total, column], let sum = figures.sum(column, over: results), sum != stated else { return nil }
            return Finding(table: .applications, row: "total", column: applicantColumns[column], rule: "applications.results_sum", severity: .error,
                           expected: "\(sum)", actual: "\(stated)",
                           message: "Column '\(applicantColumns[column])': the result rows sum to \(sum) but the total row prints \(stated).")
        }
    }

    /// Per row, the last column equals the others: the requests table's total against its six
    /// applicant columns, and each appeals proceeding's total against its four outcomes.
    private static func rowSums<Row: SumRow>(_ records: [Row], _ figures: FigureGrid) -> [Finding] {
        records.indices.compactMap { row in
            figures.rowSum(row).flatMap { records[row].sumViolation(sum: $0.sum, stated: $0.stated) }
        }
    }

    /// Counts must be whole and not negative; only 本年增/减 may be negative and only amounts
    /// may have decimals.
    static func stock(_ report: NormalizedReport) -> [Finding] {
        report.activeDisclosure.flatMap { record in
            record.values.lazy.filter { isMisprintedCount($0.value, column: $0.key) }.sorted { $0.key.rawValue < $1.key.rawValue }.map { column, figure in
                let text = figure.description
                let problem = Int(text) != nil ? "is negative" : "is not a whole number"
                return Finding(table: .activeDisclosure, row: record.item.rawValue, column: column.rawValue, rule: "active_disclosure.stock",
                               severity: .error, actual: text,
                               message: "Item '\(record.item.rawValue)' prints \(column.rawValue) '\(text)', which \(problem); it is a count of documents or decisions.")
            }
        }
    }

    /// Nearly every figure is a small count, told from the packed digits; the rest are spelled
    /// out for `Int`'s parser.
    private static func isMisprintedCount(_ figure: Figure, column: ActiveDisclosureColumn) -> Bool {
        guard column != .amount, !figure.isSmallCount else { return false }
        let text = figure.description
        return Int(text) == nil || (text.hasPrefix("-") && column != .netChange)
    }

    /// A report for 2021 or later on the 2019 template is common (info); a report before 2021
    /// on the 2021 template cannot be right about one of the two (warning).
    static func templateYear(_ report: NormalizedReport) -> [Finding] {
        guard let year = report.year.flatMap({ Int($0) }), let template = report.template else { return [] }
        if template == .edition2019, year >= 2021 {
            return [Finding(table: nil, column: "template", rule: "template.year", severity: .info, expected: "2021", actual: "2019",
                            message: "The \(year) report is written on the 2019 template; its tables are read by their 2019 headings.")]
        }
        if template == .edition2021, year < 2021 {
            return [Finding(table: nil, column: "template", rule: "template.year", severity: .warning, expected: "2019", actual: "2021",
                            message: "The title says \(year) but the tables use the 2021 template, which was issued later; check the year in the title.")]
        }
        return []
    }

    /// The result rows whose sum is the total: （一） to （六）, in either edition.
    private static func isResultRow(_ row: ApplicationRow) -> Bool {
        row != .newReceived && row != .carriedOver && row != .total && row != .carriedForward
    }

    /// A whole number the identities can add up, read as `Int(text)` reads it (an optional
    /// sign, then digits), for every cell of every report. Figures beyond 10^15 are no count
    /// a report prints (a misread run of digits, a pasted ID); they stay in the output as
    /// printed but are left out of the checks, which would otherwise overflow 64 bits adding
    /// them up.
    static func int(_ figure: Figure?) -> Int? {
        figure?.wholeNumber
    }

    /// The same reading through a spelling's bytes, for the figures too long to pack.
    static func int(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = utf8.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        var index = negative || first == UInt8(ascii: "+") ? 1 : 0
        guard index < utf8.count else { return nil }
        var magnitude = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard GluedRuns.isDigit(byte) else { return nil }
            magnitude = magnitude * 10 + Int(byte - 0x30)
            guard magnitude <= largestChecked else { return nil }
            index += 1
        }
        return negative ? -magnitude : magnitude
    }

    static let largestChecked = 1_000_000_000_000_000

    /// The sum of figures that are all whole numbers, or nil; added as read, so that no list
    /// of parts is built only to be summed. The identities add a report's figures through
    /// `FigureGrid`; this serves the repairs, which try one row at a time.
    static func sum(_ figures: some Sequence<Figure?>) -> Int? {
        var sum = 0
        for figure in figures {
            guard let value = int(figure) else { return nil }
            sum += value
        }
        return sum
    }
}
