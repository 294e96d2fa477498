import OGISchema

/// What the across-report rules need of every report in the batch, stored column by column in
/// fixed-width arrays: about 100 bytes a report and no heap object per report, so a run over a
/// hundred thousand reports holds a few megabytes here instead of a String and four Arrays each.
struct BatchIndex: Sendable {
    private(set) var count = 0
    private var ids: [UInt64] = []
    /// Hash of the agency key (see `BatchEntry.agencyKey`); 0 when the title names no agency.
    private var agencies: [UInt64] = []
    /// 0 when the title gives no year.
    private var years: [Int32] = []
    private var errorCounts: [Int32] = []
    private var modifiedTimes: [Int64] = []
    private var statuses: [ReportStatus] = []
    private var rowCounts: [Int32] = []
    /// carried_over ×7, carried_forward ×7, stock ×6; `missing` where the cell is not a whole
    /// number. Two bytes each, since nearly every count is small: a figure beyond ±32,766 is
    /// stored as `wide` and kept in `wideFigures` by its position.
    private var figures: [Int16] = []
    private var wideFigures: [Int: Int32] = [:]

    static let rowCountStride = CanonicalTable.allCases.count
    static let applicantColumns = 7
    static let figureStride = 2 * applicantColumns + BatchEntry.stockItems.count * BatchEntry.stockColumns.count
    static let missing = Int32.min
    private static let narrowMissing = Int16.min
    private static let wide = Int16.max

    /// Sized once for the whole batch: growing by doubling would leave up to half of every
    /// column unused at the end of a large run.
    init(capacity: Int = 0) {
        ids.reserveCapacity(capacity)
        agencies.reserveCapacity(capacity)
        years.reserveCapacity(capacity)
        errorCounts.reserveCapacity(capacity)
        modifiedTimes.reserveCapacity(capacity)
        statuses.reserveCapacity(capacity)
        rowCounts.reserveCapacity(capacity * Self.rowCountStride)
        figures.reserveCapacity(capacity * Self.figureStride)
    }

    mutating func append(_ report: ProcessedReport) {
        ids.append(UInt64(report.reportID, radix: 16) ?? 0)
        agencies.append(Self.agencyHash(BatchEntry.agencyKey(report.normalized.agency)))
        years.append(report.normalized.year.flatMap { Int32($0) } ?? 0)
        errorCounts.append(Int32(clamping: report.findings.filter { $0.severity == .error }.count))
        modifiedTimes.append(Int64(report.file.modified))
        statuses.append(report.status)
        rowCounts += [1, report.normalized.activeDisclosure.count, report.normalized.applications.count,
                      report.normalized.reviews.count, report.findings.count].map { Int32(clamping: $0) }
        for figure in Self.figures(of: report.normalized) { appendFigure(figure) }
        count += 1
    }

    private mutating func appendFigure(_ figure: Int32) {
        if figure == Self.missing {
            figures.append(Self.narrowMissing)
        } else if let narrow = Int16(exactly: figure), narrow != Self.wide, narrow != Self.narrowMissing {
            figures.append(narrow)
        } else {
            wideFigures[figures.count] = figure
            figures.append(Self.wide)
        }
    }

    /// Readable, with an agency and a year: the reports the agency-and-year rules compare.
    func isDated(_ index: Int) -> Bool {
        statuses[index] != .failed && agencies[index] != 0 && years[index] != 0
    }

    func reportID(_ index: Int) -> String { ids[index] == 0 && statuses[index] == .failed ? "" : Self.hex(ids[index]) }
    func agency(_ index: Int) -> UInt64 { agencies[index] }
    func year(_ index: Int) -> Int? { years[index] == 0 ? nil : Int(years[index]) }
    func errorFindings(_ index: Int) -> Int { Int(errorCounts[index]) }
    func modified(_ index: Int) -> Int { Int(modifiedTimes[index]) }
    func status(_ index: Int) -> ReportStatus { statuses[index] }
    func identity(_ index: Int) -> UInt64 { ids[index] }

    func rowCount(_ index: Int, _ table: CanonicalTable) -> Int {
        CanonicalTable.allCases.firstIndex(of: table).map { Int(rowCounts[index * Self.rowCountStride + $0]) } ?? 0
    }

    /// `count` figures from `offset` within the report's figures, nil where missing.
    func figures(_ index: Int, offset: Int, count: Int) -> [Int?] {
        let start = index * Self.figureStride + offset
        return (start..<(start + count)).map { position in
            switch figures[position] {
            case Self.narrowMissing: nil
            case Self.wide: wideFigures[position].map(Int.init)
            case let figure: Int(figure)
            }
        }
    }

    private static func figures(of report: NormalizedReport) -> [Int32] {
        let rows = report.applications
        func whole(_ row: ApplicationRow) -> [Int32] {
            let values = rows.first { $0.row == row }?.values ?? []
            return (0..<applicantColumns).map { $0 < values.count ? number(values[$0]) : missing }
        }
        let active = report.activeDisclosureEdition == .edition2021 ? report.activeDisclosure : []
        let stock = BatchEntry.stockItems.flatMap { item in
            let values = active.first { $0.item == item }?.values ?? [:]
            return BatchEntry.stockColumns.map { number(values[$0]) }
        }
        return whole(.carriedOver) + whole(.carriedForward) + stock
    }

    /// A whole number that fits, else `missing`: the rules compare counts, never amounts.
    private static func number(_ text: String?) -> Int32 {
        text.flatMap { Int32($0) }.map { $0 == missing ? missing : $0 } ?? missing
    }

    /// FNV-1a over the key's UTF-8: agencies are compared by this 64-bit value, where a chance
    /// collision in a million reports is about one in ten million.
    static func agencyHash(_ key: String) -> UInt64 {
        guard !key.isEmpty else { return 0 }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash == 0 ? 1 : hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
