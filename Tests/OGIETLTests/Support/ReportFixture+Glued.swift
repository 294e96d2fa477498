import Foundation
@testable import OGIFixtures
import OGISchema

// MARK: - Glued (web page saved as plain text)

extension ReportFixture {
    /// Like an archived web page saved as plain text: every separator between table cells is
    /// gone, so each row is its label followed by one run of digits (`…数量713000074`). With
    /// `oneLine` the requests table is a single line, so the next row's numbering sticks to the
    /// digits (`…3700000372.没有现成信息…`). Blank cells print nothing, so rows must be full.
    func renderGlued(oneLine: Bool) -> String {
        var out: [String] = [title, Self.overviewHeading] + overviewParagraphs + [Self.activeHeading]
        for block in Self.activeBlocks(edition) {
            out += [block.marker, "信息内容" + block.headings.map(\.label).joined()]
            out += printedItems(block).map { entry in entry.label + activeValues(entry.item, in: block).map { $0 ?? "" }.joined() }
        }
        out.append(Self.applicationsHeading)
        let rows = Self.applicationLines(edition).map { line in
            let parent = line.row == .granted ? Self.resultsLabel : (line.firstInGroup ? line.group ?? "" : "")
            return parent + line.label + applicationValues(line.row).map { $0 ?? "" }.joined()
        }
        out += oneLine ? [rows.joined()] : rows
        out += [Self.reviewsHeading(edition), "行政复议行政诉讼", "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"]
        out.append(reviewValues.joined())
        out += [Self.problemsHeading, problemsText, Self.otherHeading, Self.otherText]
        return out.joined(separator: "\n")
    }

    /// A 2021 report whose every requests row is zero except the ones given (seven figures each).
    static func glued(applications rows: [ApplicationRow: [Int]], reviews: [Int]? = nil) -> ReportFixture {
        var fixture = sample(edition: .edition2021, seed: 1)
        for row in ApplicationRow.printed(in: .edition2021) {
            fixture.applications[row] = (rows[row] ?? Array(repeating: 0, count: 7)).map { String($0) }
        }
        if let reviews { fixture.reviews = reviews.map { String($0) } }
        return fixture
    }
}
