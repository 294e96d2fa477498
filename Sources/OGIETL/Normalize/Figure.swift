/// A figure as the records hold it: its canonical spelling (digits, a leading `-`, a decimal
/// point; see `NumberSpelling`), four bits a character, in two words.
///
/// A row's figures were `String?`s. Freeing an array of them goes element by element through
/// the runtime's generic destroy, about 900 instructions a requests row, and that was a
/// twentieth of a plain-text report's cost; an array of `Figure?` holds no reference and is
/// freed at once. The identities read a figure's whole number from the packed digits, and
/// the CSV writer copies them out, without a String between.
///
/// The packed form holds up to 30 characters, more than any count or amount a report prints.
/// A longer spelling (a run of digits nothing could cut) or one with other characters is kept
/// whole in `Figure.LongSpellings`, and the figure holds its place there: nothing printed is
/// lost, whatever its length.
public struct Figure: Sendable, Hashable {
    /// Characters 0–15, the first in the lowest four bits.
    private let low: UInt64
    /// Characters 16–29 in the low 56 bits; the top byte is the count, or `longMark` when
    /// `low` is a place in `LongSpellings`.
    private let high: UInt64

    static let packedCapacity = 30
    private static let longMark: UInt64 = 0xFF
    static let minusCode: UInt64 = 10
    private static let pointCode: UInt64 = 11

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(longPlace place: UInt64) {
        self.init(low: place, high: Self.longMark << 56)
    }

    /// The figure spelled by `bytes[range]`: every figure of every report is made here.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= Self.packedCapacity, let packed = Self.packed(bytes, range) else {
            self = Self.long(Array(bytes[range]))
            return
        }
        self = packed
    }

    public init(spelling: some Collection<UInt8>) {
        let bytes = Array(spelling)
        self = bytes.withUnsafeBufferPointer { Figure($0, 0..<$0.count) }
    }

    public init(_ value: Int) {
        self.init(spelling: String(value).utf8)
    }

    /// The number of characters the figure prints.
    var count: Int {
        isLongSpelling ? Self.longSpelling(at: place).count : Int(high >> 56)
    }

    var isLongSpelling: Bool { high >> 56 == Self.longMark }

    /// Where a long spelling is kept in `LongSpellings`.
    var place: UInt64 { low }

    /// The four-bit code of character `index`, which must be below `count`.
    func code(at index: Int) -> UInt64 {
        index < 16 ? (low >> UInt64(4 * index)) & 0xF : (high >> UInt64(4 * (index - 16))) & 0xF
    }

    /// Each character's code in turn, read by shifting the words rather than indexing: the
    /// writer and the identities walk every figure of every report this way.
    @inline(__always)
    func forEachCode(_ body: (UInt64) -> Void) {
        var word = low
        for index in 0..<Int(high >> 56) {
            if index == 16 { word = high }
            body(word & 0xF)
            word >>= 4
        }
    }

    /// Packs a canonical spelling; nil for anything else (a sign past the first character, a
    /// byte that is no digit, sign or point), which is kept whole instead.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Figure? {
        var words: (low: UInt64, high: UInt64) = (0, 0)
        var shift: UInt64 = 0
        for position in range {
            guard let code = code(of: bytes[position]), code != minusCode || position == range.lowerBound else { return nil }
            if shift == 64 { shift = 0 }
            if position - range.lowerBound < 16 { words.low |= code << shift } else { words.high |= code << shift }
            shift += 4
        }
        return Figure(low: words.low, high: words.high | UInt64(range.count) << 56)
    }

    private static func code(of byte: UInt8) -> UInt64? {
        let digit = byte &- UInt8(ascii: "0")
        if digit < 10 { return UInt64(digit) }
        if byte == UInt8(ascii: "-") { return minusCode }
        return byte == UInt8(ascii: ".") ? pointCode : nil
    }

    /// The byte a code stands for.
    @inline(__always)
    static func character(_ code: UInt64) -> UInt8 {
        code < 10 ? UInt8(truncatingIfNeeded: code) | 0x30 : code == minusCode ? UInt8(ascii: "-") : UInt8(ascii: ".")
    }
}
