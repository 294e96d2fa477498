/// The bytes a label's reading depends on: each cell's kind and text and, for readers that
/// look at the layout, its line (counted from the first cell's, so the same heading lower in
/// another report is the same key) and its centre. Each text is preceded by its length, so
/// two cells never read as one. The key holds the cells, and writes its bytes only when a
/// memo asks for them.
struct LabelKey: Equatable, Sendable {
    /// Longer keys are read every time rather than remembered: a label is a few dozen bytes.
    static let longestRemembered = 1024

    private let cells: CellRun
    /// The line numbers count from `base`; nil for a key of kinds and texts only.
    private let layout: Layout?
    /// Worked out once: a memo asks whether the key is short enough to keep, then for its bytes.
    private let byteCount: Int

    private struct Layout: Sendable {
        let base: Int
        let figureLine: Int?
    }

    /// Kinds and texts only: enough for a reader that joins the cells into one line of text.
    init(texts cells: CellRun) {
        self.cells = cells
        layout = nil
        byteCount = Self.byteCount(of: cells, layout: nil)
    }

    /// Kinds, texts, lines and centres, and the line of the row's first figure (`figureLine`)
    /// counted the same way: a reader may ask which label cells share a line with its figures.
    init(layout cells: CellRun, figureLine: Int?) {
        self.cells = cells
        let layout = Layout(base: cells.first?.line ?? figureLine ?? 0, figureLine: figureLine)
        self.layout = layout
        byteCount = Self.byteCount(of: cells, layout: layout)
    }

    var isRemembered: Bool { byteCount <= Self.longestRemembered }

    private static func byteCount(of cells: CellRun, layout: Layout?) -> Int {
        let numbersPerCell = layout == nil ? 1 : 3
        return cells.withBuffers { cells, _ in cells.reduce(layout == nil ? 0 : 1 + 4) { $0 + 1 + 4 * numbersPerCell + $1.textCount } }
    }

    /// The key's bytes and their `ByteScanning.hash`, lent for a look-up or to be copied into a
    /// memo. They are written on the stack: a key is made for every row of every report, and
    /// an array per key cost an allocation, a zero fill and a free, more than writing it.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount) { buffer in
            let written = UnsafeBufferPointer(buffer)
            write(into: UnsafeMutableRawBufferPointer(buffer))
            return body(written, ByteScanning.hash(written))
        }
    }

    private func write(into buffer: UnsafeMutableRawBufferPointer) {
        cells.withBuffers { cells, text in
            var writer = KeyWriter(buffer: buffer)
            for cell in cells {
                writer.put(cell.kind.rawValue)
                if let layout {
                    writer.put(Int32(truncatingIfNeeded: cell.line - layout.base))
                    writer.put(Int32(truncatingIfNeeded: cell.center))
                }
                writer.put(Int32(truncatingIfNeeded: cell.textCount))
                writer.put(UnsafeBufferPointer(rebasing: text[cell.textRange]))
            }
            if let layout {
                writer.put(UInt8(layout.figureLine == nil ? 0 : 1))
                writer.put(Int32(truncatingIfNeeded: (layout.figureLine ?? layout.base) - layout.base))
            }
        }
    }

    /// Numbers little-endian, four bytes each, whatever the machine.
    private struct KeyWriter {
        let buffer: UnsafeMutableRawBufferPointer
        var offset = 0

        mutating func put(_ byte: UInt8) {
            buffer[offset] = byte
            offset += 1
        }

        mutating func put(_ value: Int32) {
            buffer.storeBytes(of: UInt32(bitPattern: value).littleEndian, toByteOffset: offset, as: UInt32.self)
            offset += 4
        }

        mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, let destination = buffer.baseAddress else { return }
            (destination + offset).copyMemory(from: base, byteCount: bytes.count)
            offset += bytes.count
        }
    }

    static func == (lhs: LabelKey, rhs: LabelKey) -> Bool {
        lhs.withBytes { left, leftHash in
            rhs.withBytes { right, rightHash in leftHash == rightHash && ByteScanning.equal(left, right) }
        }
    }
}
