import Foundation
import OGISchema

// MARK: - Markdown (pandoc pipe tables)

extension ReportFixture {
    /// Pandoc-style pipe tables: one table per section, the template's first row as the header,
    /// a `|---|…|` separator after it, merged cells flattened to empty cells (three label columns
    /// in the applications table, so figures always sit in the last seven columns).
    func renderMarkdown() -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        func separator(_ count: Int) -> String { "|" + Array(repeating: "---", count: count).joined(separator: "|") + "|" }

        var out: [String] = ["# \(title)", "", "## \(Self.overviewHeading)", ""]
        for paragraph in overviewParagraphs { out += [paragraph, ""] }

        out += ["## \(Self.activeHeading)", ""]
        var first = true
        for block in Self.activeBlocks(edition) {
            out.append(row([block.marker, "", "", ""]))
            if first { out.append(separator(4)); first = false }
            out.append(row(["信息内容"] + padded(block.headings.map(\.label), to: 3, with: "")))
            for entry in printedItems(block) {
                out.append(row([entry.label] + padded(activeValues(entry.item, in: block).map { $0 ?? "" }, to: 3, with: "")))
            }
        }
        out.append("")

        out += ["## \(Self.applicationsHeading)", ""]
        out.append(row([Self.applicationsNote, "", "", "申请人情况", "", "", "", "", "", "总计"]))
        out.append(separator(10))
        out.append(row(["", "", "", "自然人", "法人或其他组织", "", "", "", "", ""]))
        out.append(row(["", "", "", ""] + Array(Self.applicantHeadings.dropFirst()) + [""]))
        for line in Self.applicationLines(edition) {
            let figures = applicationValues(line.row).map { $0 ?? "" }
            let labels: [String]
            switch line.depth {
            case 0: labels = [line.label, "", ""]
            case 1: labels = [line.row == .granted ? Self.resultsLabel : "", line.label, ""]
            default: labels = ["", line.firstInGroup ? (line.group ?? "") : "", line.label]
            }
            out.append(row(labels + figures))
        }
        out.append("")

        out += ["## \(Self.reviewsHeading(edition))", ""]
        out.append(row(["行政复议", "", "", "", "", "行政诉讼"] + Array(repeating: "", count: 9)))
        out.append(separator(15))
        out.append(row(Self.reviewOutcomeHeadings + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
        out.append(row(Array(repeating: "", count: 5) + Self.reviewOutcomeHeadings + Self.reviewOutcomeHeadings))
        out.append(row(reviewValues))
        out.append("")

        out += ["## \(Self.problemsHeading)", "", problemsText, "", "## \(Self.otherHeading)", "", Self.otherText, ""]
        return out.joined(separator: "\n")
    }
}
