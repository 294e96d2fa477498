/// The bytes a label's reading depends on: each cell's kind and text and, for readers that
/// look at the layout, its line (counted from the first cell's, so the same heading lower in
/// another report is the same key) and its centre. Each text is preceded by its length, so
/// two cells never read as one.
struct LabelKey: Hashable, Sendable {
    /// Longer keys are read every time rather than remembered: a label is a few dozen bytes.
    static let longestRemembered = 1024

    private let bytes: [UInt8]
    private let hash: Int

    /// Kinds and texts only: enough for a reader that joins the cells into one line of text.
    init(texts cells: CellRun) {
        self.init(cells, layout: nil)
    }

    /// Kinds, texts, lines and centres, and the line of the row's first figure (`figureLine`)
    /// counted the same way: a reader may ask which label cells share a line with its figures.
    init(layout cells: CellRun, figureLine: Int?) {
        self.init(cells, layout: (base: cells.first?.line ?? figureLine ?? 0, figureLine: figureLine))
    }

    private init(_ cells: CellRun, layout: (base: Int, figureLine: Int?)?) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.reduce(0) { $0 + $1.textCount + 12 })
        cells.text.withUnsafeBufferPointer { text in
            for cell in cells {
                bytes.append(cell.kind.rawValue)
                if let layout {
                    Self.append(Int32(truncatingIfNeeded: cell.line - layout.base), to: &bytes)
                    Self.append(Int32(truncatingIfNeeded: cell.center), to: &bytes)
                }
                Self.append(Int32(truncatingIfNeeded: cell.textCount), to: &bytes)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[cell.textRange]))
            }
        }
        if let layout {
            bytes.append(layout.figureLine == nil ? 0 : 1)
            Self.append(Int32(truncatingIfNeeded: (layout.figureLine ?? layout.base) - layout.base), to: &bytes)
        }
        self.bytes = bytes
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }

    var isRemembered: Bool { bytes.count <= Self.longestRemembered }

    private static func append(_ value: Int32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    static func == (lhs: LabelKey, rhs: LabelKey) -> Bool {
        lhs.hash == rhs.hash && lhs.bytes == rhs.bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
