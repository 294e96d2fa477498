/// The Strings records hold for figures. Most figures in the tables are below a thousand, and
/// making a String from bytes validates them as UTF-8 every time; for those the String is
/// looked up instead. Figures here are canonical (ASCII digits, no leading zero), so the
/// digits name their entry.
enum FigureStrings {
    private static let belowThousand: [String] = (0..<1000).map { String($0) }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard let value = smallValue(bytes, range) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        return belowThousand[value]
    }

    /// The value of one to three digits without a leading zero (or `0` alone), else nil.
    private static func smallValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard (1...3).contains(range.count), range.count == 1 || bytes[range.lowerBound] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
