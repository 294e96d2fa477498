/// Three numbers a group of batch records is ordered by, compared in turn.
struct BatchSortKey: Comparable {
    let first: UInt64
    let second: Int
    let third: Int

    static func < (lhs: BatchSortKey, rhs: BatchSortKey) -> Bool {
        (lhs.first, lhs.second, lhs.third) < (rhs.first, rhs.second, rhs.third)
    }
}

extension Array<BatchRecord> {
    /// The records ordered by `key`, taken once from each record. A record is 144 bytes in
    /// place: a comparison that read its fields anew moved records' bytes for every field, and
    /// the across-report rules sort every report of a run, on one thread at its end.
    func sorted(byKey key: (BatchRecord) -> BatchSortKey) -> [BatchRecord] {
        let keys = map(key)
        return indices.sorted { keys[$0] < keys[$1] }.map { self[$0] }
    }
}
