/// The label text between two runs of figures, joined across cells and lines so that labels
/// broken by a converter (`5.要求行政机关确认或重新` / `出具已获取信息`) read whole again.
struct LabelBlob: Sendable {
    /// Display form: printed characters with converter whitespace removed.
    let display: [Unicode.Scalar]
    /// Line of the first label cell, for findings.
    let line: Int

    /// Joins label cells; a prose paragraph resets the blob because text before it cannot
    /// belong to the label after it.
    init(cells: some Collection<Cell>, text: [UInt8]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(cells.reduce(0) { $0 + $1.textCount })
        var line = cells.first?.line ?? 0
        for cell in cells {
            if cell.kind == .prose {
                scalars.removeAll()
                line = cell.line
                continue
            }
            if scalars.isEmpty { line = cell.line }
            LabelText.appendCleaned(text, cell.textRange, to: &scalars)
        }
        display = scalars
        self.line = line
    }

    init(cells: CellRun) {
        self.init(cells: cells, text: cells.text)
    }

    init(text: String, line: Int = 0) {
        var scalars: [Unicode.Scalar] = []
        LabelText.appendCleaned(text, to: &scalars)
        display = scalars
        self.line = line
    }

    var text: String { LabelText.string(display) }


    /// The ideographs alone, for a reader that need not show the match as printed.
    func key() -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(display.count)
        for scalar in display where LabelText.isIdeograph(scalar.value) { key.append(scalar.value) }
        return key
    }

    /// Ideographs with the display index each came from, so a match can be shown as printed.
    func keyWithPositions() -> (key: [UInt32], positions: [Int]) {
        var key: [UInt32] = []
        var positions: [Int] = []
        key.reserveCapacity(display.count)
        positions.reserveCapacity(display.count)
        for index in display.indices where LabelText.isIdeograph(display[index].value) {
            key.append(display[index].value)
            positions.append(index)
        }
        return (key, positions)
    }

    /// Pieces of the label that each begin with a numbering mark (`一、`, `（三）`, `2.`).
    /// The last piece is the row's own label; earlier pieces are its parents, or the tail of
    /// the previous row's label when a converter wrapped it after the figures.
    func segments() -> [LabelSegment] {
        var segments: [LabelSegment] = []
        var marker = 0..<0
        var index = 0
        while index < display.count {
            guard NumberingMark.mayStart(display[index]), let end = NumberingMark.end(in: display, at: index) else {
                index += 1
                continue
            }
            append(marker: marker, bodyEnd: index, to: &segments)
            marker = index..<end
            index = end
        }
        append(marker: marker, bodyEnd: display.count, to: &segments)
        return segments
    }

    /// A segment runs from its marker to the next one; an empty piece (an empty label, or no
    /// text before the first marker) is no segment.
    private func append(marker: Range<Int>, bodyEnd: Int, to segments: inout [LabelSegment]) {
        guard !marker.isEmpty || marker.upperBound < bodyEnd else { return }
        segments.append(LabelSegment(blob: self, marker: marker, body: marker.upperBound..<bodyEnd))
    }
}

/// One numbered piece of a label blob.
struct LabelSegment: Sendable {
    let blob: LabelBlob
    let marker: Range<Int>
    let body: Range<Int>

    /// The body's ideographs, appended to a buffer the matcher reuses for every segment.
    func appendKey(to key: inout [UInt32]) {
        for scalar in blob.display[body] where LabelText.isIdeograph(scalar.value) { key.append(scalar.value) }
    }
    var printed: String { LabelText.string(blob.display[marker.lowerBound..<body.upperBound]) }
}

/// The numbering marks of the template: `一、`, `（一）`/`(一)`, `1.`/`1．`/`1、`.
enum NumberingMark {
    /// Every mark starts with a parenthesis, a Chinese numeral or a digit: one test passes
    /// over the other characters of a label, where the three readers below each looked.
    static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = LabelText.folded(scalar.value)
        return value == 0x28 || (0x30...0x39).contains(value) || LabelText.isChineseNumeral(value)
    }

    static func end(in text: [Unicode.Scalar], at index: Int) -> Int? {
        parenthesised(text, at: index) ?? chineseOrdinal(text, at: index) ?? arabicOrdinal(text, at: index)
    }

    private static func value(_ text: [Unicode.Scalar], _ index: Int) -> UInt32? {
        index >= 0 && index < text.count ? LabelText.folded(text[index].value) : nil
    }

    private static func isNumeral(_ value: UInt32?) -> Bool {
        guard let value else { return false }
        return LabelText.isChineseNumeral(value) || (0x30...0x39).contains(value)
    }

    private static func parenthesised(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        guard value(text, index) == 0x28 else { return nil }
        var cursor = index + 1
        while cursor - index <= 3, isNumeral(value(text, cursor)) { cursor += 1 }
        guard cursor > index + 1, value(text, cursor) == 0x29 else { return nil }
        return cursor + 1
    }

    private static func chineseOrdinal(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        let isChinese = { (value: UInt32?) in value.map(LabelText.isChineseNumeral) ?? false }
        guard isChinese(value(text, index)), !isChinese(value(text, index - 1)) else { return nil }
        var cursor = index + 1
        while cursor - index < 3, isChinese(value(text, cursor)) { cursor += 1 }
        return value(text, cursor) == 0x3001 ? cursor + 1 : nil
    }

    private static func arabicOrdinal(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        let isDigit = { (value: UInt32?) in value.map { (0x30...0x39).contains($0) } ?? false }
        guard isDigit(value(text, index)), index == 0 || !(isDigit(value(text, index - 1)) || value(text, index - 1) == 0x2E) else { return nil }
        var cursor = index + 1
        if isDigit(value(text, cursor)) { cursor += 1 }
        guard let mark = value(text, cursor), mark == 0x2E || mark == 0x3001 else { return nil }
        return isDigit(value(text, cursor + 1)) ? nil : cursor + 1
    }
}
