/// Notices, as reports arrive, the first one that the across-report rules could mark as a
/// copy: the same bytes as an earlier report, or a readable report of an agency and year
/// already seen. It may be wrong only towards caution (64-bit keys can collide), which costs
/// speed, never rows.
struct PossibleCopies {
    private var identities: Set<UInt64> = []
    private var agencyYears: Set<AgencyYear> = []

    private struct AgencyYear: Hashable {
        let agency: UInt64
        let year: Int
    }

    mutating func isPossibleCopy(_ index: Int, in batch: BatchIndex) -> Bool {
        let identity = batch.identity(index)
        if identity != 0, !identities.insert(identity).inserted { return true }
        guard batch.isDated(index), let year = batch.year(index) else { return false }
        return !agencyYears.insert(AgencyYear(agency: batch.agency(index), year: year)).inserted
    }
}
