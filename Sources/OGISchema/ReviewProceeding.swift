/// The three proceedings of the appeals table, in the order their figures are printed.
public enum ReviewProceeding: String, SchemaCode, CaseIterable, Sendable, Codable {
    case administrativeReview = "administrative_review"
    case litigationDirect = "litigation_direct"
    case litigationAfterReview = "litigation_after_review"
}

/// The five outcome columns printed for every proceeding.
public enum ReviewOutcome: String, SchemaCode, CaseIterable, Sendable, Codable {
    case upheld
    case corrected
    case other
    case pending
    case total
}
