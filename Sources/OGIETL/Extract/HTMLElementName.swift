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

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else {
            self = .long
            return
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, index) in range.enumerated() {
            let byte = UInt64(HTMLTag.lowercased(bytes[index]))
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
