import OGISchema

/// A proactive row's figures by column, one slot per column in schema order. A row holds at
/// most ten; as a dictionary, each row allocated a hash table, and every figure was hashed
/// when the parser stored it, when the row was written and when the checks read it. Slots
/// took 8,000 fewer instructions a report (callgrind, 1,000 plain-text reports).
public struct ActiveDisclosureValues: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    /// Indexed like `ActiveDisclosureColumn.allCases`, nil where nothing was read.
    public private(set) var inColumnOrder: [Figure?]

    public init() {
        // Not `init(repeating:count:)`, whose allocation is not specialized (see `CSVRow.init`).
        inColumnOrder = Array(repeatElement(nil, count: Self.columnCount))
    }

    public init(dictionaryLiteral elements: (ActiveDisclosureColumn, Figure)...) {
        self.init()
        for (column, value) in elements { self[column] = value }
    }

    public subscript(column: ActiveDisclosureColumn) -> Figure? {
        get { inColumnOrder[Self.slot(column)] }
        set { inColumnOrder[Self.slot(column)] = newValue }
    }

    public var isEmpty: Bool { inColumnOrder.allSatisfy { $0 == nil } }

    /// The columns that hold a figure, in schema order.
    public func makeIterator() -> some IteratorProtocol<(key: ActiveDisclosureColumn, value: Figure)> {
        zip(ActiveDisclosureColumn.allCases, inColumnOrder).lazy
            .compactMap { column, value in value.map { (key: column, value: $0) } }
            .makeIterator()
    }

    static let columnCount = ActiveDisclosureColumn.allCases.count

    /// The column's place in `allCases`, by a switch the compiler makes a table of: looking it
    /// up in `allCases` would build that array on every call.
    private static func slot(_ column: ActiveDisclosureColumn) -> Int {
        switch column {
        case .issued: 0
        case .newlyDisclosed: 1
        case .disclosedTotal: 2
        case .repealed: 3
        case .inForce: 4
        case .priorYearItems: 5
        case .netChange: 6
        case .decisions: 7
        case .projects: 8
        case .amount: 9
        }
    }
}
