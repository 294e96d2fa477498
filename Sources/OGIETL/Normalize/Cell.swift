/// One table cell as read from the text, before any table is recognised. Numbers keep the
/// digits as printed so `7.50` stays `7.50`; text keeps its printed punctuation so labels can
/// be shown back to the analyst exactly.
struct Cell: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A figure; `text` is its canonical spelling (ASCII digits, no `+`, no separators).
        case number
        /// A cell that is present but holds no figure (empty, `-`, `/`, `无`); `text` is the
        /// marker printed, empty for an empty cell.
        case blank
        /// A label, heading or fragment of one.
        case text
        /// A long run of prose: it separates table rows but is never a label.
        case prose
    }

    // The one-byte fields are declared last, so a cell takes 64 bytes rather than 72 (no
    // padding after a Bool in the middle): reports hold hundreds of cells, copied into every
    // row chunk. `testCellTakesSixtyFourBytes` keeps it so.
    var text: String
    /// 1-based line in the source text, for findings.
    var line: Int
    /// Twice the display column of the cell's centre (CJK counts two columns). Only
    /// `pdftotext -layout` text carries meaning here: its blank cells are bare spaces, so a
    /// figure's column is all that says which cell it is.
    var center: Int = 0
    /// Trailing digits of a glued figure that may be the next row's numbering (see `GluedRuns`).
    var sharedDigits = 0
    /// The unit printed after a figure in the same cell (`元` of `251000元`); `text` is the figure.
    var unit: String?
    /// A figure cut out of label text it was glued to (`数量713000074`): it may be several
    /// cells printed without separators.
    var isGlued = false
    var kind: Kind

    init(kind: Kind, text: String, line: Int, center: Int = 0, isGlued: Bool = false, sharedDigits: Int = 0, unit: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.center = center
        self.isGlued = isGlued
        self.sharedDigits = sharedDigits
        self.unit = unit
    }

    static func number(_ text: String, line: Int, center: Int = 0) -> Cell { Cell(kind: .number, text: text, line: line, center: center) }
    static func blank(line: Int) -> Cell { Cell(kind: .blank, text: "", line: line) }
    static func text(_ text: String, line: Int) -> Cell { Cell(kind: .text, text: text, line: line) }

    var isValue: Bool { kind == .number || kind == .blank }
}
