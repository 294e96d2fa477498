import OGISchema

/// What the across-report rules need of one report, kept for the whole batch: small enough
/// (a few hundred bytes) that memory grows only slowly with the corpus.
struct BatchEntry: Sendable {
    let index: Int
    let reportID: String
    let path: String
    let agencyKey: String
    let year: Int?
    let errorFindings: Int
    let modified: Int
    let readable: Bool
    let status: ReportStatus
    /// Rows this report wrote to each table, in `CanonicalTable.allCases` order; counted here
    /// because a quoted field may hold a line break, so lines are not rows.
    let rowCounts: [Int]
    /// Whole numbers only, `nil` where the cell is empty or not a whole number: seven applicant
    /// columns each, kept as integers because one entry per report stays in memory.
    let carriedOver: [Int?]
    let carriedForward: [Int?]
    /// in_force, issued, repealed of regulations then normative documents, 2021 template only.
    let stock: [Int?]

    static let stockItems: [ActiveDisclosureItem] = [.regulations, .normativeDocuments]
    static let stockColumns: [ActiveDisclosureColumn] = [.inForce, .issued, .repealed]

    init(index: Int, report: ProcessedReport) {
        self.index = index
        reportID = report.reportID
        path = report.file.relativePath
        agencyKey = Self.agencyKey(report.normalized.agency)
        year = report.normalized.year.flatMap { Int($0) }
        errorFindings = report.findings.filter { $0.severity == .error }.count
        modified = report.file.modified
        readable = report.status != .failed
        status = report.status
        rowCounts = [1, report.normalized.activeDisclosure.count, report.normalized.applications.count,
                     report.normalized.reviews.count, report.findings.count]
        let rows = report.normalized.applications
        carriedOver = rows.first { $0.row == .carriedOver }?.values.map { $0.flatMap { Int($0) } } ?? []
        carriedForward = rows.first { $0.row == .carriedForward }?.values.map { $0.flatMap { Int($0) } } ?? []
        let active = report.normalized.activeDisclosureEdition == .edition2021 ? report.normalized.activeDisclosure : []
        stock = Self.stockItems.flatMap { item in
            let values = active.first { $0.item == item }?.values ?? [:]
            return Self.stockColumns.map { column in values[column].flatMap { Int($0) } }
        }
    }

    /// One stock figure of the 2021 proactive table, or nil.
    func stock(_ item: ActiveDisclosureItem, _ column: ActiveDisclosureColumn) -> Int? {
        guard let row = Self.stockItems.firstIndex(of: item), let offset = Self.stockColumns.firstIndex(of: column) else { return nil }
        return stock[row * Self.stockColumns.count + offset]
    }

    /// Agency names compare after removing spaces and folding full-width forms, so
    /// `海阳市卫生健康局` and `海阳市 卫生健康局` are one agency.
    static func agencyKey(_ agency: String?) -> String {
        guard let agency else { return "" }
        var view = String.UnicodeScalarView()
        for scalar in agency.unicodeScalars where !LabelText.isWhitespace(scalar.value) {
            if let folded = Unicode.Scalar(LabelText.folded(scalar.value)) { view.append(folded) }
        }
        return String(view)
    }
}
