import Foundation
import OGISchema

// MARK: - pdftotext -layout

extension ReportFixture {
    /// Like `pdftotext -layout`: cells at fixed display columns (CJK counts 2) separated by runs
    /// of 2+ spaces, figures centred in their columns (a blank cell is just spaces), the title
    /// centred, prose wrapped at the page width, no blank lines inside tables, headings wrapped
    /// inside narrow cells ("结果"/"维持", 2019's "本年新"/"制作数量"), long row labels wrapped
    /// before the figures (label fragment alone, continuation on the figures' line) and after them
    /// (continuation alone on the next line), parent labels vertically centred on one of their
    /// sub-rows' lines ("三、本年度"/"办理结果" split over two lines), a page break
    /// ("- 3 -" then `\f`) inside （五）, and a final `\f`.
    func renderPdftotextLayout() -> String {
        let page = 0..<110
        var out: [String] = ["", Layout.line([Layout.centered(title, in: page)]), ""]
        out.append(Self.overviewHeading)
        for paragraph in overviewParagraphs { out += Layout.wrap(paragraph, width: 84, indent: 4) }
        out.append("")

        // Active disclosure: label column and three value columns.
        out.append(Self.activeHeading)
        let labelColumn = 4..<24
        let valueColumns = [26..<44, 44..<62, 62..<80]
        let tableWidth = 4..<80
        let headingWraps = ["本年新制作数量": ["本年新", "制作数量"], "本年新公开数量": ["本年新", "公开数量"]]
        let itemWraps: [ActiveDisclosureItem: [String]] = [.otherManagementServices: ["其他对外管理", "服务事项"]]
        func valuePlacements(_ values: [String?]) -> [Layout.Placement] {
            if values.count == 1 { return values[0].map { [Layout.centered($0, in: 26..<80)] } ?? [] }
            return values.enumerated().compactMap { index, value in value.map { Layout.centered($0, in: valueColumns[index]) } }
        }
        for block in Self.activeBlocks(edition) {
            out.append(Layout.line([Layout.centered(block.marker, in: tableWidth)]))
            let fragments = block.headings.map { headingWraps[$0.label] ?? [$0.label] }
            let headerLines = fragments.map(\.count).max() ?? 1
            for lineIndex in 0..<headerLines {
                var placements: [Layout.Placement] = lineIndex == 0 ? [Layout.centered("信息内容", in: labelColumn)] : []
                for (index, pieces) in fragments.enumerated() where lineIndex < pieces.count {
                    let range = fragments.count == 1 ? 26..<80 : valueColumns[index]
                    placements.append(Layout.centered(pieces[lineIndex], in: range))
                }
                out.append(Layout.line(placements))
            }
            for entry in printedItems(block) {
                let pieces = edition == .edition2019 ? (itemWraps[entry.item] ?? [entry.label]) : [entry.label]
                for (index, piece) in pieces.enumerated() {
                    var placements = [Layout.centered(piece, in: labelColumn)]
                    if index == pieces.count - 1 { placements += valuePlacements(activeValues(entry.item, in: block)) }
                    out.append(Layout.line(placements))
                }
            }
        }
        out.append("")

        // Applications: three label columns, seven figure columns of 8.
        out.append(Self.applicationsHeading)
        let level0 = 2, level1 = 14, level2 = 30
        let figureColumns = (0..<7).map { (58 + 8 * $0)..<(66 + 8 * $0) }
        out.append(Layout.line([
            Layout.Placement(column: level0, text: "（本列数据的勾稽关系为：第一项加第二项之和，"),
            Layout.centered("申请人情况", in: 58..<106),
        ]))
        out.append(Layout.line([
            Layout.Placement(column: level0, text: "等于第三项加第四项之和）"),
            Layout.centered("法人或其他组织", in: 66..<106),
            Layout.centered("总计", in: figureColumns[6]),
        ]))
        let headingTop = ["自然人", "商业", "科研", "社会公", "法律服", "其他"]
        let headingBottom = ["", "企业", "机构", "益组织", "务机构", ""]
        out.append(Layout.line(headingTop.enumerated().map { Layout.centered($1, in: figureColumns[$0]) }))
        out.append(Layout.line(headingBottom.enumerated().compactMap { $1.isEmpty ? nil : Layout.centered($1, in: figureColumns[$0]) }))

        // Wrapped labels: fragments, and which fragment's line holds the figures.
        let wraps: [ApplicationRow: (fragments: [String], figureLine: Int)] = [
            .partiallyGranted: (["（二）部分公开（区分处理的，只计这一", "情形，不计其他情形）"], 0),
            .deniedProhibitedByLaw: (["2.其他法律行政法规", "禁止公开"], 1),
            .unavailableNotHeld: (["1.本机关不掌握相关政府", "信息"], 0),
            .unavailableNeedsCreation: (["2.没有现成信息需要另行", "制作"], 1),
            .notProcessedConfirmation: (["5.要求行政机关确认或重新", "出具已获取信息"], 1),
            .otherNoCorrection: (["1.申请人无正当理由逾期", "不补正、行政机关不再处理", "其政府信息公开申请"], 1),
            .otherUnpaidFee: (["2.申请人逾期未按收费通知", "要求缴纳费用、行政机关不再", "处理其政府信息公开申请"], 1),
        ]
        // Parent labels, vertically centred: (row, fragment line) → placement.
        let parents: [ApplicationRow: Layout.Placement] = [
            .deniedProcessInformation: Layout.Placement(column: level0, text: "三、本年度"),
            .deniedEnforcementFiles: Layout.Placement(column: level0, text: "办理结果"),
            .deniedThirdPartyRights: Layout.Placement(column: level1, text: "（三）不予公开"),
            .unavailableNeedsCreation: Layout.Placement(column: level1, text: "（四）无法提供"),
            .notProcessedDuplicate: Layout.Placement(column: level1, text: "（五）不予处理"),
            .otherUnpaidFee: Layout.Placement(column: level1, text: "（六）其他处理"),
        ]
        for line in Self.applicationLines(edition) {
            let wrap = wraps[line.row] ?? ([line.label], 0)
            assert(wrap.fragments.joined() == line.label, "wrapped label does not rejoin: \(line.label)")
            let column = [level0, level1, level2][line.depth]
            let figures = applicationValues(line.row).enumerated().compactMap { index, value in
                value.map { Layout.centered($0, in: figureColumns[index]) }
            }
            for (index, fragment) in wrap.fragments.enumerated() {
                var placements = [Layout.Placement(column: column, text: fragment)]
                if index == wrap.figureLine { placements += figures }
                if index == 0, let parent = parents[line.row] { placements.append(parent) }
                out.append(Layout.line(placements))
            }
            if line.row == .notProcessedDuplicate {
                out += ["", "", Layout.line([Layout.centered("- 3 -", in: page)]), ""]
                out.append("\u{0C}")
            }
        }
        // The form feed starts the first line of the next page, as pdftotext writes it.
        if let breakIndex = out.firstIndex(of: "\u{0C}"), breakIndex + 1 < out.count {
            out[breakIndex + 1] = "\u{0C}" + out[breakIndex + 1]
            out.remove(at: breakIndex)
        }
        out.append("")

        // Reviews: fifteen columns of 7.
        out.append(Self.reviewsHeading(edition))
        let reviewColumns = (0..<15).map { (2 + 7 * $0)..<(9 + 7 * $0) }
        out.append(Layout.line([Layout.centered("行政复议", in: 2..<37), Layout.centered("行政诉讼", in: 37..<107)]))
        out.append(Layout.line([Layout.centered("未经复议直接起诉", in: 37..<72), Layout.centered("复议后起诉", in: 72..<107)]))
        let outcomeTop = ["结果", "结果", "其他", "尚未", "总计"]
        let outcomeBottom = ["维持", "纠正", "结果", "审结", ""]
        for pieces in [outcomeTop, outcomeBottom] {
            let repeated = pieces + pieces + pieces
            out.append(Layout.line(repeated.enumerated().compactMap { $1.isEmpty ? nil : Layout.centered($1, in: reviewColumns[$0]) }))
        }
        out.append(Layout.line(reviewValues.enumerated().compactMap { $1.isEmpty ? nil : Layout.centered($1, in: reviewColumns[$0]) }))
        out.append("")

        out.append(Self.problemsHeading)
        out += Layout.wrap(problemsText, width: 84, indent: 4)
        out.append(Self.otherHeading)
        out += Layout.wrap(Self.otherText, width: 84, indent: 4)
        out += ["", "", Layout.line([Layout.centered("- 4 -", in: page)]), "\u{0C}"]
        return out.joined(separator: "\n")
    }
}
