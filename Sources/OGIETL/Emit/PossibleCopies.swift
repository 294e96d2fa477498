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

    mutating func isPossibleCopy(_ record: BatchRecord) -> Bool {
        let identity = record.identity
        if identity != 0, !identities.insert(identity).inserted { return true }
        guard record.isDated, let year = record.year else { return false }
        return !agencyYears.insert(AgencyYear(agency: record.agency, year: year)).inserted
    }
}
