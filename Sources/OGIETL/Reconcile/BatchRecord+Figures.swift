import OGISchema

extension BatchRecord {
    static func figures(of report: NormalizedReport) -> [Int32] {
        let rows = report.applications
        func whole(_ row: ApplicationRow) -> [Int32] {
            let values = rows.first { $0.row == row }?.values ?? []
            return (0..<applicantColumns).map { $0 < values.count ? number(values[$0]) : missing }
        }
        let active = report.activeDisclosureEdition == .edition2021 ? report.activeDisclosure : []
        let stock = stockItems.flatMap { item in
            let values = active.first { $0.item == item }?.values ?? [:]
            return stockColumns.map { number(values[$0]) }
        }
        return whole(.carriedOver) + whole(.carriedForward) + stock
    }

    /// A whole number that fits, else `missing`: the rules compare counts, never amounts.
    private static func number(_ figure: Figure?) -> Int32 {
        figure?.wholeNumber.flatMap { Int32(exactly: $0) }.map { $0 == missing ? missing : $0 } ?? missing
    }

    /// FNV-1a over the UTF-8 of the agency's name without spaces and with full-width forms
    /// folded, so `海阳市卫生健康局` and `海阳市 卫生健康局` are one agency; 0 for none. Agencies are
    /// compared by this 64-bit value, where a chance collision in a million reports is about
    /// one in ten million. The name is hashed scalar by scalar as it is folded: building the
    /// folded name as a String first, only to hash it, took 9,600 instructions a report.
    static func agencyHash(of agency: String?) -> UInt64 {
        guard let agency else { return 0 }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var isEmpty = true
        UTF8Scalars.forEach(in: agency) { value in
            guard !LabelText.isWhitespace(value), let scalar = Unicode.Scalar(LabelText.folded(value)) else { return }
            isEmpty = false
            UTF8.encode(scalar) { hash = (hash ^ UInt64($0)) &* 0x0000_0100_0000_01B3 }
        }
        return isEmpty ? 0 : hash == 0 ? 1 : hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
