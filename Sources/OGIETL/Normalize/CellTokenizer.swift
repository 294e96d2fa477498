/// Turns report text into a flat list of cells, whatever the layout: one cell per line, tab-
/// separated rows, markdown pipe tables or `pdftotext -layout` columns. The table parsers
/// downstream only ever see this list, which is why a new layout rarely needs new parsing code.
struct CellTokenizer: Sendable {
    /// A handful of short markers, compared in place: most cells are figures of a few bytes,
    /// and a set lookup would first copy each into an Array.
    let blankCells: [[UInt8]]
    let strippedSpans: [(open: [UInt8], close: [UInt8])]
    let pageFurniture: [[UInt8]]
    /// Every pattern has a `#`, so a line without a digit is never page furniture and most
    /// lines are passed over without being compacted.
    private let furnitureHasDigits: Bool
    /// And every pattern has a character that is not a digit, so a line of figures alone (a
    /// cell per line) is not compared with them either.
    private let furnitureHasOther: Bool
    let units: UnitSpelling
    /// The bytes a furniture line may start with (a `#` stands for any digit): most lines
    /// start with a label's ideograph no pattern starts with, and are passed over at once.
    private let furnitureFirstBytes: ByteSet
    /// Longest blank marker, so longer cells skip the comparison.
    private let longestBlank: Int
    /// The markers' first bytes: a figure's first digit is none of them, so most short cells
    /// are not compared with any marker.
    private let blankFirstBytes: ByteSet
    /// Page headers and footers are short; longer lines are not compared with the patterns.
    static let longestFurniture = 64

    /// Cells longer than this are prose paragraphs, never labels or headings.
    static let proseThreshold = 240

    init(options: PipelineConfig.TextOptions) {
        blankCells = options.blankCells.map { Array($0.utf8) }
        strippedSpans = options.strippedSpans.map { (Array($0.open.utf8), Array($0.close.utf8)) }
        pageFurniture = options.pageFurniture.map { pattern in Array(pattern.utf8.filter { $0 != ByteScanning.space }) }.filter { !$0.isEmpty }
        furnitureHasDigits = pageFurniture.allSatisfy { $0.contains(UInt8(ascii: "#")) }
        furnitureHasOther = pageFurniture.allSatisfy { $0.contains { $0 != UInt8(ascii: "#") && !(0x30...0x39).contains($0) } }
        furnitureFirstBytes = ByteSet(pageFurniture.compactMap(\.first).flatMap { $0 == UInt8(ascii: "#") ? Array(0x30...0x39) : [$0] })
        longestBlank = blankCells.map(\.count).max() ?? 0
        blankFirstBytes = ByteSet(blankCells.compactMap(\.first))
        units = UnitSpelling(units: options.units)
    }

    /// Lines are read where they lie in the report; only a line with a span to strip is
    /// copied, into one buffer reused for every such line. `bytes` must be valid UTF-8, which
    /// label keys read without checking again.
    func cells(of bytes: [UInt8]) -> CellRun {
        var lines = LineMemo.none
        return cells(of: bytes, lines: &lines)
    }

    /// As `cells(of:)`, taking lines read before from `lines` and leaving this report's there.
    func cells(of bytes: [UInt8], lines: inout LineMemo) -> CellRun {
        var cells = CellList()
        cells.reserveCapacity(cells: bytes.count / 8, textBytes: bytes.count)
        var stripped: [UInt8] = []
        var ranges: [Range<Int>] = []
        var number = 0
        for range in ByteScanning.Lines(bytes) {
            number += 1
            let probe = bytes.withUnsafeBufferPointer { lines.probe($0, range) }
            if lines.replay(probe, number: number, into: &cells) { continue }
            let (cellStart, textStart) = (cells.cells.count, cells.text.count)
            appendCells(ofLine: range, in: bytes, number: number, stripped: &stripped, ranges: &ranges, to: &cells)
            bytes.withUnsafeBufferPointer { lines.remember(probe, $0, range, list: cells, cellStart: cellStart, textStart: textStart) }
        }
        return CellRun(cells)
    }

    private func appendCells(ofLine range: Range<Int>, in bytes: [UInt8], number: Int, stripped: inout [UInt8],
                             ranges: inout [Range<Int>], to cells: inout CellList) {
        if hasSpanToStrip(bytes, range) {
            stripped.removeAll(keepingCapacity: true)
            ByteScanning.append(bytes, range, to: &stripped)
            stripSpans(&stripped)
            appendCells(of: stripped, 0..<stripped.count, number: number, ranges: &ranges, to: &cells)
        } else {
            appendCells(of: bytes, range, number: number, ranges: &ranges, to: &cells)
        }
    }

    /// The cells of the line at `line` in `bytes`; cell ranges index `bytes` too.
    private func appendCells(of bytes: [UInt8], _ line: Range<Int>, number: Int, ranges: inout [Range<Int>], to cells: inout CellList) {
        guard !LineShape.isRule(bytes, line), !isPageFurniture(bytes, line) else { return }
        LineShape.cellRanges(bytes, line, into: &ranges)
        bytes.withUnsafeBufferPointer { buffer in
            for index in ranges.indices { ranges[index] = ByteScanning.trimmed(buffer, ranges[index]) }
        }
        guard let first = ranges.firstIndex(where: { !$0.isEmpty }) else {
            if ByteScanning.contains(ByteScanning.tab, in: bytes, line) { cells.append(.blank, "", line: number) }
            return
        }
        bytes.withUnsafeBufferPointer { buffer in
            var columns = DisplayColumns(UnsafeBufferPointer(rebasing: buffer[line]), offset: line.lowerBound)
            for index in first..<ranges.count {
                classify(bytes, ranges[index], line: number, columns: &columns, into: &cells)
            }
        }
    }

    /// A cell is a figure, a blank marker, text, or text followed by figures that a converter
    /// separated by single spaces (`规章 0 0 3`).
    ///
    /// A cell's centre is worked out only for a cell that keeps it: a prose paragraph, which
    /// has none, would be walked character by character for nothing. Centres depend on the
    /// byte positions alone, so the order they are asked in changes none of them.
    private func classify(_ bytes: [UInt8], _ range: Range<Int>, line: Int, columns: inout DisplayColumns, into cells: inout CellList) {
        if isBlankMarker(bytes, range) {
            cells.append(.blank, bytes, range, line: line, center: columns.center(of: range))
        } else if cells.appendFigure(bytes, range, line: line, center: { columns.center(of: range) }) {
            return
        } else if !ByteScanning.containsDigit(bytes, range) {
            // Most labels hold no ASCII digit, and both tests below need one.
            classifyText(bytes, range, line: line, columns: &columns, into: &cells)
        } else if let (label, figure, unit) = units.split(bytes, range) {
            let center = columns.center(of: range)
            if let label { classifyText(bytes, label, line: line, columns: &columns, into: &cells) }
            cells.appendFigure(figure, unit: unit, line: line, center: center)
        } else if let pieces = GluedRuns.pieces(bytes, range) {
            for piece in pieces {
                if piece.isRun {
                    appendRun(bytes, piece, line: line, columns: &columns, into: &cells)
                } else {
                    classifyText(bytes, piece.range, line: line, columns: &columns, into: &cells)
                }
            }
        } else {
            classifyText(bytes, range, line: line, columns: &columns, into: &cells)
        }
    }

    private func classifyText(_ bytes: [UInt8], _ range: Range<Int>, line: Int, columns: inout DisplayColumns, into cells: inout CellList) {
        if range.count > Self.proseThreshold {
            cells.append(.prose, "", line: line)
        } else {
            splitTrailingFigures(bytes, range, line: line, columns: &columns, into: &cells)
        }
    }

    private func appendRun(_ bytes: [UInt8], _ piece: GluedRuns.Piece, line: Int, columns: inout DisplayColumns, into cells: inout CellList) {
        cells.append(.number, bytes, piece.range, line: line, center: columns.center(of: piece.range))
        cells.markLastGlued(sharedDigits: piece.sharedDigits)
    }

    /// Figures are found from the end of the cell, then given their columns left to right,
    /// the direction `DisplayColumns` walks.
    private func splitTrailingFigures(_ bytes: [UInt8], _ range: Range<Int>, line: Int, columns: inout DisplayColumns, into cells: inout CellList) {
        guard Self.endsInDigit(bytes, range) else {
            cells.append(.text, bytes, range, line: line, center: columns.center(of: range))
            return
        }
        let words = LineShape.words(bytes, range)
        var figuresStart = words.endIndex
        var figures: [String] = []
        while figuresStart > words.startIndex, let number = NumberSpelling.canonical(bytes, words[figuresStart - 1]) {
            figures.append(number)
            figuresStart -= 1
        }
        if figures.isEmpty || figures.count == words.count && words.count == 1 {
            cells.append(.text, bytes, range, line: line, center: columns.center(of: range))
            return
        }
        let text = ByteScanning.trimmed(bytes, range.lowerBound..<words[figuresStart].lowerBound)
        if !text.isEmpty {
            cells.append(.text, bytes, text, line: line, center: columns.center(of: text))
        }
        for (word, figure) in zip(words[figuresStart...], figures.reversed()) {
            cells.append(.number, figure, line: line, center: columns.center(of: word))
        }
    }

    /// Every figure ends in an ASCII or full-width digit; most labels end in an ideograph and
    /// need not be split into words at all.
    private static func endsInDigit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return (0x30...0x39).contains(bytes[last])
            || (range.count >= 3 && bytes[last - 2] == 0xEF && bytes[last - 1] == 0xBC && (0x90...0x99).contains(bytes[last]))
    }

    private func hasSpanToStrip(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        strippedSpans.contains { span in span.open.first.map { ByteScanning.contains($0, in: bytes, line) } ?? false }
    }

    private func stripSpans(_ line: inout [UInt8]) {
        for span in strippedSpans {
            while let start = firstIndex(of: span.open, in: line, from: 0),
                  let close = firstIndex(of: span.close, in: line, from: start + span.open.count) {
                line.removeSubrange(start..<(close + span.close.count))
            }
        }
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let head = needle.first, start <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == head, ByteScanning.hasPrefix(haystack, needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func isBlankMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return true }
        guard range.count <= longestBlank, blankFirstBytes.contains(bytes[first]) else { return false }
        return blankCells.contains { $0.count == range.count && ByteScanning.hasPrefix(bytes, $0, at: range.lowerBound) }
    }

    private func isPageFurniture(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count <= Self.longestFurniture,
              let first = bytes[line].first(where: { $0 != ByteScanning.space && $0 != ByteScanning.tab }),
              furnitureFirstBytes.contains(first) else { return false }
        var hasDigit = false
        var hasOther = false
        for byte in bytes[line] where byte != ByteScanning.space && byte != ByteScanning.tab {
            if (0x30...0x39).contains(byte) { hasDigit = true } else { hasOther = true }
        }
        if furnitureHasDigits, !hasDigit { return false }
        if furnitureHasOther, !hasOther { return false }
        return pageFurniture.contains { LineShape.matches(bytes, line, pattern: $0) }
    }
}
