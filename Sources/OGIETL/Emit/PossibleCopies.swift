/// Notices, as reports arrive, the first one that the across-report rules could mark as a
/// copy: the same bytes as an earlier report, or a readable report of an agency and year
/// already seen; and the first that they could compare with another year of its agency. It
/// may be wrong only towards caution (the filter and the 64-bit keys can collide), which costs
/// speed, never rows; and it holds a bounded filter, not every key.
struct PossibleCopies {
    private var seen: BloomFilter

    init(expectedReports: Int) {
        seen = BloomFilter(expectedKeys: 3 * expectedReports)
    }

    mutating func isPossibleCopy(_ record: BatchRecord) -> Bool {
        let identity = record.identity
        if identity != 0, seen.insert(identity) { return true }
        guard record.isDated, let year = record.year else { return false }
        return seen.insert(Self.agencyYearKey(agency: record.agency, year: year))
    }

    /// A dated report of an agency already seen, whatever the year: the year-on-year rules
    /// compare only reports of one agency, and only they and the copies add findings.
    mutating func sharesAgency(_ record: BatchRecord) -> Bool {
        guard record.isDated else { return false }
        return seen.insert(record.agency &* 0x9FB2_1C65_1E98_DF25 ^ 0xC2B2_AE3D_27D4_EB4F)
    }

    /// Distinct from any identity key in practice: both are hashes, and this one is rehashed.
    private static func agencyYearKey(agency: UInt64, year: Int) -> UInt64 {
        (agency ^ UInt64(truncatingIfNeeded: year) &* 0xD6E8_FEB8_6659_FD93) &* 0xFF51_AFD7_ED55_8CCD
    }
}
