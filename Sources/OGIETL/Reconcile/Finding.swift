import OGISchema

/// One row of `checks.csv.gz`: something about a report an analyst should know.
public struct Finding: Sendable, Equatable {
    public var table: String
    public var row: String
    public var column: String
    /// Stable dotted name, e.g. `cells.count`; documented in the README.
    public var rule: String
    public var severity: Severity
    public var expected: String
    public var actual: String
    public var message: String

    public init(table: CanonicalTable?, row: String = "", column: String = "", rule: String,
                severity: Severity, expected: String = "", actual: String = "", message: String) {
        self.table = table?.rawValue ?? ""
        self.row = row
        self.column = column
        self.rule = rule
        self.severity = severity
        self.expected = expected
        self.actual = actual
        self.message = message
    }
}
