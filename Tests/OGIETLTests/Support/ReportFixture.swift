import Foundation
import OGISchema

/// A report whose every figure is known, rendered in the layouts users actually have.
///
/// The labels are the State Council template's, verbatim as printed in `samples/`. Each renderer
/// reproduces the quirks of one real source (see the renderer's comment); whitespace noise added
/// to a figure (ideographic space, NBSP, `&nbsp;`, a Word `[bookmark: …]` span) never changes
/// the figure, so `expected…` is the same for every layout.
struct ReportFixture: Sendable {
    var agency: String            // e.g. "宁波市镇海区卫生健康局"
    var year: Int                 // e.g. 2022
    var edition: TemplateEdition  // decides the headings and the (六) rows
    var active: [ActiveFixtureRow]                  // items printed, in template order
    var applications: [ApplicationRow: [String?]]   // 7 values per row: six applicant columns then total; nil = blank cell
    var reviews: [String]         // 15 values: administrative_review ×5, litigation_direct ×5, litigation_after_review ×5 (upheld, corrected, other, pending, total)
    var title: String { "\(agency)\(year)年政府信息公开工作年度报告" }
}

struct ActiveFixtureRow: Sendable, Equatable {
    var item: ActiveDisclosureItem
    var values: [ActiveDisclosureColumn: String]
}

// MARK: - What the parser must return

extension ReportFixture {
    /// Printed items in template order, each with the figures printed for it (a column with no
    /// value is a blank cell and is absent from `values`).
    var expectedActive: [(item: ActiveDisclosureItem, values: [ActiveDisclosureColumn: String])] {
        Self.activeBlocks(edition).flatMap { block in
            block.items.compactMap { entry -> (item: ActiveDisclosureItem, values: [ActiveDisclosureColumn: String])? in
                guard let row = activeRow(entry.item) else { return nil }
                let columns = Set(block.headings.map(\.column))
                return (item: entry.item, values: row.values.filter { columns.contains($0.key) })
            }
        }
    }

    /// Every row the edition prints, in template order; 7 values each (nil = blank cell).
    var expectedApplications: [(row: ApplicationRow, values: [String?])] {
        ApplicationRow.printed(in: edition).map { (row: $0, values: applicationValues($0)) }
    }

    /// The three proceedings with their five figures (upheld, corrected, other, pending, total).
    var expectedReviews: [(proceeding: ReviewProceeding, values: [String])] {
        let all = reviewValues
        return ReviewProceeding.allCases.enumerated().map { index, proceeding in
            (proceeding: proceeding, values: Array(all[(index * 5)..<(index * 5 + 5)]))
        }
    }

    /// All five layouts, with the file extension a report in that layout would carry.
    func renderAll() -> [(layout: String, fileExtension: String, text: String)] {
        [
            (layout: "tab-separated", fileExtension: "txt", text: renderTabSeparated()),
            (layout: "one-cell-per-line", fileExtension: "txt", text: renderOneCellPerLine()),
            (layout: "markdown", fileExtension: "md", text: renderMarkdown()),
            (layout: "pdftotext-layout", fileExtension: "txt", text: renderPdftotextLayout()),
            (layout: "html", fileExtension: "html", text: renderHTML()),
        ]
    }
}

// MARK: - Deterministic sample

extension ReportFixture {
    /// Deterministic varied values for `seed`. Identities hold: per applications column
    /// new_received + carried_over = total + carried_forward and total = sum of the result rows;
    /// per row the 7th value is the sum of the first six; per review block total = sum of its four.
    /// No application cell is nil; set one to nil to test blank cells.
    static func sample(edition: TemplateEdition, seed: Int) -> ReportFixture {
        var rng = LCG(seed: seed)
        let agencies = [
            "宁波市镇海区卫生健康局", "淄博市卫生健康委员会", "海阳市卫生健康局",
            "巨鹿县卫生健康局", "杭州市西湖区人民政府办公室", "成都市武侯区市场监督管理局",
        ]
        let agency = agencies[rng.int(0...(agencies.count - 1))]
        let year = edition == .edition2021 ? 2021 + rng.int(0...2) : 2019 + rng.int(0...1)

        // Active disclosure.
        var active: [ActiveFixtureRow] = []
        func add(_ item: ActiveDisclosureItem, _ values: [ActiveDisclosureColumn: Int], amount: String? = nil) {
            var strings = values.mapValues { String($0) }
            if let amount { strings[.amount] = amount }
            active.append(ActiveFixtureRow(item: item, values: strings))
        }
        switch edition {
        case .edition2021:
            let regulationsInForce = rng.int(0...4)
            add(.regulations, [.issued: rng.int(0...1), .repealed: rng.int(0...1), .inForce: regulationsInForce])
            let issued = rng.int(0...6)
            add(.normativeDocuments, [.issued: issued, .repealed: rng.int(0...3), .inForce: issued + rng.int(2...15)])
            add(.administrativeLicensing, [.decisions: rng.int(0...1900)])
            add(.administrativePenalty, [.decisions: rng.int(0...300)])
            add(.administrativeCoercion, [.decisions: rng.percent(70) ? 0 : rng.int(1...3)])
            let fees = ["7.52", "0.36", "12.8", "3.25", "71.8526"]
            add(.administrativeFees, [:], amount: fees[rng.int(0...(fees.count - 1))])
        case .edition2019:
            let issued = rng.int(0...2)
            add(.regulations, [.issued: issued, .newlyDisclosed: issued, .disclosedTotal: issued + rng.int(0...5)])
            let normative = rng.int(0...6)
            add(.normativeDocuments, [.issued: normative, .newlyDisclosed: normative, .disclosedTotal: normative + rng.int(3...20)])
            var licensing: [ActiveDisclosureColumn: String] = [
                .priorYearItems: String(rng.int(5...15)), .decisions: String(rng.int(0...900)),
            ]
            licensing[.netChange] = "-\(rng.int(1...4))"
            active.append(ActiveFixtureRow(item: .administrativeLicensing, values: licensing))
            add(.otherManagementServices, [.priorYearItems: rng.int(0...3), .netChange: 0, .decisions: rng.int(0...5)])
            add(.administrativePenalty, [.priorYearItems: rng.int(50...120), .netChange: rng.int(0...2), .decisions: rng.int(0...120)])
            add(.administrativeCoercion, [.priorYearItems: rng.int(0...1), .netChange: 0, .decisions: rng.int(0...2)])
            add(.administrativeFees, [.priorYearItems: rng.int(0...3), .netChange: 0])
            let amounts = ["71.8526", "5.3", "120.45", "18.06"]
            add(.centralizedProcurement, [.projects: rng.int(1...15)], amount: amounts[rng.int(0...(amounts.count - 1))])
        }

        // Applications.
        let printed = ApplicationRow.printed(in: edition)
        let bookkeeping: Set<ApplicationRow> = [.newReceived, .carriedOver, .total, .carriedForward]
        let results = printed.filter { !bookkeeping.contains($0) }
        let rowPercent: [ApplicationRow: Int] = [
            .granted: 70, .partiallyGranted: 35, .unavailableNotHeld: 45, .notProcessedComplaint: 25,
            .notProcessedDuplicate: 20, .otherOther: 25, .otherTotal: 30, .otherNoCorrection: 20,
        ]
        let columnPercent = [100, 60, 10, 20, 40, 30]
        let columnMax = [6, 3, 1, 1, 2, 1]
        var counts: [ApplicationRow: [Int]] = [:]
        for row in printed { counts[row] = Array(repeating: 0, count: 6) }
        for column in 0..<6 {
            var total = 0
            for row in results {
                let chance = (rowPercent[row] ?? 10) * columnPercent[column] / 100
                var value = rng.percent(chance) ? rng.int(1...columnMax[column]) : 0
                if row == .granted, column == 0 { value = rng.int(1...6) }
                counts[row]?[column] = value
                total += value
            }
            let forward = rng.percent(columnPercent[column] / 3 + 5) ? rng.int(1...2) : 0
            let over = min(rng.percent(columnPercent[column] / 4 + 5) ? rng.int(1...2) : 0, total + forward)
            counts[.total]?[column] = total
            counts[.carriedForward]?[column] = forward
            counts[.carriedOver]?[column] = over
            counts[.newReceived]?[column] = total + forward - over
        }
        var applications: [ApplicationRow: [String?]] = [:]
        for (row, six) in counts {
            applications[row] = (six + [six.reduce(0, +)]).map { String($0) }
        }

        // Reviews and litigation.
        var reviews: [String] = []
        for block in 0..<3 {
            var four = (0..<4).map { _ in rng.percent(35) ? rng.int(1...2) : 0 }
            if block == 0, four.allSatisfy({ $0 == 0 }) { four[0] = 1 }
            reviews += four.map { String($0) } + [String(four.reduce(0, +))]
        }

        return ReportFixture(agency: agency, year: year, edition: edition, active: active,
                             applications: applications, reviews: reviews)
    }
}

extension ReportFixture {
    /// A 64-bit linear congruential generator (Knuth's MMIX constants); no system randomness.
    fileprivate struct LCG {
        private var state: UInt64

        init(seed: Int) {
            state = UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
            _ = next()
        }

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }

        mutating func percent(_ chance: Int) -> Bool { int(0...99) < chance }
    }
}

// MARK: - Template

extension ReportFixture {
    struct ActiveBlock: Sendable {
        var marker: String
        var headings: [(column: ActiveDisclosureColumn, label: String)]
        var items: [(item: ActiveDisclosureItem, label: String)]
    }

    static func activeBlocks(_ edition: TemplateEdition) -> [ActiveBlock] {
        switch edition {
        case .edition2021:
            return [
                ActiveBlock(marker: "第二十条第（一）项",
                            headings: [(.issued, "本年制发件数"), (.repealed, "本年废止件数"), (.inForce, "现行有效件数")],
                            items: [(.regulations, "规章"), (.normativeDocuments, "行政规范性文件")]),
                ActiveBlock(marker: "第二十条第（五）项",
                            headings: [(.decisions, "本年处理决定数量")],
                            items: [(.administrativeLicensing, "行政许可")]),
                ActiveBlock(marker: "第二十条第（六）项",
                            headings: [(.decisions, "本年处理决定数量")],
                            items: [(.administrativePenalty, "行政处罚"), (.administrativeCoercion, "行政强制")]),
                ActiveBlock(marker: "第二十条第（八）项",
                            headings: [(.amount, "本年收费金额（单位：万元）")],
                            items: [(.administrativeFees, "行政事业性收费")]),
            ]
        case .edition2019:
            let counted: [(column: ActiveDisclosureColumn, label: String)] =
                [(.priorYearItems, "上一年项目数量"), (.netChange, "本年增/减"), (.decisions, "处理决定数量")]
            return [
                ActiveBlock(marker: "第二十条第（一）项",
                            headings: [(.issued, "本年新制作数量"), (.newlyDisclosed, "本年新公开数量"), (.disclosedTotal, "对外公开总数量")],
                            items: [(.regulations, "规章"), (.normativeDocuments, "规范性文件")]),
                ActiveBlock(marker: "第二十条第（五）项", headings: counted,
                            items: [(.administrativeLicensing, "行政许可"), (.otherManagementServices, "其他对外管理服务事项")]),
                ActiveBlock(marker: "第二十条第（六）项", headings: counted,
                            items: [(.administrativePenalty, "行政处罚"), (.administrativeCoercion, "行政强制")]),
                ActiveBlock(marker: "第二十条第（八）项",
                            headings: [(.priorYearItems, "上一年项目数量"), (.netChange, "本年增/减")],
                            items: [(.administrativeFees, "行政事业性收费")]),
                ActiveBlock(marker: "第二十条第（九）项",
                            headings: [(.projects, "采购项目数量"), (.amount, "采购总金额")],
                            items: [(.centralizedProcurement, "政府集中采购")]),
            ]
        }
    }

    /// One printed row of the applications table.
    struct ApplicationLine: Sendable {
        var row: ApplicationRow
        var label: String
        /// 0: the label spans all three label columns (一、 二、 四、); 1: under 三、 spanning two
        /// columns (（一）（二）（七）, 2019's （六）); 2: under a （N） group.
        var depth: Int
        var group: String?
        var groupSize: Int
        var firstInGroup: Bool
    }

    static let resultsLabel = "三、本年度办理结果"
    static let applicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    static let applicantHeadings = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    static let reviewOutcomeHeadings = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

    static func applicationLines(_ edition: TemplateEdition) -> [ApplicationLine] {
        var lines: [ApplicationLine] = []
        func single(_ row: ApplicationRow, _ label: String, depth: Int) {
            lines.append(ApplicationLine(row: row, label: label, depth: depth, group: nil, groupSize: 1, firstInGroup: true))
        }
        func group(_ name: String, _ rows: [(ApplicationRow, String)]) {
            for (index, entry) in rows.enumerated() {
                lines.append(ApplicationLine(row: entry.0, label: entry.1, depth: 2, group: name,
                                             groupSize: rows.count, firstInGroup: index == 0))
            }
        }
        single(.newReceived, "一、本年新收政府信息公开申请数量", depth: 0)
        single(.carriedOver, "二、上年结转政府信息公开申请数量", depth: 0)
        single(.granted, "（一）予以公开", depth: 1)
        single(.partiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", depth: 1)
        group("（三）不予公开", [
            (.deniedStateSecret, "1.属于国家秘密"),
            (.deniedProhibitedByLaw, "2.其他法律行政法规禁止公开"),
            (.deniedSecurityStability, "3.危及“三安全一稳定”"),
            (.deniedThirdPartyRights, "4.保护第三方合法权益"),
            (.deniedInternalAffairs, "5.属于三类内部事务信息"),
            (.deniedProcessInformation, "6.属于四类过程性信息"),
            (.deniedEnforcementFiles, "7.属于行政执法案卷"),
            (.deniedInquiryMatters, "8.属于行政查询事项"),
        ])
        group("（四）无法提供", [
            (.unavailableNotHeld, "1.本机关不掌握相关政府信息"),
            (.unavailableNeedsCreation, "2.没有现成信息需要另行制作"),
            (.unavailableUnclearAfterCorrection, "3.补正后申请内容仍不明确"),
        ])
        group("（五）不予处理", [
            (.notProcessedComplaint, "1.信访举报投诉类申请"),
            (.notProcessedDuplicate, "2.重复申请"),
            (.notProcessedPublication, "3.要求提供公开出版物"),
            (.notProcessedExcessive, "4.无正当理由大量反复申请"),
            (.notProcessedConfirmation, "5.要求行政机关确认或重新出具已获取信息"),
        ])
        switch edition {
        case .edition2021:
            group("（六）其他处理", [
                (.otherNoCorrection, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                (.otherUnpaidFee, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                (.otherOther, "3.其他"),
            ])
        case .edition2019:
            single(.otherTotal, "（六）其他处理", depth: 1)
        }
        single(.total, "（七）总计", depth: 1)
        single(.carriedForward, "四、结转下年度继续办理", depth: 0)
        assert(lines.map(\.row) == ApplicationRow.printed(in: edition), "fixture template out of step with OGISchema")
        return lines
    }

    static let activeHeading = "二、主动公开政府信息情况"
    static let applicationsHeading = "三、收到和处理政府信息公开申请情况"
    static func reviewsHeading(_ edition: TemplateEdition) -> String {
        edition == .edition2021
            ? "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"
            : "四、政府信息公开行政复议、行政诉讼情况"
    }
    static let overviewHeading = "一、总体情况"
    static let problemsHeading = "五、存在的主要问题及改进情况"
    static let otherHeading = "六、其他需要报告的事项"
}

// MARK: - Shared pieces

extension ReportFixture {
    fileprivate func activeRow(_ item: ActiveDisclosureItem) -> ActiveFixtureRow? {
        active.first { $0.item == item }
    }

    /// Exactly 7 values for `row` (missing or short rows padded with blanks).
    func applicationValues(_ row: ApplicationRow) -> [String?] {
        let values = applications[row] ?? []
        return Array((values + Array(repeating: nil, count: 7)).prefix(7))
    }

    /// Exactly 15 values ("" pads a short array).
    fileprivate var reviewValues: [String] {
        Array((reviews + Array(repeating: "", count: 15)).prefix(15))
    }

    /// The block's printed values in heading order (nil = blank).
    fileprivate func activeValues(_ item: ActiveDisclosureItem, in block: ActiveBlock) -> [String?] {
        let row = activeRow(item)
        return block.headings.map { row?.values[$0.column] }
    }

    fileprivate func printedItems(_ block: ActiveBlock) -> [(item: ActiveDisclosureItem, label: String)] {
        block.items.filter { activeRow($0.item) != nil }
    }

    fileprivate var overviewParagraphs: [String] {
        let received = applicationValues(.newReceived)[6] ?? "0"
        let normative = edition == .edition2021 ? "行政规范性文件" : "规范性文件"
        let normativeCount = activeRow(.normativeDocuments)?.values[.issued] ?? "0"
        return [
            "\(year)年，\(agency)认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，全年通过政府网站主动公开政府信息\(231 + year % 100)条，其中制发\(normative)\(normativeCount)件。",
            "\(year)年共收到申请\(received)件，均在法定期限内予以答复。",
        ]
    }

    fileprivate var problemsText: String {
        "存在的主要问题：一是信息公开工作人员配备不足，二是部分栏目更新不够及时。改进情况：下一步将加强业务培训，计划\(year + 1)年组织专题培训2次。"
    }

    fileprivate static let otherText = "本年度未收取信息处理费，无其他需要报告的事项。"
}

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

    fileprivate func padded(_ values: [String], to count: Int, with filler: String) -> [String] {
        values + Array(repeating: filler, count: max(0, count - values.count))
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

extension ReportFixture {
    /// Fixed-pitch text placement in display columns (CJK and full-width forms count 2).
    fileprivate enum Layout {
        struct Placement {
            var column: Int
            var text: String
        }

        static func width(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        }

        static func isWide(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6:
                return true
            default:
                return false
            }
        }

        static func centered(_ text: String, in range: Range<Int>) -> Placement {
            Placement(column: range.lowerBound + max(0, (range.count - width(text)) / 2), text: text)
        }

        /// Places the texts left to right; a text that would touch its left neighbour is pushed
        /// right so that cells are always separated by at least two spaces.
        static func line(_ placements: [Placement]) -> String {
            var text = ""
            var used = 0
            for placement in placements.sorted(by: { $0.column < $1.column }) where !placement.text.isEmpty {
                let gap = used == 0 ? placement.column : max(placement.column - used, 2)
                text += String(repeating: " ", count: gap) + placement.text
                used += gap + width(placement.text)
            }
            return text
        }

        /// Wraps prose at `width` display columns, never inside a run of ASCII digits and never
        /// before closing punctuation.
        static func wrap(_ paragraph: String, width limit: Int, indent: Int) -> [String] {
            var lines: [String] = []
            var current = String(repeating: " ", count: indent)
            var used = indent
            var pending = ""
            func flush() {
                let closing = pending.first.map { "，。：；）、”》".contains($0) } ?? false
                if used + width(pending) > limit, !closing, !current.trimmingCharacters(in: .whitespaces).isEmpty {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                current += pending
                used += width(pending)
                pending = ""
            }
            for character in paragraph {
                if character.isASCII, character.isNumber || character == "." {
                    pending.append(character)
                } else {
                    if !pending.isEmpty { flush() }
                    pending.append(character)
                    flush()
                }
            }
            if !pending.isEmpty { flush() }
            if !current.isEmpty { lines.append(current) }
            return lines
        }
    }
}

// MARK: - HTML (a government site's article page with a Word-exported body)

extension ReportFixture {
    /// A real-looking article page: `<head>` with charset, title, a `<style>` and a `<script>`
    /// holding numbers and the word 规章; nav `<div>`s, the title in `<h1>`, prose in `<p>`, and
    /// the three tables as Word exports them inside `<div class="content">`: every cell
    /// `<p><span>…</span></p>` with `<o:p></o:p>`, `&nbsp;` around some figures and in blank
    /// cells, `&ldquo;`/`&rdquo;` entities, labels split over two `<span>`s ("1." + "属于国家秘密"),
    /// labels split by `<br/>`, and colspan/rowspan for merged label cells.
    func renderHTML() -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "“", with: "&ldquo;")
                .replacingOccurrences(of: "”", with: "&rdquo;")
        }
        func span(_ html: String) -> String {
            "<span style=\"font-family:宋体;font-size:10.5pt;\">\(html)</span>"
        }
        func cell(_ inner: String, colspan: Int = 1, rowspan: Int = 1, width: Int = 48) -> String {
            var attributes = "width=\"\(width)\" valign=\"center\""
            if colspan > 1 { attributes += " colspan=\"\(colspan)\"" }
            if rowspan > 1 { attributes += " rowspan=\"\(rowspan)\"" }
            attributes += " style=\"padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border:1.0000pt solid windowtext;\""
            return "<td \(attributes)><p class=\"MsoNormal\" align=\"center\" style=\"text-align:center;\">"
                + inner + "<span style=\"font-family:宋体;font-size:10.5pt;\"><o:p></o:p></span></p></td>"
        }
        func text(_ label: String, colspan: Int = 1, rowspan: Int = 1, width: Int = 96) -> String {
            cell(span(escape(label)), colspan: colspan, rowspan: rowspan, width: width)
        }
        var noise = 0
        func figure(_ value: String?, colspan: Int = 1) -> String {
            guard let value else { return cell(span("&nbsp;"), colspan: colspan) }
            noise += 1
            let html: String
            switch noise % 7 {
            case 2: html = "&nbsp;" + escape(value)
            case 5: html = escape(value) + "&nbsp;"
            default: html = escape(value)
            }
            return cell("<span lang=\"EN-US\" style=\"font-family:宋体;font-size:10.5pt;\">\(html)</span>", colspan: colspan)
        }
        func row(_ cells: [String]) -> String { "<tr>" + cells.joined() + "</tr>" }
        let tableOpen = "<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\" style=\"border-collapse:collapse;width:100%;\"><tbody>"
        let tableClose = "</tbody></table>"
        func paragraph(_ text: String) -> String {
            "<p class=\"MsoNormal\" style=\"text-indent:2em;line-height:28pt;\">\(span(escape(text)))</p>"
        }
        func heading(_ text: String) -> String {
            "<p class=\"MsoNormal\" style=\"text-indent:2em;\"><b>\(span(escape(text)))</b></p>"
        }

        var body: [String] = []
        body.append(heading(Self.overviewHeading))
        body += overviewParagraphs.map(paragraph)

        // Active disclosure: four columns.
        body.append(heading(Self.activeHeading))
        var activeTable: [String] = [tableOpen]
        for block in Self.activeBlocks(edition) {
            activeTable.append(row([text(block.marker, colspan: 4, width: 568)]))
            var header = [text("信息内容", width: 142)]
            if block.headings.count == 1 {
                header.append(text(block.headings[0].label, colspan: 3, width: 426))
            } else {
                header += block.headings.map { text($0.label, width: 142) }
                header += Array(repeating: cell(span("&nbsp;"), width: 142), count: 3 - block.headings.count)
            }
            activeTable.append(row(header))
            for entry in printedItems(block) {
                let values = activeValues(entry.item, in: block)
                var cells = [text(entry.label, width: 142)]
                if values.count == 1 {
                    cells.append(figure(values[0], colspan: 3))
                } else {
                    cells += values.map { figure($0) }
                    cells += Array(repeating: cell(span("&nbsp;"), width: 142), count: 3 - values.count)
                }
                activeTable.append(row(cells))
            }
        }
        activeTable.append(tableClose)
        body.append(activeTable.joined(separator: "\n"))

        // Applications: three label columns, seven figures.
        body.append(heading(Self.applicationsHeading))
        var table: [String] = [tableOpen]
        let note = span("（本列数据的勾稽关系为：第一项加第二项之和，<br/>等于第三项加第四项之和）")
        table.append(row([cell(note, colspan: 3, rowspan: 3, width: 284), text("申请人情况", colspan: 6, width: 336), text("总计", rowspan: 3, width: 48)]))
        table.append(row([text("自然人", rowspan: 2, width: 48), text("法人或其他组织", colspan: 5, width: 288)]))
        table.append(row(Self.applicantHeadings.dropFirst().map { text($0, width: 48) }))
        let lines = Self.applicationLines(edition)
        let resultsSpan = lines.filter { $0.depth > 0 }.count
        for line in lines {
            var cells: [String] = []
            switch line.depth {
            case 0:
                cells.append(text(line.label, colspan: 3, width: 284))
            case 1:
                if line.row == .granted { cells.append(text(Self.resultsLabel, rowspan: resultsSpan, width: 60)) }
                cells.append(text(line.label, colspan: 2, width: 224))
            default:
                if line.firstInGroup, let group = line.group {
                    cells.append(text(group, rowspan: line.groupSize, width: 64))
                }
                let label: String
                if line.row == .notProcessedConfirmation {
                    label = span("5.") + span("要求行政机关确认或重新<br/>出具已获取信息")
                } else if let dot = line.label.firstIndex(of: ".") {
                    let number = String(line.label[...dot])
                    label = span(escape(number)) + span(escape(String(line.label[line.label.index(after: dot)...])))
                } else {
                    label = span(escape(line.label))
                }
                cells.append(cell(label, width: 160))
            }
            cells += applicationValues(line.row).map { figure($0) }
            table.append(row(cells))
        }
        table.append(tableClose)
        body.append(table.joined(separator: "\n"))

        // Reviews: fifteen columns.
        body.append(heading(Self.reviewsHeading(edition)))
        var reviewTable: [String] = [tableOpen]
        reviewTable.append(row([text("行政复议", colspan: 5, width: 190), text("行政诉讼", colspan: 10, width: 380)]))
        reviewTable.append(row(Self.reviewOutcomeHeadings.map { text($0, rowspan: 2, width: 38) }
            + [text("未经复议直接起诉", colspan: 5, width: 190), text("复议后起诉", colspan: 5, width: 190)]))
        reviewTable.append(row((Self.reviewOutcomeHeadings + Self.reviewOutcomeHeadings).map { text($0, width: 38) }))
        reviewTable.append(row(reviewValues.map { figure($0.isEmpty ? nil : $0) }))
        reviewTable.append(tableClose)
        body.append(reviewTable.joined(separator: "\n"))

        body.append(heading(Self.problemsHeading))
        body.append(paragraph(problemsText))
        body.append(heading(Self.otherHeading))
        body.append(paragraph(Self.otherText))

        let published = "\(year + 1)-01-18"
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="ArticleTitle" content="\(escape(title))">
        <title>\(escape(title))_\(escape(agency))</title>
        <link rel="stylesheet" type="text/css" href="/static/css/common.css">
        <style type="text/css">
          .content table { margin: 0 auto; border-collapse: collapse; }
          .content td { border: 1px solid #000; padding: 2px 4px; font-size: 14px; }
          .nav li { float: left; width: 120px; height: 40px; line-height: 40px; }
          h1 { font-size: 22px; color: #c00; text-align: center; }
        </style>
        <script type="text/javascript">
          var pageConfig = { siteId: 3302110001, columnId: 12345, articleId: \(year)0118, keywords: "规章,规范性文件,政府信息公开", stats: [0, 0, 3, 12, 7.52] };
          var _hmt = _hmt || [];
          (function () { var hm = document.createElement("script"); hm.src = "https://hm.example.cn/hm.js?" + 2022; document.head.appendChild(hm); })();
        </script>
        </head>
        <body>
        <div class="top"><div class="wrap">今天是：<span id="today"></span> <a href="/en/">English</a></div></div>
        <div class="header"><div class="logo"><img src="/static/img/logo.png" alt="\(escape(agency))"></div></div>
        <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1/">机构概况</a></li><li><a href="/col/col2/">政府信息公开</a></li><li><a href="/col/col3/">政务服务</a></li><li><a href="/col/col4/">互动交流</a></li></ul></div>
        <div class="main">
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政府信息公开</a> &gt; <a href="/col/col2/nb/">政府信息公开年报</a></div>
        <div class="article">
        <h1>\(escape(title))</h1>
        <div class="info">发布日期：\(published)&nbsp;&nbsp;来源：\(escape(agency))&nbsp;&nbsp;浏览次数：1532&nbsp;&nbsp;字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
        <div class="content">
        <div class="TRS_Editor">
        \(body.joined(separator: "\n"))
        </div>
        </div>
        <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
        </div>
        </div>
        <div class="footer"><p>主办单位：\(escape(agency))&nbsp;&nbsp;网站标识码：3302110001&nbsp;&nbsp;浙ICP备05012345号-1</p></div>
        </body>
        </html>

        """
    }
}
