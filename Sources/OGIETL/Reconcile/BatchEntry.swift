import OGISchema

/// One report of the batch as the across-report rules see it: its record, with the source path
/// for the messages.
struct BatchEntry: Sendable {
    let record: BatchRecord
    let path: String

    static let stockItems = BatchRecord.stockItems
    static let stockColumns = BatchRecord.stockColumns

    init(_ record: BatchRecord, path: String) {
        self.record = record
        self.path = path
    }

    /// The report's position in source-path order.
    var index: Int { record.position }
    var reportID: String { record.reportID }
    var agency: UInt64 { record.agency }
    var year: Int? { record.year }
    var errorFindings: Int { record.errorFindings }
    var modified: Int { record.modified }
    var status: ReportStatus { record.status }

    func rowCount(_ table: CanonicalTable) -> Int { record.rowCount(table) }

    /// Seven applicant columns each; nil where the cell is empty or not a whole number.
    var carriedOver: [Int?] { (0..<BatchRecord.applicantColumns).map(record.figure) }
    var carriedForward: [Int?] { (0..<BatchRecord.applicantColumns).map { record.figure(BatchRecord.applicantColumns + $0) } }

    /// One stock figure of the 2021 proactive table, or nil.
    func stock(_ item: ActiveDisclosureItem, _ column: ActiveDisclosureColumn) -> Int? {
        guard let row = Self.stockItems.firstIndex(of: item), let offset = Self.stockColumns.firstIndex(of: column) else { return nil }
        return record.figure(2 * BatchRecord.applicantColumns + row * Self.stockColumns.count + offset)
    }
}
