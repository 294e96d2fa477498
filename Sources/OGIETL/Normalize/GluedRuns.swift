/// Finds figures that a converter glued to the label text around them, as web pages saved as
/// plain text print them: `数量713000074`, `数量 713000074二、上年结转…`, or
/// `信息3700000372.没有现成信息…` where the next row's numbering `2.` is stuck to the digits.
///
/// Only a digit run that ends where a figure must end (end of cell, a space, or the numbering
/// of the next row) and follows label text counts; digits inside prose (`262条`, `2022年`) and
/// a row's own numbering (`开1.属于`) are left alone.
enum GluedRuns {
    struct Piece: Equatable, Sendable {
        var range: Range<Int>
        var isRun: Bool
        /// Trailing digits of a run that may instead be the next label's numbering (`…372.` →
        /// `37` + `2.`); the text piece after it starts with them too, and the arithmetic decides.
        var sharedDigits = 0
    }

    /// The cell cut into text and digit runs, or nil when it holds no glued run.
    static func pieces(_ bytes: [UInt8], _ range: Range<Int>) -> [Piece]? {
        var pieces: [Piece] = []
        var textStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(bytes[index]) else { index += 1; continue }
            var end = index
            while end < range.upperBound, isDigit(bytes[end]) { end += 1 }
            end = decimalEnd(bytes, end, in: range)
            if let shared = gluedRun(bytes, index..<end, in: range) {
                appendText(bytes, textStart..<index, to: &pieces)
                pieces.append(Piece(range: index..<end, isRun: true, sharedDigits: shared))
                textStart = end - shared
            }
            index = end
        }
        guard !pieces.isEmpty else { return nil }
        appendText(bytes, textStart..<range.upperBound, to: &pieces)
        return pieces
    }

    /// A decimal glued to its label (`收费7.52`) is one figure: the run extends over its fraction.
    private static func decimalEnd(_ bytes: [UInt8], _ end: Int, in range: Range<Int>) -> Int {
        guard end + 1 < range.upperBound, bytes[end] == UInt8(ascii: "."), isDigit(bytes[end + 1]) else { return end }
        var cursor = end + 1
        while cursor < range.upperBound, isDigit(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    private static func appendText(_ bytes: [UInt8], _ range: Range<Int>, to pieces: inout [Piece]) {
        let trimmed = ByteScanning.trimmed(bytes, range)
        if !trimmed.isEmpty { pieces.append(Piece(range: trimmed, isRun: false)) }
    }

    /// The run's shared digit count when it is a glued figure run, else nil.
    private static func gluedRun(_ bytes: [UInt8], _ run: Range<Int>, in cell: Range<Int>) -> Int? {
        let left = leftSide(bytes, run.lowerBound, cell: cell)
        let right = rightSide(bytes, run.upperBound, cell: cell)
        let decimal = bytes[run].contains(UInt8(ascii: "."))
        let shared = right == .numberedLabel ? 1 : 0
        if right == .numberedLabel, run.count < 2 || decimal { return nil }
        switch (left, right) {
        case (.label, .some): return shared
        case (.spacedLabel, .nextLabel), (.spacedLabel, .numberedLabel): return shared
        case (.cellStart, .nextLabel), (.cellStart, .numberedLabel): return run.count >= 3 ? shared : nil
        default: return nil
        }
    }

    private enum Left { case label, spacedLabel, cellStart, other }
    private enum Right { case end, nextLabel, numberedLabel }

    private static func leftSide(_ bytes: [UInt8], _ start: Int, cell: Range<Int>) -> Left {
        guard start > cell.lowerBound else { return .cellStart }
        var cursor = start
        var spaced = false
        while cursor > cell.lowerBound, let (value, begin) = scalar(before: cursor, in: bytes, from: cell.lowerBound) {
            if LabelText.isWhitespace(value) { spaced = true; cursor = begin; continue }
            guard LabelText.isIdeograph(value) || isClosing(value) else { return .other }
            return spaced ? .spacedLabel : .label
        }
        return .cellStart
    }

    private static func rightSide(_ bytes: [UInt8], _ end: Int, cell: Range<Int>) -> Right? {
        guard end < cell.upperBound else { return .end }
        if ByteScanning.whitespaceWidth(bytes, at: end, end: cell.upperBound) > 0 { return .end }
        guard let (value, width) = scalar(at: end, in: bytes, to: cell.upperBound) else { return nil }
        if isOrdinalPunctuation(value) {
            guard let (next, _) = scalar(at: end + width, in: bytes, to: cell.upperBound) else { return nil }
            return LabelText.isIdeograph(next) || isOpening(next) ? .numberedLabel : nil
        }
        // Most runs are followed by text that starts no numbering mark (`2022年`): those are
        // turned away before the next few characters are gathered into an array.
        guard let next = Unicode.Scalar(value), NumberingMark.mayStart(next) else { return nil }
        let text = scalars(bytes, from: end, to: cell.upperBound, limit: 5)
        return NumberingMark.end(in: text, at: 0) != nil ? .nextLabel : nil
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // Compared directly rather than hashed into sets: every cell with digits that is not a
    // figure asks them about its neighbouring characters.

    /// `.`, `．`, `、`: what follows an arabic numbering mark (`2.`).
    private static func isOrdinalPunctuation(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0xFF0E || value == 0x3001
    }

    /// `）`, `)`, `”`, `》`, `」`, `】`: a label may end in these.
    private static func isClosing(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF09, 0x29, 0x201D, 0x300B, 0x300D, 0x3011: true
        default: false
        }
    }

    /// `“`, `（`, `(`: a label may start with these.
    private static func isOpening(_ value: UInt32) -> Bool {
        value == 0x201C || value == 0xFF08 || value == 0x28
    }

    /// Malformed bytes read as U+FFFD over the width their first byte announces, as
    /// `String(decoding:)` reads them; well-formed ones, nearly all, are decoded in place.
    private static func scalar(at index: Int, in bytes: [UInt8], to end: Int) -> (UInt32, Int)? {
        guard index < end else { return nil }
        if let decoded = UTF8Scalars.decode(bytes, at: index, end: end) { return decoded }
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + width <= end else { return nil }
        let scalar = String(decoding: bytes[index..<(index + width)], as: UTF8.self).unicodeScalars.first
        return scalar.map { ($0.value, width) }
    }

    private static func scalar(before index: Int, in bytes: [UInt8], from start: Int) -> (UInt32, Int)? {
        var begin = index - 1
        while begin > start, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
        guard begin >= start, let (value, _) = scalar(at: begin, in: bytes, to: index) else { return nil }
        return (value, begin)
    }

    private static func scalars(_ bytes: [UInt8], from index: Int, to end: Int, limit: Int) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var cursor = index
        while result.count < limit, let (value, width) = scalar(at: cursor, in: bytes, to: end), let scalar = Unicode.Scalar(value) {
            result.append(scalar)
            cursor += width
        }
        return result
    }
}
