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
        cells.withBuffers { cells, text in
            bytes.reserveCapacity(cells.reduce(1 + 4 * 3) { $0 + $1.textCount + 1 + 4 * 3 })
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
        hash = bytes.withUnsafeBufferPointer { Int(truncatingIfNeeded: ByteScanning.hash($0)) }
    }

    var isRemembered: Bool { bytes.count <= Self.longestRemembered }

    private static func append(_ value: Int32, to bytes: inout [UInt8]) {
        let bits = UInt32(bitPattern: value)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
    }

    static func == (lhs: LabelKey, rhs: LabelKey) -> Bool {
        lhs.hash == rhs.hash && lhs.bytes.withUnsafeBufferPointer { left in
            rhs.bytes.withUnsafeBufferPointer { right in ByteScanning.equal(left, right) }
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
