/// How much of a report could be read.
public enum ReportStatus: String, SchemaCode, Sendable, Codable, CaseIterable {
    /// All three tables were found.
    case ok
    /// Some tables were found; `message` names the missing ones.
    case partial
    /// Nothing usable was read; `message` says why.
    case failed
    /// Another file reports the same agency and year and was kept instead; this file's rows
    /// are left out of the data tables.
    case duplicate
}

/// How much a finding should worry the analyst.
public enum Severity: String, SchemaCode, Sendable, Codable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Bumped whenever a column is added, removed or renamed in any output table.
public let canonicalSchemaVersion = 2
