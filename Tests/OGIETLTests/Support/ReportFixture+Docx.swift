import Foundation
@testable import OGIFixtures
import OGISchema

// MARK: - Word .docx (the report as the office wrote it)

extension ReportFixture {
    /// The report as a Word document: title and prose as paragraphs, the three tables with the
    /// same merged cells as `renderHTML` (gridSpan for colspan, vMerge for rowspan), labels
    /// split over two runs ("1." + "属于国家秘密") or two paragraphs in one cell, the
    /// applications note in two paragraphs, and blank cells as empty paragraphs.
    func renderDocx() -> DocxDocument {
        var document = DocxDocument()
        func paragraph(_ text: String) { document.blocks.append(.paragraph([text])) }
        paragraph(title)
        paragraph(Self.overviewHeading)
        overviewParagraphs.forEach(paragraph)
        paragraph(Self.activeHeading)
        document.blocks.append(.table(docxActiveRows(), widths: [2400, 2500, 2500, 2500]))
        paragraph(Self.applicationsHeading)
        document.blocks.append(.table(docxApplicationRows(), widths: [1100, 1500, 3300] + Array(repeating: 560, count: 7)))
        paragraph(Self.reviewsHeading(edition))
        document.blocks.append(.table(docxReviewRows(), widths: Array(repeating: 660, count: 15)))
        paragraph(Self.problemsHeading)
        paragraph(problemsText)
        paragraph(Self.otherHeading)
        paragraph(Self.otherText)
        return document
    }

    private typealias Cell = DocxDocument.Cell

    private static func text(_ text: String, colspan: Int = 1, rowspan: Int = 1) -> Cell {
        Cell(paragraphs: [[text]], colspan: colspan, rowspan: rowspan)
    }

    private static func figure(_ value: String?, colspan: Int = 1) -> Cell {
        Cell(paragraphs: [value.map { [$0] } ?? []], colspan: colspan)
    }

    private func docxActiveRows() -> [[Cell]] {
        var rows: [[Cell]] = []
        for block in Self.activeBlocks(edition) {
            rows.append([Self.text(block.marker, colspan: 4)])
            var header = [Self.text("信息内容")]
            if block.headings.count == 1 {
                header.append(Self.text(block.headings[0].label, colspan: 3))
            } else {
                header += block.headings.map { Self.text($0.label) } + Array(repeating: Self.figure(nil), count: 3 - block.headings.count)
            }
            rows.append(header)
            for entry in printedItems(block) {
                let values = activeValues(entry.item, in: block)
                let figures = values.count == 1 ? [Self.figure(values[0], colspan: 3)]
                    : values.map { Self.figure($0) } + Array(repeating: Self.figure(nil), count: 3 - values.count)
                rows.append([Self.text(entry.label)] + figures)
            }
        }
        return rows
    }

    private func docxApplicationRows() -> [[Cell]] {
        let note = Cell(paragraphs: [["（本列数据的勾稽关系为：第一项加第二项之和，"], ["等于第三项加第四项之和）"]], colspan: 3, rowspan: 3)
        var rows: [[Cell]] = [
            [note, Self.text("申请人情况", colspan: 6), Self.text("总计", rowspan: 3)],
            [Self.text("自然人", rowspan: 2), Self.text("法人或其他组织", colspan: 5)],
            Self.applicantHeadings.dropFirst().map { Self.text($0) },
        ]
        let lines = Self.applicationLines(edition)
        let resultsSpan = lines.filter { $0.depth > 0 }.count
        for line in lines {
            var cells: [Cell] = []
            switch line.depth {
            case 0:
                cells.append(Self.text(line.label, colspan: 3))
            case 1:
                if line.row == .granted { cells.append(Self.text(Self.resultsLabel, rowspan: resultsSpan)) }
                cells.append(Self.text(line.label, colspan: 2))
            default:
                if line.firstInGroup, let group = line.group { cells.append(Self.text(group, rowspan: line.groupSize)) }
                cells.append(Self.docxLabel(line))
            }
            rows.append(cells + applicationValues(line.row).map { Self.figure($0) })
        }
        return rows
    }

    /// "1." and the label in separate runs; one long label wrapped into two paragraphs.
    private static func docxLabel(_ line: ApplicationLine) -> Cell {
        if line.row == .notProcessedConfirmation {
            return Cell(paragraphs: [["5.", "要求行政机关确认或重新"], ["出具已获取信息"]])
        }
        guard let dot = line.label.firstIndex(of: ".") else { return text(line.label) }
        return Cell(paragraphs: [[String(line.label[...dot]), String(line.label[line.label.index(after: dot)...])]])
    }

    private func docxReviewRows() -> [[Cell]] {
        let outcomes = Self.reviewOutcomeHeadings
        return [
            [Self.text("行政复议", colspan: 5), Self.text("行政诉讼", colspan: 10)],
            outcomes.map { Self.text($0, rowspan: 2) } + [Self.text("未经复议直接起诉", colspan: 5), Self.text("复议后起诉", colspan: 5)],
            (outcomes + outcomes).map { Self.text($0) },
            reviewValues.map { Self.figure($0.isEmpty ? nil : $0) },
        ]
    }
}
