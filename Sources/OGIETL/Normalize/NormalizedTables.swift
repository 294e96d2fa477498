import OGISchema

/// A proactive-disclosure item as printed, with the measures its sub-table's headings name.
public struct ActiveDisclosureRecord: Sendable, Equatable {
    public var item: ActiveDisclosureItem
    public var label: String
    public var values: ActiveDisclosureValues
    /// Columns filled by cutting a glued digit run (see `cells.split`).
    public var imputed: [String] = []
}

/// A requests-table row: six applicant columns then the total, `nil` where nothing was read.
public struct ApplicationRecord: Sendable, Equatable {
    public var row: ApplicationRow
    public var label: String
    public var values: [Figure?]
    /// Columns reconcile filled because an identity proved them.
    public var imputed: [String] = []
    /// Every figure printed, when the row printed more than it has columns: reconcile may
    /// find the one extra figure the identities prove.
    public var printed: [Figure?]? = nil
}

/// One proceeding of the appeals table: upheld, corrected, other, pending, total.
public struct ReviewRecord: Sendable, Equatable {
    public var proceeding: ReviewProceeding
    public var values: [Figure?]
    public var imputed: [String] = []
}

/// What one parser read from its table, and what it had to say about it.
struct TableReading<Record: Sendable>: Sendable {
    var records: [Record] = []
    var edition: TemplateEdition?
    var findings: [Finding] = []
    /// All figures of a table printed with too many, for reconcile to try.
    var printedFigures: [Figure?]?
    /// Rows printed as one digit run, by row name, for the table's sums to cut.
    var gluedRuns: [String: GluedRun] = [:]
}
