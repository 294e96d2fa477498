/// The bytes a label's reading depends on: each cell's kind and text and, for readers that
/// look at the layout, its line (counted from the first cell's, so the same heading lower in
/// another report is the same key) and its centre. Each text is preceded by its length, so
/// two cells never read as one.
struct LabelKey: Equatable, Sendable {
    /// Longer keys are read every time rather than remembered: a label is a few dozen bytes.
    static let longestRemembered = 1024

    private let bytes: [UInt8]
    /// `ByteScanning.hash` of the bytes, made once: a memo finds the key by it.
    let hash: UInt64

    /// Kinds and texts only: enough for a reader that joins the cells into one line of text.
    init(texts cells: CellRun) {
        self.init(cells, layout: nil)
    }

    /// Kinds, texts, lines and centres, and the line of the row's first figure (`figureLine`)
    /// counted the same way: a reader may ask which label cells share a line with its figures.
    init(layout cells: CellRun, figureLine: Int?) {
        self.init(cells, layout: (base: cells.first?.line ?? figureLine ?? 0, figureLine: figureLine))
    }

    /// Written straight into an array made to size: a key is built for every row of every
    /// report, and appending its numbers a byte at a time cost more than looking it up. The
    /// array is made from a repeated zero, not with `init(unsafeUninitializedCapacity:)` or
    /// `init(repeating:count:)`: those allocate through a standard library function that is not
    /// specialized, and looks the storage class up on every call (about 530 instructions, more
    /// than writing the key).
    private init(_ cells: CellRun, layout: (base: Int, figureLine: Int?)?) {
        let numbersPerCell = layout == nil ? 1 : 3
        let bytes = cells.withBuffers { cells, text in
            let size = cells.reduce(layout == nil ? 0 : 1 + 4) { $0 + 1 + 4 * numbersPerCell + $1.textCount }
            var bytes = Array(repeatElement(UInt8(0), count: size))
            bytes.withUnsafeMutableBytes { buffer in
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
            return bytes
        }
        self.bytes = bytes
        hash = bytes.withUnsafeBufferPointer(ByteScanning.hash)
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

    var isRemembered: Bool { bytes.count <= Self.longestRemembered }

    /// The key's bytes, lent for a look-up or to be copied into a memo.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

    static func == (lhs: LabelKey, rhs: LabelKey) -> Bool {
        lhs.hash == rhs.hash && lhs.bytes.withUnsafeBufferPointer { left in
            rhs.bytes.withUnsafeBufferPointer { right in ByteScanning.equal(left, right) }
        }
    }
}
