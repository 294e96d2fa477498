/// Figures printed with their unit inside the cell (`251000元`, `7.52万元`), as reports often
/// do in the amount column. The units and how far each moves the decimal point come from
/// `text.units`; a suffix that merely ends like a unit (`亿元`) is recognised as an unknown
/// unit, so its figure is reported instead of being read in the wrong magnitude.
struct UnitSpelling: Sendable {
    private let shifts: [String: Int]
    private let endings: Set<Character>
    /// The same endings as UTF-8, to turn away the many numbered labels (`1.属于国家秘密`)
    /// that have a digit but end in no unit before a String is made of their text.
    private let endingBytes: [[UInt8]]
    /// The unit the amount column is counted in (shift 0), for findings.
    let baseUnit: String?
    /// Units are short; a longer suffix is text, not a unit.
    static let longestUnit = 4

    init(units: [PipelineConfig.UnitShift]) {
        shifts = Dictionary(units.map { ($0.unit, $0.shift) }, uniquingKeysWith: { first, _ in first })
        endings = Set(units.compactMap(\.unit.last))
        endingBytes = endings.map { Array(String($0).utf8) }
        baseUnit = units.first { $0.shift == 0 }?.unit
    }

    /// The canonical figure and the unit after it, when the cell is exactly that or label text
    /// glued to it (`行政事业性收费251000元`); `label` is then the text before the figure.
    func split(_ bytes: [UInt8], _ range: Range<Int>) -> (label: Range<Int>?, figure: String, unit: String)? {
        // A cell that does not end in a unit's last character is turned away first, before
        // its digits are looked for: most cells asked are numbered labels.
        guard endsInUnit(bytes, ByteScanning.trimmed(bytes, range)),
              let lastDigit = range.last(where: { GluedRuns.isDigit(bytes[$0]) }) else { return nil }
        let unitRange = ByteScanning.trimmed(bytes, (lastDigit + 1)..<range.upperBound)
        guard endsInUnit(bytes, unitRange) else { return nil }
        let unit = ByteScanning.string(bytes, unitRange)
        guard let ending = unit.last, endings.contains(ending), unit.count <= Self.longestUnit else { return nil }
        var start = lastDigit
        while start > range.lowerBound, GluedRuns.isDigit(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: ",") { start -= 1 }
        let label = ByteScanning.trimmed(bytes, range.lowerBound..<start)
        let whole = label.isEmpty ? range.lowerBound..<(lastDigit + 1) : start..<(lastDigit + 1)
        guard label.isEmpty || Self.endsInIdeograph(bytes, label),
              let figure = NumberSpelling.canonical(bytes, ByteScanning.trimmed(bytes, whole)) else { return nil }
        return (label.isEmpty ? nil : label, figure, unit)
    }

    private func endsInUnit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        endingBytes.contains { ending in
            ending.count <= range.count && ByteScanning.hasPrefix(bytes, ending, at: range.upperBound - ending.count)
        }
    }

    private static func endsInIdeograph(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = ByteScanning.string(bytes, range).unicodeScalars.last else { return false }
        return LabelText.isIdeograph(last.value) || last.value == 0xFF09 || last.value == 0x29
    }

    /// How many places the unit moves the decimal point, or nil for a unit not in `text.units`.
    func shift(of unit: String) -> Int? { shifts[unit] }

    /// `figure` with its decimal point moved `shift` places, by moving digits, never through
    /// floating point: `251000` by -4 is `25.1`, `75394432.52` by -4 is `7539.443252`.
    static func shifted(_ figure: String, by shift: Int) -> String {
        guard shift != 0 else { return figure }
        let negative = figure.hasPrefix("-")
        let parts = figure.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(parts[0]) + (parts.count > 1 ? Array(parts[1]) : [])
        var point = parts[0].count + shift
        if point < 1 { digits = Array(repeating: "0", count: 1 - point) + digits; point = 1 }
        if point > digits.count { digits += Array(repeating: "0", count: point - digits.count) }
        let integer = String(digits[..<point]).drop { $0 == "0" }
        let fraction = String(String(digits[point...]).reversed().drop { $0 == "0" }.reversed())
        return (negative ? "-" : "") + (integer.isEmpty ? "0" : String(integer)) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
