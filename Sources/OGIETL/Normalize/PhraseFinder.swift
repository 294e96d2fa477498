/// Exact, leftmost-longest search for a set of short phrases in a label key. Used for column
/// headings and section headings, where the phrase list is small and an exact hit is expected.
struct PhraseFinder<Code: Sendable>: Sendable {
    struct Hit: Sendable {
        let code: Code
        let range: Range<Int>
    }

    private let phrases: [(key: [UInt32], code: Code)]

    init(_ phrases: [(code: Code, labels: [String])]) {
        self.phrases = phrases
            .flatMap { code, labels in labels.map { (LabelText.matchKey(of: $0), code) } }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
    }

    /// Non-overlapping hits from left to right, the longest phrase winning at each position.
    func hits(in key: [UInt32]) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < key.count {
            if let phrase = phrases.first(where: { Self.key(key, hasPrefix: $0.key, at: index) }) {
                hits.append(Hit(code: phrase.code, range: index..<(index + phrase.key.count)))
                index += phrase.key.count
            } else {
                index += 1
            }
        }
        return hits
    }

    private static func key(_ key: [UInt32], hasPrefix prefix: [UInt32], at index: Int) -> Bool {
        guard index + prefix.count <= key.count else { return false }
        for offset in 0..<prefix.count where key[index + offset] != prefix[offset] { return false }
        return true
    }
}
