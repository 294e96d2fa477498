import OGISchema

/// One report of the batch as the across-report rules see it: a view into `BatchIndex`, made
/// only for the reports a rule is looking at, with the source path for its messages.
struct BatchEntry: Sendable {
    let index: Int
    let path: String
    private let batch: BatchIndex

    static let stockItems: [ActiveDisclosureItem] = [.regulations, .normativeDocuments]
    static let stockColumns: [ActiveDisclosureColumn] = [.inForce, .issued, .repealed]

    init(index: Int, batch: BatchIndex, path: String) {
        self.index = index
        self.batch = batch
        self.path = path
    }

    var reportID: String { batch.reportID(index) }
    var agency: UInt64 { batch.agency(index) }
    var year: Int? { batch.year(index) }
    var errorFindings: Int { batch.errorFindings(index) }
    var modified: Int { batch.modified(index) }
    var status: ReportStatus { batch.status(index) }

    func rowCount(_ table: CanonicalTable) -> Int { batch.rowCount(index, table) }

    /// Seven applicant columns each; nil where the cell is empty or not a whole number.
    var carriedOver: [Int?] { batch.figures(index, offset: 0, count: BatchIndex.applicantColumns) }
    var carriedForward: [Int?] { batch.figures(index, offset: BatchIndex.applicantColumns, count: BatchIndex.applicantColumns) }

    /// One stock figure of the 2021 proactive table, or nil.
    func stock(_ item: ActiveDisclosureItem, _ column: ActiveDisclosureColumn) -> Int? {
        guard let row = Self.stockItems.firstIndex(of: item), let offset = Self.stockColumns.firstIndex(of: column) else { return nil }
        return batch.figures(index, offset: 2 * BatchIndex.applicantColumns + row * Self.stockColumns.count + offset, count: 1)[0]
    }

    /// Agency names compare after removing spaces and folding full-width forms, so
    /// `海阳市卫生健康局` and `海阳市 卫生健康局` are one agency.
    static func agencyKey(_ agency: String?) -> String {
        guard let agency else { return "" }
        return LabelText.string(agency.unicodeScalars.lazy
            .filter { !LabelText.isWhitespace($0.value) }
            .compactMap { Unicode.Scalar(LabelText.folded($0.value)) })
    }
}
