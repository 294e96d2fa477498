import OGISchema

/// Reads the proactive-disclosure table. Its sub-tables (第二十条第（一）项 …) each print their
/// own column headings, and the two editions use different headings for related measures, so
/// columns are taken from the headings as printed rather than assumed from the item.
struct ActiveDisclosureParser: Sendable {
    private let blockMarkers: PhraseFinder<Int>
    private let headings: PhraseFinder<PipelineConfig.ColumnLabels>
    private let items: LabelMatcher<ActiveDisclosureItem>

    init(labels: PipelineConfig.ActiveDisclosureLabels) {
        blockMarkers = PhraseFinder([(0, labels.blockMarkers)])
        headings = PhraseFinder(labels.columns.map { ($0, $0.labels) })
        items = LabelMatcher(labels.items.map { ($0.item, $0.labels) })
    }

    func parse(_ cells: ArraySlice<Cell>) -> TableReading<ActiveDisclosureRecord> {
        var reading = TableReading<ActiveDisclosureRecord>()
        var columns: [PipelineConfig.ColumnLabels] = []
        var editions: [TemplateEdition] = []
        for chunk in RowChunk.chunks(of: cells) {
            let (key, positions) = chunk.label.keyWithPositions()
            let markerEnd = blockMarkers.hits(in: key).last?.range.upperBound
            let found = headings.hits(in: key).filter { $0.range.lowerBound >= (markerEnd ?? 0) }
            if markerEnd != nil || !found.isEmpty {
                columns = found.map(\.code)
                editions += columns.map(\.edition)
                if columns.isEmpty, !chunk.values.isEmpty { reading.findings.append(unrecognisedHeadings(chunk)) }
            }
            let itemStart = max(markerEnd ?? 0, found.last?.range.upperBound ?? 0)
            guard !chunk.values.isEmpty, !columns.isEmpty else { continue }
            read(chunk, itemKey: Array(key[itemStart...]), labelStart: itemStart < positions.count ? positions[itemStart] : chunk.label.display.count,
                 columns: columns, into: &reading)
        }
        reading.edition = Self.majority(editions)
        return reading
    }

    private func read(_ chunk: RowChunk, itemKey: [UInt32], labelStart: Int, columns: [PipelineConfig.ColumnLabels],
                      into reading: inout TableReading<ActiveDisclosureRecord>) {
        let label = LabelBlob.string(chunk.label.display[labelStart...])
        guard let item = items.bestMatch(for: itemKey) else {
            reading.findings.append(UnrecognisedRow.finding(table: .activeDisclosure, label: label, chunk: chunk))
            return
        }
        if reading.records.contains(where: { $0.item == item }) {
            reading.findings.append(UnrecognisedRow.duplicate(table: .activeDisclosure, row: item.rawValue, label: label, chunk: chunk))
            return
        }
        let names = columns.map(\.column.rawValue)
        if let finding = CellCountCheck.finding(table: .activeDisclosure, row: item.rawValue, label: label,
                                                line: chunk.label.line, chunk: chunk, columns: names) {
            reading.findings.append(finding)
        }
        var values: [ActiveDisclosureColumn: String] = [:]
        for (column, figure) in zip(columns, chunk.figures(columns.count)) {
            if let figure { values[column.column] = figure }
        }
        reading.records.append(ActiveDisclosureRecord(item: item, label: label, values: values))
    }

    private func unrecognisedHeadings(_ chunk: RowChunk) -> Finding {
        Finding(table: .activeDisclosure, rule: "columns.unrecognised", severity: .warning,
                message: "The column headings of the sub-table starting at line \(chunk.label.line) ('\(chunk.label.text)') match no heading in pipeline.json, so its figures were not read; add the heading to activeDisclosure.columns.")
    }

    /// The edition most headings belong to; on a tie, the first heading's.
    static func majority(_ editions: [TemplateEdition]) -> TemplateEdition? {
        let counts = Dictionary(editions.map { ($0, 1) }, uniquingKeysWith: +)
        guard let best = counts.values.max() else { return nil }
        return editions.first { counts[$0] == best }
    }
}
