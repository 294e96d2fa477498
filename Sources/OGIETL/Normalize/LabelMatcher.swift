/// Finds which template label a printed label is, tolerating what converters and typists do
/// to labels: wrapped halves, dropped or mistyped characters, parents glued in front.
/// Labels are compared by the character pairs (bigrams) they share, which is cheap and
/// degrades gracefully, where exact matching fails on the first missing character.
struct LabelMatcher<Code: Sendable>: Sendable {
    private struct Entry: Sendable {
        let code: Code
        let bigrams: [UInt64]
    }

    private let entries: [Entry]

    init(_ labels: [(code: Code, labels: [String])]) {
        entries = labels.flatMap { code, texts in
            texts.map { Entry(code: code, bigrams: Self.bigrams(LabelText.matchKey(of: $0))) }
        }
    }

    /// A match is accepted when every pair of the label is present, or at least two pairs
    /// and three in ten. The most shared pairs win; ties go to the more complete label, so
    /// `其他` is `other_other` while `其他处理` is `other_total`.
    func bestMatch(for key: [UInt32]) -> Code? {
        let query = Self.bigrams(key)
        var best: (code: Code, shared: Int, fraction: Double)?
        for entry in entries {
            let shared = entry.bigrams.reduce(0) { $0 + (Self.contains(query, $1) ? 1 : 0) }
            let fraction = Double(shared) / Double(entry.bigrams.count)
            guard shared == entry.bigrams.count || (shared >= 2 && fraction >= 0.3), shared > 0 else { continue }
            if let current = best, (current.shared, current.fraction) >= (shared, fraction) { continue }
            best = (entry.code, shared, fraction)
        }
        return best?.code
    }

    static func bigrams(_ key: [UInt32]) -> [UInt64] {
        guard key.count >= 2 else { return [] }
        let pairs = (0..<(key.count - 1)).map { UInt64(key[$0]) << 32 | UInt64(key[$0 + 1]) }
        return Array(Set(pairs)).sorted()
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }
}
