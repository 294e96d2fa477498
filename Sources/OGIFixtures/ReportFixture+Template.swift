import Foundation
import OGISchema

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
