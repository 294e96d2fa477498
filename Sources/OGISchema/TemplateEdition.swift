/// The State Council fixed the report tables twice; the headings, not the report's year, say which.
public enum TemplateEdition: String, SchemaCode, CaseIterable, Sendable, Codable, Comparable {
    case edition2019 = "2019"
    case edition2021 = "2021"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
