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
    private static func number(_ text: String?) -> Int32 {
        text.flatMap { Int32($0) }.map { $0 == missing ? missing : $0 } ?? missing
    }

    /// FNV-1a over the key's UTF-8: agencies are compared by this 64-bit value, where a chance
    /// collision in a million reports is about one in ten million.
    static func agencyHash(_ key: String) -> UInt64 {
        guard !key.isEmpty else { return 0 }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash == 0 ? 1 : hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
