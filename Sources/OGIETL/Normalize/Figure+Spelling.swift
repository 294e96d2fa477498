import Synchronization

extension Figure: ExpressibleByStringLiteral, CustomStringConvertible {
    public init(stringLiteral spelling: String) {
        self.init(spelling: spelling.utf8)
    }

    /// The figure as printed, for findings and tests.
    public var description: String {
        withSpelling { String(decoding: $0, as: UTF8.self) }
    }

    /// The spelling's bytes, lent.
    func withSpelling<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if isLongSpelling { return Self.longSpelling(at: place).withUnsafeBufferPointer(body) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.packedCapacity) { buffer in
            guard let base = buffer.baseAddress else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: base, count: writePacked(to: base)))
        }
    }

    /// Writes a packed spelling to `out`, which has room for `count` bytes, and returns its
    /// count; the CSV writer calls this for every figure of every report.
    func writePacked(to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        forEachCode { code in
            out[written] = Self.character(code)
            written += 1
        }
        return written
    }

    /// True for a packed spelling that starts with a digit: packed spellings hold a sign only
    /// first, so the rest is digits and points, which CSV readers type as a number, needing no
    /// quotes and no formula guard.
    var isPlainNumber: Bool {
        !isLongSpelling && count > 0 && code(at: 0) < 10
    }

    /// Only digits, at most 18 of them: a count `Int` reads, told without `Int`'s parser.
    var isSmallCount: Bool {
        guard !isLongSpelling, (1...18).contains(count) else { return false }
        var digitsOnly = true
        forEachCode { digitsOnly = digitsOnly && $0 < 10 }
        return digitsOnly
    }

    /// The whole number the identities add up, read as `Int` reads text (an optional sign,
    /// then digits), or nil; beyond `AccountingIdentities.largestChecked`, nil too.
    var wholeNumber: Int? {
        guard !isLongSpelling else { return withSpelling(AccountingIdentities.int) }
        guard count > 0 else { return nil }
        let negative = code(at: 0) == Self.minusCode
        guard !negative || count > 1 else { return nil }
        var magnitude = 0
        var isWhole = true
        forEachCode { code in
            guard code != Self.minusCode else { return }
            isWhole = isWhole && code < 10
            // Held just above the bound once past it, so that no spelling overflows.
            magnitude = min(magnitude, AccountingIdentities.largestChecked + 1) * 10 + Int(code)
        }
        guard isWhole, magnitude <= AccountingIdentities.largestChecked else { return nil }
        return negative ? -magnitude : magnitude
    }
}

extension Figure {
    /// Spellings too long to pack, each stored once for the whole run: equal spellings get
    /// the same place, so figures compare and hash by their two words alone. They are rare (a
    /// report that prints one has a row its parser could not read), and kept for the run.
    struct LongSpellings {
        var spellings: [[UInt8]] = []
        var places: [[UInt8]: UInt64] = [:]

        mutating func place(of spelling: [UInt8]) -> UInt64 {
            if let place = places[spelling] { return place }
            let place = UInt64(spellings.count)
            spellings.append(spelling)
            places[spelling] = place
            return place
        }
    }

    private static let longSpellings = Mutex(LongSpellings())

    static func long(_ spelling: [UInt8]) -> Figure {
        Figure(longPlace: longSpellings.withLock { $0.place(of: spelling) })
    }

    static func longSpelling(at place: UInt64) -> [UInt8] {
        longSpellings.withLock { $0.spellings[Int(place)] }
    }
}
