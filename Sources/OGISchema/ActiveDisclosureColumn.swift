/// Measures of the proactive-disclosure table. `disclosedTotal` (2019: all documents ever made
/// public) and `inForce` (2021: documents currently in force) are different quantities and are
/// never merged.
public enum ActiveDisclosureColumn: String, SchemaCode, CaseIterable, Sendable, Codable {
    case issued
    case newlyDisclosed = "newly_disclosed"
    case disclosedTotal = "disclosed_total"
    case repealed
    case inForce = "in_force"
    case priorYearItems = "prior_year_items"
    case netChange = "net_change"
    case decisions
    case projects
    case amount
}

/// Items of the proactive-disclosure table, in template order.
public enum ActiveDisclosureItem: String, SchemaCode, CaseIterable, Sendable, Codable {
    case regulations
    case normativeDocuments = "normative_documents"
    case administrativeLicensing = "administrative_licensing"
    case otherManagementServices = "other_management_services"
    case administrativePenalty = "administrative_penalty"
    case administrativeCoercion = "administrative_coercion"
    case administrativeFees = "administrative_fees"
    case centralizedProcurement = "centralized_procurement"
}
