/// A row that printed one run of digits where the template has several cells, because the
/// converter dropped the separators (`713000074` for 71, 3, 0, 0, 0, 0, 74). The table's sums
/// decide how it is cut; see `DigitRunSplitter`.
struct GluedRun: Equatable, Sendable {
    /// The digits as printed.
    let digits: String
    /// Trailing digits that may be the next row's numbering rather than figures.
    let sharedDigits: Int
    let line: Int

    /// The run a row printed instead of `cells` cells: its only figure, all digits, at least one
    /// digit per cell, and either long enough that no count is that long (`minimumDigits`) or
    /// visibly glued (cut from label text, or a multi-digit figure with a leading zero).
    static func find(in chunk: RowChunk, cells: Int, minimumDigits: Int) -> GluedRun? {
        guard cells > 1, let first = chunk.values.firstIndex(where: { $0.kind == .number }),
              !chunk.values[(first + 1)...].contains(where: { $0.kind == .number }) else { return nil }
        let figure = chunk.values[first]
        let digits = chunk.values.string(of: figure)
        guard digits.utf8.allSatisfy(GluedRuns.isDigit) else { return nil }
        let length = digits.utf8.count - figure.sharedDigits
        let visiblyGlued = figure.isGlued || (digits.hasPrefix("0") && length > 1)
        guard length >= cells, length >= minimumDigits || visiblyGlued else { return nil }
        return GluedRun(digits: digits, sharedDigits: figure.sharedDigits, line: figure.line)
    }

    /// The run read whole, then without the digits that may be the next row's numbering.
    var readings: [[UInt8]] {
        let bytes = Array(digits.utf8)
        return sharedDigits > 0 ? [bytes, Array(bytes.dropLast(sharedDigits))] : [bytes]
    }

    /// How a split was read, for the finding: when it leaves out the shared digits, they were
    /// the next row's numbering (`…372.没有…` is 37 … 37 followed by `2.没有…`).
    func reading(of split: [Int]) -> String {
        let cut = split.map(String.init).joined()
        guard sharedDigits > 0, cut.utf8.count < digits.utf8.count else { return "" }
        return ", whose last digit '\(digits.suffix(sharedDigits))' is the numbering of the next row"
    }

    /// `71, 3, 0, 0, 0, 0, 74`; with `block`, blocks are set apart: `2, 1, 3, 1, 7 / 0, 0, 0, 0, 0`.
    static func spelled(_ split: [Int], block: Int = 0) -> String {
        let width = block > 0 ? block : max(split.count, 1)
        return stride(from: 0, to: split.count, by: width).map { start in
            split[start..<min(start + width, split.count)].map(String.init).joined(separator: ", ")
        }.joined(separator: " / ")
    }

    /// Up to `shown` splits separated by `; `, then how many more there are.
    static func listed(_ splits: [[Int]], capped: Bool, block: Int = 0, shown: Int = 10) -> String {
        let head = splits.prefix(shown).map { spelled($0, block: block) }.joined(separator: "; ")
        let more = splits.count - min(shown, splits.count)
        guard more > 0 || capped else { return head }
        return head + (capped ? "; and more" : "; and \(more) more")
    }
}
