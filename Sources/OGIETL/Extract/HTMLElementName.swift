/// An element name, lowercased and packed into two integers. A Word-exported page has a
/// tag every few dozen bytes, and building then hashing a String for each cost more than
/// the rest of reading the page; every element the flattener acts on has a name of at most
/// 16 bytes, which this packs exactly (names hold no zero byte).
struct HTMLElementName: Hashable, Sendable {
    private let low: UInt64
    private let high: UInt64

    /// Names longer than 16 bytes all become this value, which no element acted on has.
    static let long = HTMLElementName(low: .max, high: .max)

    /// `td`, `th` and `tr`, packed by hand (first byte lowest): they are compared at every tag,
    /// where packing them from text, or reading them from a lazily initialised global, cost as
    /// much as reading the tag. `testTableElementNamesArePackedAsTheirText` checks the packing.
    static var tableCell: HTMLElementName { HTMLElementName(low: 0x6474, high: 0) }
    static var tableHeaderCell: HTMLElementName { HTMLElementName(low: 0x6874, high: 0) }
    static var tableRow: HTMLElementName { HTMLElementName(low: 0x7274, high: 0) }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// `range` holds name bytes only (letters, digits, `-` and `:`, as `HTMLTag` reads them),
    /// and every one of those has the 0x20 bit set except the capitals, so setting it lowercases
    /// a whole word at once. Away from the end of the page both words are loaded whole, the
    /// bytes past the name masked off.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else {
            self = .long
            return
        }
        guard let base = bytes.baseAddress, range.lowerBound + 16 <= bytes.count else {
            self.init(packing: bytes, range)
            return
        }
        let start = UnsafeRawPointer(base + range.lowerBound)
        self.init(low: Self.lowercased(start.loadUnaligned(as: UInt64.self).littleEndian, count: range.count),
                  high: Self.lowercased(start.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian, count: range.count - 8))
    }

    /// The first `count` bytes of `word` (first byte lowest), lowercased; the rest zero.
    @inline(__always)
    private static func lowercased(_ word: UInt64, count: Int) -> UInt64 {
        guard count > 0 else { return 0 }
        let mask: UInt64 = count >= 8 ? .max : (1 << (8 * UInt64(count))) - 1
        return (word | 0x2020_2020_2020_2020) & mask
    }

    /// Byte by byte, for a name within 16 bytes of the end of the page.
    private init(packing bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, index) in range.enumerated() {
            let byte = UInt64(bytes[index] | 0x20)
            if offset < 8 { low |= byte << (8 * offset) } else { high |= byte << (8 * (offset - 8)) }
        }
        self.init(low: low, high: high)
    }

    init(_ name: StaticString) {
        self = name.withUTF8Buffer { HTMLElementName($0, 0..<$0.count) }
    }

    /// The lowercased name's bytes.
    var bytes: [UInt8] {
        guard self != .long else { return [] }
        return (0..<16).map { offset in UInt8(truncatingIfNeeded: (offset < 8 ? low : high) >> (8 * (offset % 8))) }
            .filter { $0 != 0 }
    }
}
