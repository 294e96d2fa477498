/// Exact, leftmost-longest search for a set of short phrases in a label key. Used for column
/// headings and section headings, where the phrase list is small and an exact hit is expected.
struct PhraseFinder<Code: Sendable>: Sendable {
    struct Hit: Sendable {
        let code: Code
        let range: Range<Int>
    }

    private let phrases: [(key: [UInt32], code: Code)]
    /// The phrases grouped by their first character's low ten bits, longest first within a
    /// group as in `phrases`: `bucketStarts[b]..<bucketStarts[b + 1]` of `bucketPhrases`.
    /// Most positions of a key start no phrase and find an empty group; the others compare
    /// only the phrases that start with a character like theirs, not every phrase.
    private let bucketStarts: [Int]
    private let bucketPhrases: [Int]
    /// Whether each group has a phrase, as bits: one test turns most positions away.
    private let occupied: [UInt64]
    private static var bucketCount: Int { 1024 }

    init(_ phrases: [(code: Code, labels: [String])]) {
        self.phrases = phrases
            .flatMap { code, labels in labels.map { (LabelText.matchKey(of: $0), code) } }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
        var members = [[Int]](repeating: [], count: Self.bucketCount)
        for (position, phrase) in self.phrases.enumerated() { members[Self.bucket(phrase.key[0])].append(position) }
        bucketPhrases = members.flatMap { $0 }
        bucketStarts = members.reduce(into: [0]) { starts, group in starts.append((starts.last ?? 0) + group.count) }
        var occupied = [UInt64](repeating: 0, count: Self.bucketCount / 64)
        for (bucket, group) in members.enumerated() where !group.isEmpty { occupied[bucket >> 6] |= 1 << UInt64(bucket & 63) }
        self.occupied = occupied
    }

    private static func bucket(_ character: UInt32) -> Int {
        Int(character & UInt32(bucketCount - 1))
    }

    /// Which phrase, longest first, starts at `index`: its place in `phrases`.
    @inline(__always)
    private func phrase(in key: [UInt32], at index: Int) -> Int? {
        let bucket = Self.bucket(key[index])
        guard occupied[bucket >> 6] >> UInt64(bucket & 63) & 1 == 1 else { return nil }
        var member = bucketStarts[bucket]
        let end = bucketStarts[bucket + 1]
        while member < end {
            if Self.key(key, hasPrefix: phrases[bucketPhrases[member]].key, at: index) { return bucketPhrases[member] }
            member += 1
        }
        return nil
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
            if let position = phrase(in: key, at: index) {
                let length = phrases[position].key.count
                if let answer = body(Hit(code: phrases[position].code, range: index..<(index + length))) { return answer }
                index += length
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
