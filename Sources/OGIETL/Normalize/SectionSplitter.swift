import OGISchema

/// Cuts the cell list into the three tables. A table opens at its section heading, or at an
/// anchor phrase inside it when the heading was lost; it closes at the next table or at the
/// narrative sections that follow the tables.
struct SectionSplitter: Sendable {
    private enum Mark: Sendable {
        case open(CanonicalTable)
        case close
    }

    /// The tables opened so far, one bit each by their place in `CanonicalTable.allCases`.
    /// Asked at every text cell of every report, where a `Set` was retained and released by
    /// each closure that read it.
    private struct OpenedTables {
        private var bits: UInt8 = 0

        func contains(_ table: CanonicalTable) -> Bool {
            bits & Self.bit(table) != 0
        }

        /// Asked at every text cell until the tables close, so the bits of every data table are
        /// worked out once: `allCases`, behind each table's bit, makes a new array at every call.
        var containsEveryTable: Bool {
            bits & Self.everyDataTable == Self.everyDataTable
        }

        private static let everyDataTable = CanonicalTable.dataTables.reduce(UInt8(0)) { $0 | bit($1) }

        mutating func insert(_ table: CanonicalTable) {
            bits |= Self.bit(table)
        }

        private static func bit(_ table: CanonicalTable) -> UInt8 {
            UInt8(1) << (CanonicalTable.allCases.firstIndex(of: table) ?? 0)
        }
    }

    private let headings: PhraseFinder<Mark>
    private let anchors: PhraseFinder<CanonicalTable>

    /// Headings are short; a long cell that mentions a heading's words is prose.
    static let longestHeading = 48

    init(sections: PipelineConfig.SectionHeadings) {
        let tables: [(CanonicalTable, PipelineConfig.TableHeadings)] = [
            (.activeDisclosure, sections.activeDisclosure),
            (.applications, sections.applications),
            (.reviewsLitigation, sections.reviewsLitigation),
        ]
        headings = PhraseFinder(tables.map { (Mark.open($0.0), $0.1.headings) } + [(Mark.close, sections.end)])
        anchors = PhraseFinder(tables.map { ($0.0, $0.1.anchors) })
    }

    /// Cells whose text names no section are remembered (`LineMemo.textsNamingNoSection`), up
    /// to this many, no longer than `longestRememberedText` bytes.
    static let textsRemembered = 4096
    static let longestRememberedText = 192

    /// Every text cell is keyed and searched for the headings, until the tables have all been
    /// found, and most say nothing of a section: template row labels and the same few phrases
    /// in report after report. A text that names none is remembered, and passed over when it
    /// comes again, in this report or a later one the same worker reads. A single report is
    /// split with `ByteKeyTable.none`, which keeps nothing.
    func split(_ cells: CellRun, textsNamingNoSection remembered: inout ByteKeyTable) -> [CanonicalTable: CellRun] {
        var bounds: [(table: CanonicalTable?, start: Int)] = []
        var current: CanonicalTable?
        var opened = OpenedTables()
        var key: [UInt32] = []
        let text = cells.text
        cells.withBuffers { cellBuffer, bytes in
            for index in cellBuffer.indices where cellBuffer[index].kind == .text {
                // Every table has been opened and the last one closed: no cell can open or close
                // one now, and the narrative sections after the tables are not keyed.
                if current == nil, opened.containsEveryTable { break }
                let range = cellBuffer[index].textRange
                let cellText = UnsafeBufferPointer(rebasing: bytes[range])
                let canRemember = !remembered.keepsNothing && range.count <= Self.longestRememberedText
                let hash = canRemember ? ByteScanning.hash(cellText) : nil
                if let hash, remembered.contains(cellText, hash: hash) { continue }
                key.removeAll(keepingCapacity: true)
                LabelText.appendMatchKey(of: text, range, to: &key)
                guard namesASection(key) else {
                    if let hash { remembered.insert(cellText, hash: hash) }
                    continue
                }
                guard let next = transition(key, current: current, opened: opened) else { continue }
                current = next
                if let next { opened.insert(next) }
                bounds.append((next, index))
            }
        }
        return slices(cells, bounds)
    }

    /// Whether a key holds a heading or an anchor at all, whatever tables are open: when it
    /// holds none, the cell changes nothing in any report, and can be remembered as such.
    private func namesASection(_ key: [UInt32]) -> Bool {
        guard !key.isEmpty, key.count <= Self.longestHeading else { return false }
        return headings.firstHit(in: key, { _ in true }) != nil || anchors.firstHit(in: key, { _ in true }) != nil
    }

    /// `nil` means no change, `.some(nil)` closes the current table.
    private func transition(_ key: [UInt32], current: CanonicalTable?, opened: OpenedTables) -> CanonicalTable??
    {
        let mark = headings.firstHit(in: key) { hit -> Mark? in
            switch hit.code {
            case let .open(table): opened.contains(table) ? nil : hit.code
            case .close: current == nil ? nil : hit.code
            }
        }
        switch mark {
        case let .open(table)?: return .some(table)
        case .close?: return .some(nil)
        case nil: break
        }
        guard let table = anchors.firstHit(in: key, { opened.contains($0.code) ? nil : $0.code }) else { return nil }
        return .some(table)
    }

    private func slices(_ cells: CellRun, _ bounds: [(table: CanonicalTable?, start: Int)]) -> [CanonicalTable: CellRun] {
        var result: [CanonicalTable: CellRun] = [:]
        for (offset, bound) in bounds.enumerated() {
            guard let table = bound.table else { continue }
            let end = offset + 1 < bounds.count ? bounds[offset + 1].start : cells.count
            result[table] = cells.run(bound.start..<end)
        }
        return result
    }
}
