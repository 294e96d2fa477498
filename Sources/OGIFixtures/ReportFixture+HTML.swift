import Foundation
import OGISchema

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
