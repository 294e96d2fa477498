/// What the across-report rules decided about each report, 16 bytes by position in a scratch
/// file. A batch can hold as many copies as reports (one folder mirrored in another), so the
/// decisions are kept on disk, and the findings they imply are written out as the tables are.
final class CrossReportFacts: Sendable {
    enum Fact: Equatable, Sendable {
        case none
        /// The same bytes as the report at the position, which was kept.
        case identicalCopy(of: Int)
        /// The same agency and year as the report at the position, which was kept.
        case duplicate(of: Int)
        /// The kept report of the year before, whose figures disagree with this one's.
        case follows(Int)

        var isCopy: Bool {
            switch self {
            case .identicalCopy, .duplicate: true
            case .none, .follows: false
            }
        }
    }

    static let factSize = 16
    private let storage: ScratchFile

    init(directory: String, count: Int) throws(ETLError) {
        storage = try ScratchFile(directory: directory)
        try storage.resize(to: count * Self.factSize)
    }

    func record(_ fact: Fact, at position: Int) throws(ETLError) {
        let (kind, other): (Int64, Int) = switch fact {
        case .none: (0, 0)
        case let .identicalCopy(kept): (1, kept)
        case let .duplicate(kept): (2, kept)
        case let .follows(previous): (3, previous)
        }
        var bytes = [UInt8](repeating: 0, count: Self.factSize)
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: kind.littleEndian, toByteOffset: 0, as: Int64.self)
            raw.storeBytes(of: Int64(other).littleEndian, toByteOffset: 8, as: Int64.self)
        }
        try storage.write(bytes, at: position * Self.factSize)
    }

    func fact(at position: Int) -> Fact {
        Self.decode(storage.read(Self.factSize, at: position * Self.factSize)[...])
    }

    /// Reads the facts in position order, many to a `pread`.
    func reader() -> Reader {
        Reader(facts: self, records: ScratchFile.RecordReader(storage, recordSize: Self.factSize))
    }

    struct Reader {
        fileprivate let facts: CrossReportFacts
        fileprivate var records: ScratchFile.RecordReader
        /// The last fact read, and the position after it.
        private var current = Fact.none
        private var nextPosition = 0

        fileprivate init(facts: CrossReportFacts, records: ScratchFile.RecordReader) {
            self.facts = facts
            self.records = records
        }

        mutating func next() -> Fact {
            current = records.next().map(CrossReportFacts.decode) ?? .none
            nextPosition += 1
            return current
        }

        /// The fact at `position`, read on from the last one when positions come in order, as
        /// they do from a batch file: the agency rule asks about every report, and one `pread`
        /// each took 10,000 system calls at the end of a 10,000-report run. A position before
        /// the last one asked is read on its own.
        mutating func fact(at position: Int) -> Fact {
            guard position >= nextPosition - 1 else { return facts.fact(at: position) }
            while nextPosition <= position { _ = next() }
            return current
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Fact {
        guard bytes.count == factSize else { return .none }
        let other = Int(bytes.littleEndian(Int64.self, at: 8))
        switch bytes.littleEndian(Int64.self, at: 0) {
        case 1: return .identicalCopy(of: other)
        case 2: return .duplicate(of: other)
        case 3: return .follows(other)
        default: return .none
        }
    }
}
