import OGISchema

/// What the across-report rules and the final pass over the tables need of one report, in a
/// fixed 144 bytes that go to a scratch file as each report is written. Nothing per report
/// stays in memory, so a run over millions of reports needs no more than one over ten thousand.
struct BatchRecord: Sendable {
    static let byteCount = 144
    static let applicantColumns = 7
    static let stockItems: [ActiveDisclosureItem] = [.regulations, .normativeDocuments]
    static let stockColumns: [ActiveDisclosureColumn] = [.inForce, .issued, .repealed]
    static let figureCount = 2 * applicantColumns + stockItems.count * stockColumns.count
    /// A figure that is empty or not a whole number that fits in 32 bits.
    static let missing = Int32.min

    private enum Offset {
        static let position = 0
        static let identity = 8
        static let agency = 16
        static let modified = 24
        static let year = 32
        static let errorFindings = 36
        static let rowCounts = 40
        static let figures = rowCounts + 4 * CanonicalTable.allCases.count
        static let status = figures + 4 * figureCount
    }

    /// The 144 bytes in place, as 18 words. An array made a heap allocation for every record
    /// read back, twice a report in the across-report rules, and their sorts retained and
    /// released it at every comparison.
    private typealias Words = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                               UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    private var words: Words = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    init?(bytes: ArraySlice<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
    }

    /// The record as it is stored.
    var bytes: [UInt8] {
        withBytes { Array($0) }
    }

    func withBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        try withUnsafeBytes(of: words, body)
    }

    /// `position` is the report's place in source-path order, the key of every across-report outcome.
    init(_ report: ProcessedReport, position: Int) {
        store(Int64(position), at: Offset.position)
        store(UInt64(report.reportID, radix: 16) ?? 0, at: Offset.identity)
        store(Self.agencyHash(of: report.normalized.agency), at: Offset.agency)
        store(Int64(report.file.modified), at: Offset.modified)
        store(report.normalized.year.flatMap { Int32($0) } ?? 0, at: Offset.year)
        store(Int32(clamping: report.findings.filter { $0.severity == .error }.count), at: Offset.errorFindings)
        let rowCounts = [1, report.normalized.activeDisclosure.count, report.normalized.applications.count,
                         report.normalized.reviews.count, report.findings.count]
        for (slot, count) in rowCounts.enumerated() { store(Int32(clamping: count), at: Offset.rowCounts + 4 * slot) }
        for (slot, figure) in Self.figures(of: report.normalized).enumerated() { store(figure, at: Offset.figures + 4 * slot) }
        store(UInt8(ReportStatus.allCases.firstIndex(of: report.status) ?? 0), at: Offset.status)
    }

    var position: Int { Int(load(Int64.self, at: Offset.position)) }
    /// The first 64 bits of the report's SHA-256; 0 when the file could not be read.
    var identity: UInt64 { load(UInt64.self, at: Offset.identity) }
    /// Hash of the agency key; 0 when the title names no agency.
    var agency: UInt64 { load(UInt64.self, at: Offset.agency) }
    var modified: Int { Int(load(Int64.self, at: Offset.modified)) }
    var year: Int? { let year = load(Int32.self, at: Offset.year); return year == 0 ? nil : Int(year) }
    var errorFindings: Int { Int(load(Int32.self, at: Offset.errorFindings)) }
    var status: ReportStatus { ReportStatus.allCases[Int(load(UInt8.self, at: Offset.status)) % ReportStatus.allCases.count] }
    var reportID: String { identity == 0 && status == .failed ? "" : Self.hex(identity) }

    /// Readable, with an agency and a year: the reports the agency-and-year rules compare.
    var isDated: Bool { status != .failed && agency != 0 && year != nil }

    func rowCount(_ table: CanonicalTable) -> Int {
        CanonicalTable.allCases.firstIndex(of: table).map { Int(load(Int32.self, at: Offset.rowCounts + 4 * $0)) } ?? 0
    }

    /// The figure in `slot` (carried_over ×7, carried_forward ×7, then the stock items), or nil.
    func figure(_ slot: Int) -> Int? {
        let figure = load(Int32.self, at: Offset.figures + 4 * slot)
        return figure == Self.missing ? nil : Int(figure)
    }

    private func load<Value: FixedWidthInteger>(_: Value.Type, at offset: Int) -> Value {
        withUnsafeBytes(of: words) { Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self)) }
    }

    private mutating func store<Value: FixedWidthInteger>(_ value: Value, at offset: Int) {
        withUnsafeMutableBytes(of: &words) { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: Value.self) }
    }
}
