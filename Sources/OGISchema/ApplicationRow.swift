/// Rows of the requests table in template order. The 2021 edition splits "other handling" into
/// three rows; the 2019 edition prints one, which becomes `otherTotal`.
public enum ApplicationRow: String, SchemaCode, CaseIterable, Sendable, Codable {
    case newReceived = "new_received"
    case carriedOver = "carried_over"
    case granted
    case partiallyGranted = "partially_granted"
    case deniedStateSecret = "denied_state_secret"
    case deniedProhibitedByLaw = "denied_prohibited_by_law"
    case deniedSecurityStability = "denied_security_stability"
    case deniedThirdPartyRights = "denied_third_party_rights"
    case deniedInternalAffairs = "denied_internal_affairs"
    case deniedProcessInformation = "denied_process_information"
    case deniedEnforcementFiles = "denied_enforcement_files"
    case deniedInquiryMatters = "denied_inquiry_matters"
    case unavailableNotHeld = "unavailable_not_held"
    case unavailableNeedsCreation = "unavailable_needs_creation"
    case unavailableUnclearAfterCorrection = "unavailable_unclear_after_correction"
    case notProcessedComplaint = "not_processed_complaint"
    case notProcessedDuplicate = "not_processed_duplicate"
    case notProcessedPublication = "not_processed_publication"
    case notProcessedExcessive = "not_processed_excessive"
    case notProcessedConfirmation = "not_processed_confirmation"
    case otherNoCorrection = "other_no_correction"
    case otherUnpaidFee = "other_unpaid_fee"
    case otherOther = "other_other"
    case otherTotal = "other_total"
    case total
    case carriedForward = "carried_forward"

    /// The rows each edition prints, in order; a report is checked against the edition it shows.
    public static func printed(in edition: TemplateEdition) -> [ApplicationRow] {
        allCases.filter { row in
            switch row {
            case .otherNoCorrection, .otherUnpaidFee, .otherOther: return edition == .edition2021
            case .otherTotal: return edition == .edition2019
            default: return true
            }
        }
    }
}

/// Applicant columns of the requests table, in template order.
public enum ApplicantColumn: String, SchemaCode, CaseIterable, Sendable, Codable {
    case naturalPerson = "natural_person"
    case commercialEnterprise = "commercial_enterprise"
    case researchInstitution = "research_institution"
    case socialWelfareOrg = "social_welfare_org"
    case legalServiceOrg = "legal_service_org"
    case otherOrg = "other_org"
    case total
}
