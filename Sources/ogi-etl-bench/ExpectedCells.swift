import OGIFixtures
import OGISchema

/// One table row as `agency TAB table TAB key TAB cells`, cells comma-joined in the output's
/// column order with empty for a blank. The generator writes these from the values it chose and
/// the verifier builds the same lines from the CSVs, so comparing is comparing sets of lines.
enum ExpectedCells {
    static let activeColumns = ActiveDisclosureColumn.allCases

    static func lines(of fixture: ReportFixture) -> [String] {
        let active = fixture.expectedActive.map { entry in
            line(fixture.agency, "active_disclosure", entry.item.rawValue, activeColumns.map { entry.values[$0] })
        }
        let applications = fixture.expectedApplications.map { entry in
            line(fixture.agency, "applications", entry.row.rawValue, entry.values)
        }
        let reviews = fixture.expectedReviews.map { entry in
            line(fixture.agency, "reviews_litigation", entry.proceeding.rawValue, entry.values.map { Optional($0) })
        }
        return active + applications + reviews
    }

    static func line(_ agency: String, _ table: String, _ key: String, _ cells: [String?]) -> String {
        [agency, table, key, cells.map { $0 ?? "" }.joined(separator: ",")].joined(separator: "\t")
    }
}
