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
    /// For each character pair, the entries whose labels contain it: a printed label is
    /// scored against only the labels it shares a pair with, in one pass over its own pairs.
    private let entriesByBigram: [UInt64: [Int]]
    /// The answer for every configured label spelled exactly, worked out once: most printed
    /// labels are the template's own, and a dictionary lookup costs far less than scoring.
    private var exactAnswers: [ExactKey: Code] = [:]

    init(_ labels: [(code: Code, labels: [String])]) {
        entries = labels.flatMap { code, texts in
            texts.map { Entry(code: code, bigrams: Self.bigrams(LabelText.matchKey(of: $0))) }
        }
        var index: [UInt64: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            for bigram in entry.bigrams { index[bigram, default: []].append(position) }
        }
        entriesByBigram = index
        var answers: [ExactKey: Code] = [:]
        for (_, texts) in labels {
            for text in texts {
                let key = LabelText.matchKey(of: text)
                answers[ExactKey(key)] = score(key)
            }
        }
        exactAnswers = answers
    }

    /// A label key that feeds the hasher one word, folded from its characters by FNV-1a:
    /// every printed label is looked up, and the standard library's hasher took each character
    /// through its rounds. Equal keys fold alike, so hashing still agrees with `==`.
    struct ExactKey: Hashable {
        let characters: [UInt32]

        init(_ characters: [UInt32]) {
            self.characters = characters
        }

        func hash(into hasher: inout Hasher) {
            var folded: UInt64 = 0xCBF2_9CE4_8422_2325
            for character in characters { folded = (folded ^ UInt64(character)) &* 0x0100_0000_01B3 }
            hasher.combine(folded)
        }
    }

    /// A match is accepted when every pair of the label is present, or at least two pairs
    /// and three in ten. The most shared pairs win; ties go to the more complete label, so
    /// `其他` is `other_other` while `其他处理` is `other_total`.
    func bestMatch(for key: [UInt32]) -> Code? {
        if let answer = exactAnswers[ExactKey(key)] { return answer }
        return score(key)
    }

    private func score(_ key: [UInt32]) -> Code? {
        var shared = [Int](repeating: 0, count: entries.count)
        for bigram in Self.bigrams(key) {
            for position in entriesByBigram[bigram] ?? [] { shared[position] += 1 }
        }
        var best: (position: Int, shared: Int, fraction: Double)?
        for (position, count) in shared.enumerated() where count > 0 {
            let total = entries[position].bigrams.count
            let fraction = Double(count) / Double(total)
            guard count == total || (count >= 2 && fraction >= 0.3) else { continue }
            if let current = best, (current.shared, current.fraction) >= (count, fraction) { continue }
            best = (position, count, fraction)
        }
        return best.map { entries[$0.position].code }
    }

    static func bigrams(_ key: [UInt32]) -> [UInt64] {
        guard key.count >= 2 else { return [] }
        var pairs = (0..<(key.count - 1)).map { UInt64(key[$0]) << 32 | UInt64(key[$0 + 1]) }
        pairs.sort()
        var unique = 0
        for pair in pairs where unique == 0 || pairs[unique - 1] != pair {
            pairs[unique] = pair
            unique += 1
        }
        return Array(pairs.prefix(unique))
    }
}
