import OGISchema

/// Reads the proactive-disclosure table. Its sub-tables (第二十条第（一）项 …) each print their
/// own column headings, and the two editions use different headings for related measures, so
/// columns are taken from the headings as printed rather than assumed from the item.
struct ActiveDisclosureParser: Sendable {
    private let blockMarkers: PhraseFinder<Int>
    private let headings: PhraseFinder<PipelineConfig.ColumnLabels>
    private let items: LabelMatcher<ActiveDisclosureItem>
    private let labels = LabelMemo<LabelReading>()
    let units: UnitSpelling

    init(labels: PipelineConfig.ActiveDisclosureLabels, units: UnitSpelling) {
        self.units = units
        blockMarkers = PhraseFinder([(0, labels.blockMarkers)])
        headings = PhraseFinder(labels.columns.map { ($0, $0.labels) })
        items = LabelMatcher(labels.items.map { ($0.item, $0.labels) })
    }

    func parse(_ cells: CellRun) -> TableReading<ActiveDisclosureRecord> {
        var reading = TableReading<ActiveDisclosureRecord>()
        var columns: [PipelineConfig.ColumnLabels] = []
        var editions: [TemplateEdition] = []
        var blocks: [[(chunk: RowChunk, key: [UInt32], label: String)]] = []
        var blockColumns: [[PipelineConfig.ColumnLabels]] = []
        for chunk in RowChunk.chunks(of: cells) {
            let label = labelReading(of: chunk)
            if label.hasMarker || !label.columns.isEmpty {
                columns = label.columns
                editions += columns.map(\.edition)
                blocks.append([])
                blockColumns.append(columns)
                if columns.isEmpty, !chunk.values.isEmpty { reading.findings.append(unrecognisedHeadings(chunk)) }
            }
            guard !chunk.values.isEmpty, !columns.isEmpty, !blocks.isEmpty else { continue }
            blocks[blocks.count - 1].append((chunk, label.itemKey, label.item))
        }
        reading.records.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        for (rows, columns) in zip(blocks, blockColumns) {
            let alignment = ColumnAlignment.forShortRows(of: rows.map(\.chunk), count: columns.count)
            for row in rows {
                read(row.chunk, itemKey: row.key, label: row.label, columns: columns, alignment: alignment, into: &reading)
            }
        }
        reading.edition = Self.majority(editions)
        return reading
    }

    /// What the text before a row's figures says: the item it names (its key and its label as
    /// printed) and, when it opens a sub-table, the marker and column headings.
    struct LabelReading: Sendable {
        let itemKey: [UInt32]
        let item: String
        let hasMarker: Bool
        let columns: [PipelineConfig.ColumnLabels]
    }

    /// Read once per distinct label. Both readings look at which cells share a line, with
    /// each other and with the figures, and headings wrapped in their columns are put back
    /// together by the cells' centres, so the key holds all of those.
    private func labelReading(of chunk: RowChunk) -> LabelReading {
        labels.value(for: LabelKey(layout: chunk.labelCells, figureLine: chunk.values.first?.line)) {
            let item = itemLabel(of: chunk)
            let header = headerText(of: chunk, before: item.cellCount)
            return LabelReading(itemKey: item.key, item: item.label, hasMarker: header.hasMarker, columns: header.columns)
        }
    }

    /// The item's label: the text on the line of its figures when a row is printed on one line,
    /// otherwise whatever follows the last heading.
    private func itemLabel(of chunk: RowChunk) -> (key: [UInt32], label: String, cellCount: Int) {
        if let line = chunk.values.first?.line, chunk.labelCells.last?.line == line {
            let cells = chunk.labelCells.reversed().prefix { $0.line == line }.reversed()
            let blob = LabelBlob(cells: Array(cells), text: chunk.labelCells.text)
            return (blob.key(), blob.text, cells.count)
        }
        let blob = chunk.label
        let (key, positions) = blob.keyWithPositions()
        let start = headerEnd(key)
        let display = start < positions.count ? positions[start] : blob.display.count
        return (Array(key[start...]), LabelText.string(blob.display[display...]), 0)
    }

    /// Where the sub-table's marker and headings end in a label key.
    private func headerEnd(_ key: [UInt32]) -> Int {
        let markerEnd = blockMarkers.hits(in: key).last?.range.upperBound ?? 0
        let headingEnd = headings.hits(in: key).filter { $0.range.lowerBound >= markerEnd }.last?.range.upperBound ?? 0
        return max(markerEnd, headingEnd)
    }

    /// The columns the label text before the item names, read line by line and, for headings
    /// wrapped inside their columns, column by column; whichever finds more headings wins.
    private func headerText(of chunk: RowChunk, before itemCells: Int) -> (hasMarker: Bool, columns: [PipelineConfig.ColumnLabels]) {
        let cells = chunk.labelCells.run(0..<(chunk.labelCells.count - min(itemCells, chunk.labelCells.count)))
        guard !cells.isEmpty else { return (false, []) }
        let readings = [LabelBlob(cells: cells), StackedHeadings.columnwise(cells)].compactMap { $0 }.map { blob in
            let key = blob.key()
            let markerEnd = blockMarkers.hits(in: key).last?.range.upperBound
            let found = headings.hits(in: key).filter { $0.range.lowerBound >= (markerEnd ?? 0) }
            let complete = !Self.hasUnknownHeading(found, after: markerEnd)
            return (markerEnd != nil, complete ? found.map(\.code) : [])
        }
        return readings.max { $0.1.count < $1.1.count } ?? (false, [])
    }

    /// Text between the marker and the headings, or between two headings, is a heading
    /// pipeline.json does not know: reading the known ones alone would shift figures into the
    /// wrong columns, so the sub-table is reported instead.
    static func hasUnknownHeading(_ hits: [PhraseFinder<PipelineConfig.ColumnLabels>.Hit], after markerEnd: Int?) -> Bool {
        var previous = markerEnd ?? hits.first?.range.lowerBound ?? 0
        for hit in hits {
            if hit.range.lowerBound - previous >= 2 { return true }
            previous = hit.range.upperBound
        }
        return false
    }

    private func read(_ chunk: RowChunk, itemKey: [UInt32], label: String, columns: [PipelineConfig.ColumnLabels],
                      alignment: ColumnAlignment?, into reading: inout TableReading<ActiveDisclosureRecord>) {
        guard let item = items.bestMatch(for: itemKey) else {
            reading.findings.append(UnrecognisedRow.finding(table: .activeDisclosure, label: label, chunk: chunk))
            return
        }
        if reading.records.contains(where: { $0.item == item }) {
            reading.findings.append(UnrecognisedRow.duplicate(table: .activeDisclosure, row: item.rawValue, label: label, chunk: chunk))
            return
        }
        if let record = gluedRecord(chunk, item: item, label: label, columns: columns, findings: &reading.findings) {
            reading.records.append(record)
            return
        }
        var figures = chunk.figureCells(columns.count)
        if chunk.values.count != columns.count {
            checkCellCount(chunk, item: item, label: label, columns: columns, alignment: alignment, figures: &figures, findings: &reading.findings)
        }
        var values = ActiveDisclosureValues()
        for (column, cell) in zip(columns, figures) {
            if let cell, let figure = figure(of: cell, in: chunk.values, column: column.column, item: item, findings: &reading.findings) {
                values[column.column] = figure
            }
        }
        reading.records.append(ActiveDisclosureRecord(item: item, label: label, values: values))
    }

    /// A row with as many cells as columns needs no check, and most rows are such, so the
    /// column names are spelled out only here.
    private func checkCellCount(_ chunk: RowChunk, item: ActiveDisclosureItem, label: String, columns: [PipelineConfig.ColumnLabels],
                                alignment: ColumnAlignment?, figures: inout [Cell?], findings: inout [Finding]) {
        let names = columns.map(\.column.rawValue)
        if chunk.values.count < columns.count, let placed = alignment?.placeCells(chunk) {
            figures = placed
            findings.append(CellCountCheck.aligned(table: .activeDisclosure, row: item.rawValue, label: label,
                                                   line: chunk.values[0].line, columns: names, placed: placed.map { $0.map(chunk.values.string(of:)) }))
        } else if let finding = CellCountCheck.finding(table: .activeDisclosure, row: item.rawValue, label: label,
                                                       line: chunk.label.line, chunk: chunk, columns: names) {
            findings.append(finding)
        }
    }

    private func unrecognisedHeadings(_ chunk: RowChunk) -> Finding {
        let label = chunk.label
        return Finding(table: .activeDisclosure, rule: "columns.unrecognised", severity: .warning,
                message: "The column headings of the sub-table starting at line \(label.line) ('\(label.text)') match no heading in pipeline.json, so its figures were not read; add the heading to activeDisclosure.columns.")
    }

    /// The edition most headings belong to; on a tie, the first heading's. Counted by scanning
    /// the few headings again for each: a dictionary of counts, made for every table of every
    /// report, took 4,300 instructions.
    static func majority(_ editions: [TemplateEdition]) -> TemplateEdition? {
        func count(_ edition: TemplateEdition) -> Int { editions.reduce(0) { $1 == edition ? $0 + 1 : $0 } }
        guard let best = editions.lazy.map(count).max() else { return nil }
        return editions.first { count($0) == best }
    }
}
