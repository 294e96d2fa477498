import Foundation
import OGISchema

// MARK: - Tab separated (samples/001)

extension ReportFixture {
    /// Like samples/001 (a .doc saved as text): one table row per line, cells separated by
    /// `\t`, ragged cell counts (trailing tabs, `一、` in its own cell, parent label cells only on
    /// the first row of their group), the spaced parents `三、本 年度办 理结果` / `(三) 不予公 开`,
    /// half-width `(一) ` prefixes, a blank line where the page broke inside （五） after which its
    /// sub-rows lose one leading tab, and a `--------\t----` rule after the active table.
    func renderTabSeparated() -> String {
        var out: [String] = ["", "", title, "", Self.overviewHeading, ""]
        for paragraph in overviewParagraphs { out += [paragraph, ""] }

        out += [Self.activeHeading, ""]
        for block in Self.activeBlocks(edition) {
            out.append(block.marker + "\t\t\t")
            out.append((["信息内容"] + padded(block.headings.map(\.label), to: 3, with: "")).joined(separator: "\t"))
            for entry in printedItems(block) {
                if entry.item == .centralizedProcurement { out.append("") }
                let values = activeValues(entry.item, in: block).map { $0 ?? "" }
                let cells = [entry.label] + values + Array(repeating: "", count: max(0, 3 - values.count))
                out.append((entry.item == .centralizedProcurement ? Array(cells.prefix(3)) : cells).joined(separator: "\t"))
            }
        }
        out += ["--------\t----\t---------", ""]

        out += [Self.applicationsHeading, ""]
        out.append("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t")
        out.append("\t\t自然人\t法人或其他组织\t\t\t\t\t\t")
        out.append("\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t")
        var afterBreak = false
        for line in Self.applicationLines(edition) {
            let figures = applicationValues(line.row).map { $0 ?? "" }.joined(separator: "\t")
            switch line.depth {
            case 0:
                if line.row == .carriedForward {
                    out.append("\(line.label)\t\t\(figures)")
                } else {
                    out.append("\(line.label.prefix(2))\t\(line.label.dropFirst(2))\t\(figures)\t")
                }
            case 1:
                let label = Self.halfWidthOrdinal(line.label)
                if line.row == .granted {
                    out.append("三、本 年度办 理结果\t\(label)\t\(figures)\t")
                } else if line.row == .total || line.row == .otherTotal {
                    out.append("\t\(label)\t\(figures)")
                } else {
                    out.append("\t\(label)\t\(figures)\t")
                }
            default:
                if line.firstInGroup {
                    afterBreak = false
                    out.append("\t\(Self.spacedGroup(line.group ?? ""))\t\(line.label)\t\(figures)")
                } else {
                    out.append((afterBreak ? "\t" : "\t\t") + "\(line.label)\t\(figures)")
                }
            }
            if line.row == .notProcessedDuplicate {
                out.append("")
                afterBreak = true
            }
        }
        out.append("")

        out += [Self.reviewsHeading(edition), ""]
        out.append("行政复议\t\t\t\t\t行政诉讼" + String(repeating: "\t", count: 10))
        out.append(Self.reviewOutcomeHeadings.joined(separator: "\t") + "\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t")
        out.append(String(repeating: "\t", count: 5)
            + (Self.reviewOutcomeHeadings + Self.reviewOutcomeHeadings).joined(separator: "\t") + "\t")
        out.append(reviewValues.joined(separator: "\t"))
        out.append("")

        out += [Self.problemsHeading, "", problemsText, "", Self.otherHeading, "", Self.otherText, ""]
        return out.joined(separator: "\n")
    }

    /// "（一）予以公开" → "(一) 予以公开".
    fileprivate static func halfWidthOrdinal(_ label: String) -> String {
        guard label.hasPrefix("（"), let close = label.firstIndex(of: "）") else { return label }
        return "(" + label[label.index(after: label.startIndex)..<close] + ") " + label[label.index(after: close)...]
    }

    /// "（三）不予公开" → "(三) 不予公 开", as pdf-to-doc conversion left it in samples/001.
    fileprivate static func spacedGroup(_ group: String) -> String {
        let half = halfWidthOrdinal(group)
        guard group != "（六）其他处理", let last = half.last else { return half }
        return String(half.dropLast()) + " " + String(last)
    }
}

// MARK: - One cell per line (samples/000, 002)

extension ReportFixture {
    /// Like samples/000 and 002 (docx → text): every cell on its own line prefixed by `\t`, a
    /// blank line between table rows, empty cells as a lone `\t`, merged label cells as empty
    /// `\t` lines, some labels and headings broken over two lines without a leading tab
    /// ("5.要求行政机关确认或重新\n出具已获取信息", "（三）\n不予\n公开", "结果\n维持"), and
    /// whitespace noise around some figures (U+3000, U+00A0, a space, a `[bookmark: _GoBack]`).
    func renderOneCellPerLine() -> String {
        var out: [String] = [title, "", Self.overviewHeading]
        out += overviewParagraphs
        var noise = 0
        func figure(_ value: String?) -> String {
            guard let value else { return "\t" }
            noise += 1
            switch noise % 17 {
            case 3: return "\t\u{3000}" + value
            case 8: return "\t " + value
            case 12: return "\t" + value + " "
            case 15: return "\t\u{00A0}" + value
            default: return "\t" + value
            }
        }

        out.append(Self.activeHeading)
        for (blockIndex, block) in Self.activeBlocks(edition).enumerated() {
            out += ["\t" + block.marker, "", "\t信息内容"] + block.headings.map { "\t" + $0.label } + [""]
            let items = printedItems(block)
            for (itemIndex, entry) in items.enumerated() {
                out.append("\t" + entry.label)
                let values = activeValues(entry.item, in: block)
                for (valueIndex, value) in values.enumerated() {
                    if blockIndex == 0, itemIndex == 0, valueIndex == values.count - 1, let value {
                        out.append("\t[bookmark: _GoBack]" + value)
                    } else {
                        out.append(figure(value))
                    }
                }
                out.append("")
            }
        }
        out += ["", Self.applicationsHeading]
        out += ["\t（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）", "\t申请人情况", ""]
        out += ["\t", "\t自然人", "\t法人或其他组织", "\t总计", ""]
        out += ["\t", "\t", "\t商业企业", "\t科研机构", "\t社会公益组织", "\t法律服务", "机构", "\t其他", "\t", ""]
        for line in Self.applicationLines(edition) {
            switch line.depth {
            case 0:
                out.append("\t" + line.label)
            case 1:
                out.append(line.row == .granted ? "\t" + Self.resultsLabel : "\t")
                out.append("\t" + line.label)
            default:
                out.append("\t")
                if line.firstInGroup {
                    if line.group == "（三）不予公开" {
                        out += ["\t（三）", "不予", "公开"]
                    } else {
                        out.append("\t" + (line.group ?? ""))
                    }
                } else {
                    out.append("\t")
                }
                if line.row == .notProcessedConfirmation {
                    out += ["\t5.要求行政机关确认或重新", "出具已获取信息"]
                } else {
                    out.append("\t" + line.label)
                }
            }
            out += applicationValues(line.row).map(figure)
            out.append("")
        }
        out += ["", Self.reviewsHeading(edition)]
        out += ["\t行政复议", "\t行政诉讼", ""]
        out += ["\t结果", "维持", "\t结果纠正", "\t其他结果", "\t尚未", "审结", "\t总", "计", "\t未经复议直接起诉", "\t复议后起诉", ""]
        out += Array(repeating: "\t", count: 5)
        out += ["\t结果维持", "\t结果纠正", "\t其他", "结果", "\t尚未", "审结", "\t总计"]
        out += ["\t结果维持", "\t结果", "纠正", "\t其他", "结果", "\t尚未审结", "\t总计", ""]
        out += reviewValues.map { "\t" + $0 }
        out += ["", "", Self.problemsHeading, problemsText, Self.otherHeading, Self.otherText, " "]
        return out.joined(separator: "\n")
    }
}
