import OGISchema

/// Reads the requests table. Every row label carries a numbering mark, so the row's own label
/// is the last numbered piece of the text before its figures; parents (`三、本年度办理结果`)
/// and wrapped tails of the previous label come before it and are passed over.
struct ApplicationsParser: Sendable {
    private let rows: LabelMatcher<ApplicationRow>
    private let labels = LabelMemo<LabelReading>()
    static let columns = ApplicantColumn.allCases.map(\.rawValue)

    init(labels: PipelineConfig.ApplicationLabels) {
        rows = LabelMatcher(labels.rows.map { ($0.row, $0.labels) })
    }

    func parse(_ cells: CellRun) -> TableReading<ApplicationRecord> {
        var reading = TableReading<ApplicationRecord>()
        // Filtered in place and read by index: a chunk holds three references, and each copy
        // of one, by `filter` or by a `for` loop, retains and releases all three.
        var chunks = RowChunk.chunks(of: cells)
        chunks.removeAll { $0.values.isEmpty }
        let alignment = ColumnAlignment.forShortRows(of: chunks, count: Self.columns.count)
        reading.records.reserveCapacity(chunks.count)
        for index in chunks.indices {
            read(chunks[index], alignment: alignment, into: &reading)
        }
        reading.records = Self.inTemplateOrder(reading.records)
        reading.edition = Self.edition(of: reading.records.map(\.row))
        GluedRowResolver.resolve(&reading)
        return reading
    }

    /// The row a label names and the label as printed from its numbering mark on; or, for a
    /// label that names none, its last numbered piece, to quote in the finding.
    enum LabelReading: Sendable, Equatable {
        case row(ApplicationRow, label: String)
        case unrecognised(label: String)
    }

    /// Read once per distinct label: the reading depends on the label cells' texts alone.
    func labelReading(of chunk: RowChunk) -> LabelReading {
        labels.value(for: LabelKey(texts: chunk.labelCells)) {
            let segments = chunk.label.segments()
            guard let (row, segment) = match(segments) else { return .unrecognised(label: segments.last?.printed ?? "") }
            return .row(row, label: segment.printed)
        }
    }

    private func read(_ chunk: RowChunk, alignment: ColumnAlignment?, into reading: inout TableReading<ApplicationRecord>) {
        let (row, label): (ApplicationRow, String)
        switch labelReading(of: chunk) {
        case .row(let named, let printed): (row, label) = (named, printed)
        case .unrecognised(let printed):
            reading.findings.append(UnrecognisedRow.finding(table: .applications, label: printed, chunk: chunk))
            return
        }
        if reading.records.contains(where: { $0.row == row }) {
            reading.findings.append(UnrecognisedRow.duplicate(table: .applications, row: row.rawValue, label: label, chunk: chunk))
            return
        }
        // Appending an empty list still costs a call through the generic append; most rows print no unit.
        let unitFindings = CountUnits.findings(table: .applications, row: row.rawValue, chunk: chunk)
        if !unitFindings.isEmpty { reading.findings += unitFindings }
        if let run = GluedRun.find(in: chunk, cells: Self.columns.count, minimumDigits: Self.columns.count) {
            reading.gluedRuns[row.rawValue] = run
            reading.records.append(ApplicationRecord(row: row, label: label, values: Array(repeating: nil, count: Self.columns.count)))
            return
        }
        if chunk.values.count < Self.columns.count, let placed = alignment?.place(chunk) {
            reading.findings.append(CellCountCheck.aligned(table: .applications, row: row.rawValue, label: label,
                                                           line: chunk.values[0].line, columns: Self.columns, placed: placed))
            reading.records.append(ApplicationRecord(row: row, label: label, values: placed))
            return
        }
        if let finding = CellCountCheck.finding(table: .applications, row: row.rawValue, label: label,
                                                line: chunk.label.line, chunk: chunk, columns: Self.columns) {
            reading.findings.append(finding)
        }
        let surplus = chunk.surplus(beyond: Self.columns.count)
        reading.records.append(ApplicationRecord(row: row, label: label, values: chunk.figures(Self.columns.count),
                                                 printed: surplus > 0 ? chunk.figures(Self.columns.count + surplus) : nil))
    }

    /// The last segment that names a row, keyed in one buffer for all of them.
    private func match(_ segments: [LabelSegment]) -> (ApplicationRow, LabelSegment)? {
        var key: [UInt32] = []
        key.reserveCapacity(segments.last?.blob.display.count ?? 0)
        for segment in segments.reversed() {
            key.removeAll(keepingCapacity: true)
            segment.appendKey(to: &key)
            if let row = rows.bestMatch(for: key) { return (row, segment) }
        }
        return nil
    }

    /// A row's place is its case's place in the template (`ordinal`), read in place: a table
    /// printed in template order, as nearly all are, is returned without sorting or copying a
    /// record.
    static func inTemplateOrder(_ records: [ApplicationRecord]) -> [ApplicationRecord] {
        if zip(records.indices, records.indices.dropFirst()).allSatisfy({ records[$0].row.ordinal <= records[$1].row.ordinal }) {
            return records
        }
        var ranked = records.map { (rank: $0.row.ordinal, record: $0) }
        ranked.sort { $0.rank < $1.rank }
        return ranked.map(\.record)
    }

    /// The 2021 edition splits （六）其他处理 into three rows; the 2019 edition prints one.
    static func edition(of rows: [ApplicationRow]) -> TemplateEdition? {
        if rows.contains(where: { [.otherNoCorrection, .otherUnpaidFee, .otherOther].contains($0) }) { return .edition2021 }
        return rows.contains(.otherTotal) ? .edition2019 : nil
    }
}
