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
    let carriedOver: [String?]?
    let carriedForward: [String?]?
    /// in_force, issued, repealed of regulations and normative documents, 2021 template only.
    let stock: [ActiveDisclosureItem: [ActiveDisclosureColumn: String]]

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
        carriedOver = report.normalized.applications.first { $0.row == .carriedOver }?.values
        carriedForward = report.normalized.applications.first { $0.row == .carriedForward }?.values
        let stockItems: [ActiveDisclosureItem] = [.regulations, .normativeDocuments]
        stock = report.normalized.activeDisclosureEdition == .edition2021
            ? Dictionary(report.normalized.activeDisclosure.filter { stockItems.contains($0.item) }.map { ($0.item, $0.values) }, uniquingKeysWith: { first, _ in first })
            : [:]
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
