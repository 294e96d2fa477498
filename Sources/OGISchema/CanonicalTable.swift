/// The tables ogi-etl writes. Names and column orders are the public contract with every
/// spreadsheet, R script and DuckDB view downstream, so they live here and nowhere else.
public enum CanonicalTable: String, SchemaCode, CaseIterable, Sendable, Codable {
    case reports
    case activeDisclosure = "active_disclosure"
    case applications
    case reviewsLitigation = "reviews_litigation"
    case checks

    /// The gzip-compressed CSV this table is written to.
    public var fileName: String { "\(rawValue).csv.gz" }

    /// Column names in output order.
    public var columns: [String] {
        switch self {
        case .reports: return Self.reportColumns
        case .activeDisclosure: return Self.keyColumns + ["item", "item_label"] + ActiveDisclosureColumn.allCases.map(\.rawValue) + ["imputed"]
        case .applications: return Self.keyColumns + ["row", "row_label"] + ApplicantColumn.allCases.map(\.rawValue) + ["imputed"]
        case .reviewsLitigation: return Self.keyColumns + ["proceeding"] + ReviewOutcome.allCases.map(\.rawValue) + ["imputed"]
        case .checks: return Self.checkColumns
        }
    }

    /// Every data table ends with `imputed`: the columns of that row filled by reconcile because
    /// the table's own arithmetic proved them, separated by `;`, empty otherwise.
    /// Every data table repeats these so a spreadsheet needs no join.
    public static let keyColumns = ["report_id", "agency", "year", "template"]

    static let reportColumns = [
        "report_id", "source_path", "source_sha256", "bytes", "encoding", "format", "title",
        "agency", "year", "template", "status", "message", "findings",
    ]

    static let checkColumns = [
        "report_id", "source_path", "table", "row", "column", "rule",
        "severity", "expected", "actual", "message",
    ]

    /// The tables that hold figures read from a report, in the order they are printed.
    public static let dataTables: [CanonicalTable] = [.activeDisclosure, .applications, .reviewsLitigation]
}
