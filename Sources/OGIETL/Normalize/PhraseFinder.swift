/// Exact, leftmost-longest search for a set of short phrases in a label key. Used for column
/// headings and section headings, where the phrase list is small and an exact hit is expected.
struct PhraseFinder<Code: Sendable>: Sendable {
    struct Hit: Sendable {
        let code: Code
        let range: Range<Int>
    }

    private let phrases: [(key: [UInt32], code: Code)]
    /// A 1,024-bit filter of the phrases' first characters: most positions of a key start no
    /// phrase, and one bit test rules them out without comparing every phrase.
    private let firstCharacters: [UInt64]

    init(_ phrases: [(code: Code, labels: [String])]) {
        self.phrases = phrases
            .flatMap { code, labels in labels.map { (LabelText.matchKey(of: $0), code) } }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
        var filter = [UInt64](repeating: 0, count: 16)
        for phrase in self.phrases {
            let (word, bit) = Self.filterPosition(phrase.key[0])
            filter[word] |= 1 << bit
        }
        firstCharacters = filter
    }

    private static func filterPosition(_ character: UInt32) -> (word: Int, bit: UInt64) {
        (Int(character >> 6 & 15), UInt64(character & 63))
    }

    private func mayStartPhrase(_ character: UInt32) -> Bool {
        let (word, bit) = Self.filterPosition(character)
        return firstCharacters[word] >> bit & 1 == 1
    }

    /// Non-overlapping hits from left to right, the longest phrase winning at each position.
    func hits(in key: [UInt32]) -> [Hit] {
        var hits: [Hit] = []
        _ = firstHit(in: key) { hit -> Void? in
            hits.append(hit)
            return nil
        }
        return hits
    }

    /// The first answer `body` gives for the hits in order, without collecting them: section
    /// headings are looked for in every text cell of every report, and most have no hit.
    func firstHit<Answer>(in key: [UInt32], _ body: (Hit) -> Answer?) -> Answer? {
        var index = 0
        while index < key.count {
            if mayStartPhrase(key[index]), let phrase = phrases.first(where: { Self.key(key, hasPrefix: $0.key, at: index) }) {
                if let answer = body(Hit(code: phrase.code, range: index..<(index + phrase.key.count))) { return answer }
                index += phrase.key.count
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func key(_ key: [UInt32], hasPrefix prefix: [UInt32], at index: Int) -> Bool {
        guard index + prefix.count <= key.count else { return false }
        for offset in 0..<prefix.count where key[index + offset] != prefix[offset] { return false }
        return true
    }
}
