import OGISchema

/// Reads the appeals table. Its header is printed in many broken orders, but its figures are
/// always one row of fifteen in template order, so the parser reads figures and ignores labels.
struct ReviewsParser: Sendable {
    /// The template prints five outcomes per proceeding in both editions.
    static let figuresPerProceeding = ReviewOutcome.allCases.count

    /// `proceeding.outcome` for the fifteen figures, in template order: the same for every
    /// report, so spelled once.
    static let columns = ReviewProceeding.allCases.flatMap { proceeding in
        ReviewOutcome.allCases.map { "\(proceeding.rawValue).\($0.rawValue)" }
    }

    func parse(_ cells: CellRun) -> TableReading<ReviewRecord> {
        var reading = TableReading<ReviewRecord>()
        let chunks = RowChunk.chunks(of: cells).filter { !$0.values.isEmpty }
        guard let first = chunks.first else { return reading }
        let all = RowChunk(labelCells: first.labelCells, values: CellRun(chunks.flatMap(\.values), text: cells.text))
        let columns = Self.columns
        reading.findings += CountUnits.findings(table: .reviewsLitigation, row: "figures", chunk: all)
        if let run = GluedRun.find(in: all, cells: columns.count, minimumDigits: columns.count) {
            readGlued(run, into: &reading)
            return reading
        }
        if let finding = CellCountCheck.finding(table: .reviewsLitigation, row: "figures", label: "",
                                                line: first.values.first?.line ?? first.label.line, chunk: all, columns: columns) {
            reading.findings.append(finding)
        }
        let surplus = all.surplus(beyond: columns.count)
        if surplus > 0 { reading.printedFigures = all.figures(columns.count + surplus) }
        let figures = all.figures(columns.count)
        reading.records = ReviewProceeding.allCases.enumerated().map { index, proceeding in
            let start = index * Self.figuresPerProceeding
            return ReviewRecord(proceeding: proceeding, values: Array(figures[start..<(start + Self.figuresPerProceeding)]))
        }
        return reading
    }
}
