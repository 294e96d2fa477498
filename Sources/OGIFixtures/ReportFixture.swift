import Foundation
import OGISchema

/// A report whose every figure is known, rendered in the layouts users actually have.
///
/// The labels are the State Council template's, verbatim as printed in `samples/`. Each renderer
/// reproduces the quirks of one real source (see the renderer's comment); whitespace noise added
/// to a figure (ideographic space, NBSP, `&nbsp;`, a Word `[bookmark: …]` span) never changes
/// the figure, so `expected…` is the same for every layout.
public struct ReportFixture: Sendable {
    public var agency: String            // e.g. "宁波市镇海区卫生健康局"
    public var year: Int                 // e.g. 2022
    public var edition: TemplateEdition  // decides the headings and the (六) rows
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
    public var expectedActive: [(item: ActiveDisclosureItem, values: [ActiveDisclosureColumn: String])] {
        Self.activeBlocks(edition).flatMap { block in
            block.items.compactMap { entry -> (item: ActiveDisclosureItem, values: [ActiveDisclosureColumn: String])? in
                guard let row = activeRow(entry.item) else { return nil }
                let columns = Set(block.headings.map(\.column))
                return (item: entry.item, values: row.values.filter { columns.contains($0.key) })
            }
        }
    }

    /// Every row the edition prints, in template order; 7 values each (nil = blank cell).
    public var expectedApplications: [(row: ApplicationRow, values: [String?])] {
        ApplicationRow.printed(in: edition).map { (row: $0, values: applicationValues($0)) }
    }

    /// The three proceedings with their five figures (upheld, corrected, other, pending, total).
    public var expectedReviews: [(proceeding: ReviewProceeding, values: [String])] {
        let all = reviewValues
        return ReviewProceeding.allCases.enumerated().map { index, proceeding in
            (proceeding: proceeding, values: Array(all[(index * 5)..<(index * 5 + 5)]))
        }
    }

    /// All five layouts, with the file extension a report in that layout would carry.
    public func renderAll() -> [(layout: String, fileExtension: String, text: String)] {
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
    public static func sample(edition: TemplateEdition, seed: Int) -> ReportFixture {
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
    var reviewValues: [String] {
        Array((reviews + Array(repeating: "", count: 15)).prefix(15))
    }

    /// The block's printed values in heading order (nil = blank).
    func activeValues(_ item: ActiveDisclosureItem, in block: ActiveBlock) -> [String?] {
        let row = activeRow(item)
        return block.headings.map { row?.values[$0.column] }
    }

    func printedItems(_ block: ActiveBlock) -> [(item: ActiveDisclosureItem, label: String)] {
        block.items.filter { activeRow($0.item) != nil }
    }

    var overviewParagraphs: [String] {
        let received = applicationValues(.newReceived)[6] ?? "0"
        let normative = edition == .edition2021 ? "行政规范性文件" : "规范性文件"
        let normativeCount = activeRow(.normativeDocuments)?.values[.issued] ?? "0"
        return [
            "\(year)年，\(agency)认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，全年通过政府网站主动公开政府信息\(231 + year % 100)条，其中制发\(normative)\(normativeCount)件。",
            "\(year)年共收到申请\(received)件，均在法定期限内予以答复。",
        ]
    }

    var problemsText: String {
        "存在的主要问题：一是信息公开工作人员配备不足，二是部分栏目更新不够及时。改进情况：下一步将加强业务培训，计划\(year + 1)年组织专题培训2次。"
    }

    static let otherText = "本年度未收取信息处理费，无其他需要报告的事项。"

    func padded(_ values: [String], to count: Int, with filler: String) -> [String] {
        values + Array(repeating: filler, count: max(0, count - values.count))
    }
}
