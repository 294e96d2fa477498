/// Display columns of byte offsets in one line (CJK counts two, a tab advances to the next
/// multiple of eight), walked forward on demand. Only `pdftotext -layout` cells need their
/// column, so nothing is computed per byte up front; cells are asked for left to right. A cell
/// is often asked for twice (once whole, once split into label and figures), so the walk
/// resumes from the start of the last cell instead of the start of the line.
struct DisplayColumns {
    private let line: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var column = 0
    private var checkpoint = (index: 0, column: 0)

    /// The last centre asked for: a text cell is asked for once when it is classified and
    /// again when it is added, and would be walked twice.
    private var lastCenter = (range: 0..<0, center: 0)

    /// Where the line starts in the buffer its cells' ranges index.
    private let offset: Int

    init(_ line: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.line = line
        self.offset = offset
    }

    /// Twice the column of the centre of `range`: the sum of its two edges.
    mutating func center(of range: Range<Int>) -> Int {
        if range == lastCenter.range { return lastCenter.center }
        let start = column(at: range.lowerBound)
        checkpoint = (range.lowerBound - offset, start)
        lastCenter = (range, start + column(at: range.upperBound))
        return lastCenter.center
    }

    /// The column of `position`, an index of the buffer the cells' ranges index.
    mutating func column(at position: Int) -> Int {
        let target = position - offset
        if target < index { (index, column) = target >= checkpoint.index ? checkpoint : (0, 0) }
        let end = min(target, line.count)
        guard index < end else { return column }
        (index, column) = Self.walk(line, from: (index, column), to: end)
        return column
    }

    /// Through a buffer pointer, without a bounds check per byte. ASCII, most of a line of
    /// figures, is taken first; a whole three-byte character of two columns, the bulk of a
    /// Chinese label, in one step (`advance` would count its lead byte 2 and each continuation
    /// byte 0).
    private static func walk(_ line: UnsafeBufferPointer<UInt8>, from start: (index: Int, column: Int), to end: Int) -> (Int, Int) {
        var (index, column) = start
        while index < end {
            let byte = line[index]
            if byte < 0x80, byte != ByteScanning.tab {
                column += 1
                index += 1
            } else if byte >= 0xE3, byte < 0xF0, index + 3 <= end, line[index + 1] & 0xC0 == 0x80, line[index + 2] & 0xC0 == 0x80 {
                column += 2
                index += 3
            } else {
                column = advance(column, over: byte)
                index += 1
            }
        }
        return (index, column)
    }

    private static func advance(_ column: Int, over byte: UInt8) -> Int {
        if byte == ByteScanning.tab { return (column / 8 + 1) * 8 }
        if byte < 0x80 || (0xC0...0xDF).contains(byte) { return column + 1 }
        if byte >= 0xE3 { return column + 2 }
        return (0xE0...0xE2).contains(byte) ? column + 1 : column
    }
}
