/// One table cell as read from the text, before any table is recognised. Numbers keep the
/// digits as printed so `7.50` stays `7.50`; text keeps its printed punctuation so labels can
/// be shown back to the analyst exactly.
///
/// A cell is a plain value with no reference inside: its text lies in the report's one text
/// buffer (`CellRun.string(of:)`). Reports hold hundreds of cells, cut into tables and rows and
/// copied between them; a String per cell cost an allocation, a validation pass and reference
/// counting at every copy and release.
struct Cell: Equatable, Sendable {
    enum Kind: UInt8, Equatable, Sendable {
        /// A figure; its text is the canonical spelling (ASCII digits, no `+`, no separators).
        case number
        /// A cell that is present but holds no figure (empty, `-`, `/`, `无`); its text is the
        /// marker printed, empty for an empty cell.
        case blank
        /// A label, heading or fragment of one.
        case text
        /// A long run of prose: it separates table rows but is never a label.
        case prose
    }

    /// Where the cell's text lies in its report's text buffer; a figure's unit follows it.
    var textStart: Int
    var textCount: Int
    /// Narrow fields keep a cell at 32 bytes; `testCellIsAPlainValueOfThirtyTwoBytes` keeps it so.
    private var storedLine: Int32
    private var storedCenter: Int32
    private var storedSharedDigits: Int16 = 0
    /// Bytes of the unit printed after a figure in the same cell (`元` of `251000元`).
    var unitCount: UInt16 = 0
    /// A figure cut out of label text it was glued to (`数量713000074`): it may be several
    /// cells printed without separators.
    var isGlued = false
    var kind: Kind

    init(kind: Kind, text: Range<Int>, line: Int, center: Int = 0) {
        self.kind = kind
        textStart = text.lowerBound
        textCount = text.count
        storedLine = Int32(clamping: line)
        storedCenter = Int32(clamping: center)
    }

    /// The same cell with its text `offset` bytes further on, on line `line`: how a line's
    /// cells read in one report are placed in another that prints the same line.
    func moved(by offset: Int, toLine line: Int) -> Cell {
        var cell = self
        cell.textStart += offset
        cell.storedLine = Int32(clamping: line)
        return cell
    }

    /// 1-based line in the source text, for findings.
    var line: Int { Int(storedLine) }

    /// Twice the display column of the cell's centre (CJK counts two columns). Only
    /// `pdftotext -layout` text carries meaning here: its blank cells are bare spaces, so a
    /// figure's column is all that says which cell it is.
    var center: Int { Int(storedCenter) }

    /// Trailing digits of a glued figure that may be the next row's numbering (see `GluedRuns`).
    var sharedDigits: Int {
        get { Int(storedSharedDigits) }
        set { storedSharedDigits = Int16(clamping: newValue) }
    }

    var textRange: Range<Int> { textStart..<(textStart + textCount) }
    var unitRange: Range<Int> { textRange.upperBound..<(textRange.upperBound + Int(unitCount)) }
    var hasUnit: Bool { unitCount > 0 }
    var isValue: Bool { kind == .number || kind == .blank }
    var isEmpty: Bool { textCount == 0 }
}
